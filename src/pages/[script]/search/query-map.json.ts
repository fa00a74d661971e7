import type { APIRoute } from 'astro';
import { ownedPaths } from '../../../lib/site/build-scope.ts';
import { forEachScript } from '../../../lib/site/load.ts';
import { loadQueryMaps } from '../../../lib/site/query-counts.ts';
import { SCRIPT_TABLE, type ScriptSegment } from '../../../lib/archive/scripts.ts';

/**
 * The query conversion map of one tree: on zh-Hans pages it turns Traditional queries into
 * Simplified, on zh-Hant pages the reverse. Built from the archive and the project converter.
 */
export const getStaticPaths = () => ownedPaths('hub', () => forEachScript(() => [{ params: {} }]));

export const GET: APIRoute = async ({ params }) => {
  const maps = await loadQueryMaps();
  // A query typed in either script is turned into this page's script.
  const map = SCRIPT_TABLE[params.script as ScriptSegment].isSource ? maps.toSimplified : maps.toTraditional;
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
