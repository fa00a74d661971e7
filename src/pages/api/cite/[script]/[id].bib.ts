import type { APIRoute } from 'astro';
import { toBibtex } from '../../../../lib/citation/index.ts';
import { articleCitation, citationPaths } from '../../../../lib/site/citations.ts';
import type { ScriptSegment } from '../../../../lib/site/urls.ts';

/** BibTeX of one article in one script. */
export const getStaticPaths = citationPaths;

export const GET: APIRoute = async ({ params }) => {
  const record = await articleCitation(params.id!, params.script as ScriptSegment);
  return new Response(toBibtex(record), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
