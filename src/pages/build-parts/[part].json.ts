import type { APIRoute } from 'astro';
import { ownedPaths } from '../../lib/site/build-scope.ts';
import { queryCountsPart } from '../../lib/site/query-counts.ts';

/** A period build's counts for the search's query maps, which the build by period adds up (src/lib/build/by-period.ts). */
// A parameter makes the route dynamic, so that builds other than a period's render nothing here.
export const getStaticPaths = () => ownedPaths('part', () => [{ params: { part: 'query-counts' } }]);

export const GET: APIRoute = async () => Response.json(await queryCountsPart());
