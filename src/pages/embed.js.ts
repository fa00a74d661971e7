import type { APIRoute } from 'astro';
import { SCRIPT_SEGMENTS, SCRIPT_TABLE, SOURCE_SCRIPT } from '../lib/archive/scripts.ts';
import { HEIGHT_MESSAGE } from '../lib/embed/messages.ts';
import source from '../lib/embed/web-component.js?raw';
import { uiString } from '../lib/archive/script-text.ts';
import { loadScriptText } from '../lib/site/load.ts';

/** The <wujin-archive-search> web component, at a stable address other sites can load. */
export const GET: APIRoute = async () => {
  const titles = Object.fromEntries(
    await Promise.all(
      SCRIPT_SEGMENTS.map(async (script) => {
        const text = await loadScriptText(script);
        return [SCRIPT_TABLE[script].embedParameter, text.ui('embedComponentTitle', { siteName: uiString('siteName') })] as const;
      }),
    ),
  );
  const embed = { heightMessage: HEIGHT_MESSAGE, sourceParameter: SCRIPT_TABLE[SOURCE_SCRIPT].embedParameter, titles };
  const prelude = `const EMBED = ${JSON.stringify(embed).replace(/</g, '\\u003c')};\n`;
  return new Response(prelude + source, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
