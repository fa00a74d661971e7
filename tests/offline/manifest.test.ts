import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ICON_BACKGROUND, ICONS, renderIcon } from '../../src/lib/offline/icons.ts';
import { webAppManifest } from '../../src/lib/offline/manifest.ts';
import { ROOT } from '../helpers/seeds.ts';

const svg = readFileSync(join(ROOT, 'data', 'site', 'icon.svg'));

describe('web app manifest', () => {
  const manifest = webAppManifest({ script: 'zh-hant', base: '/wujin-archive/', name: '武進日報數字檔案', shortName: '武進日報', description: '…' });

  it('opens the installed app in its script, inside the base', () => {
    expect(manifest.start_url).toBe('/wujin-archive/zh-hant/');
    expect(manifest.id).toBe('/wujin-archive/zh-hant/');
    expect(manifest.scope).toBe('/wujin-archive/');
    expect(manifest.lang).toBe('zh-Hant');
    expect(manifest.display).toBe('standalone');
  });

  it('lists 192 and 512 px icons and a maskable one, all under the base', () => {
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) expect(icon.src).toMatch(/^\/wujin-archive\/icons\/[\w-]+\.png$/);
  });
});

describe('icons from the one SVG', () => {
  it.each(ICONS.map((icon) => [icon.file, icon] as const))('%s has its size', async (_, icon) => {
    const png = await renderIcon(svg, icon);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', icon.size, icon.size]);
  });

  it('pads the maskable icon with the ground colour so nothing is cropped away', async () => {
    const icon = ICONS.find((i) => i.purpose === 'maskable')!;
    const { data } = await sharp(await renderIcon(svg, icon)).raw().toBuffer({ resolveWithObject: true });
    const corner = [...data.subarray(0, 3)].map((v) => v.toString(16).padStart(2, '0')).join('');
    expect(`#${corner}`).toBe(ICON_BACKGROUND);
  });
});
