import type { APIRoute } from 'astro';
import { buildQueryMaps } from '../../../lib/search/query-map.ts';
import { forEachScript, loadArchive, loadScriptText } from '../../../lib/site/load.ts';
import { printedText } from '../../../lib/archive/article.ts';
import { SCRIPT_TABLE, type ScriptSegment } from '../../../lib/archive/scripts.ts';

/**
 * The query conversion map of one tree: on zh-Hans pages it turns Traditional queries into
 * Simplified, on zh-Hant pages the reverse. Built from the archive and the project converter.
 */
export function getStaticPaths() {
  return forEachScript(() => [{ params: {} }]);
}

export const GET: APIRoute = async ({ params }) => {
  const script = params.script as ScriptSegment;
  const archive = await loadArchive();
  const hant = await loadScriptText('zh-hant');
  const texts = [...archive.articleById.values()].flatMap(printedText);
  const maps = buildQueryMaps(
    texts.map((text) => [text, hant.t(text)]),
    [...archive.personNames].map((name) => [name, hant.t(name)]),
  );
  // A query typed in either script is turned into this page's script.
  const map = SCRIPT_TABLE[script].isSource ? maps.toSimplified : maps.toTraditional;
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
