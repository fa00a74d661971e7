import type { APIRoute } from 'astro';
import { buildQueryMaps } from '../../../lib/search/query-map.ts';
import { forEachScript, loadArchive, loadScriptText } from '../../../lib/site/load.ts';
import type { ScriptSegment } from '../../../lib/site/urls.ts';

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
  const texts = [...archive.articleById.values()].flatMap((a) =>
    [a.kicker, a.title, a.subtitle, a.dateline, a.byline, a.credit, ...a.paragraphs].filter((t): t is string => t !== undefined),
  );
  const maps = buildQueryMaps(
    texts.map((text) => [text, hant.t(text)]),
    [...archive.personNames].map((name) => [name, hant.t(name)]),
  );
  const map = script === 'zh-hans' ? maps.toSimplified : maps.toTraditional;
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
