import type { APIRoute } from 'astro';
import { toRis } from '../../../../lib/citation/index.ts';
import { articleCitation, citationPaths } from '../../../../lib/site/citations.ts';
import type { ScriptSegment } from '../../../../lib/site/urls.ts';

/** RIS (TY  - NEWS) of one article in one script, for Zotero, EndNote and the like. */
export const getStaticPaths = citationPaths;

export const GET: APIRoute = async ({ params }) => {
  const record = await articleCitation(params.id!, params.script as ScriptSegment);
  return new Response(toRis(record), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
