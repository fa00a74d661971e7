import type { APIRoute } from 'astro';
import { ownedPaths } from '../../lib/site/build-scope.ts';
import { periodQueryCounts } from '../../lib/site/query-counts.ts';

/** A period build's counts for the search's query maps, which the hub adds up (src/lib/search/query-map.ts). */
// A parameter makes the route dynamic, so that builds other than a period's render nothing here.
export const getStaticPaths = () => ownedPaths('part', () => [{ params: { part: 'query-counts' } }]);

export const GET: APIRoute = async () => Response.json(await periodQueryCounts());
