import type { APIRoute, GetStaticPaths } from 'astro';
import iconSvg from '../../../data/site/icon.svg?raw';
import { ICONS, renderIcon, type IconSpec } from '../../lib/offline/icons.ts';
import { ownedPaths } from '../../lib/site/build-scope.ts';

// Every icon comes from the one SVG in data/site, rendered at build time.
export const getStaticPaths = (() => ownedPaths('hub', () => ICONS.map((icon) => ({ params: { file: icon.file }, props: { icon } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderIcon(iconSvg, (props as { icon: IconSpec }).icon);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
