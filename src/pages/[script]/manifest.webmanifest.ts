import type { APIRoute } from 'astro';
import { webAppManifest } from '../../lib/offline/manifest.ts';
import { loadScriptText, onePagePerScript } from '../../lib/site/load.ts';
import type { ScriptSegment } from '../../lib/archive/scripts.ts';

/** One web app manifest per script tree, so an installed archive opens in the reader's script. */
export const getStaticPaths = () => onePagePerScript('hub');

export const GET: APIRoute = async ({ params }) => {
  const script = params.script as ScriptSegment;
  const text = await loadScriptText(script);
  const manifest = webAppManifest({
    script,
    base: import.meta.env.BASE_URL,
    name: text.ui('siteName'),
    shortName: text.ui('paperName'),
    description: text.ui('tagline'),
  });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
