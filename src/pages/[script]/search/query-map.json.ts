import type { APIRoute } from 'astro';
import { onePagePerScript } from '../../../lib/site/load.ts';
import { loadQueryMaps } from '../../../lib/site/query-counts.ts';
import { queryMapFile } from '../../../lib/search/query-map.ts';
import { SCRIPT_TABLE, type ScriptSegment } from '../../../lib/archive/scripts.ts';

/**
 * The query conversion map of one tree: a query typed in either script is turned into the page's.
 * Made from the whole archive's text; a build by period writes it from its periods' counts.
 */
export const getStaticPaths = () => onePagePerScript('whole');

export const GET: APIRoute = async ({ params }) =>
  new Response(queryMapFile(await loadQueryMaps(), SCRIPT_TABLE[params.script as ScriptSegment].isSource), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
