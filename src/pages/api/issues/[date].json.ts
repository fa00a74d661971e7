import type { APIRoute } from 'astro';
import { issueDocument, type ExportArticle, type ExportIssue } from '../../../lib/data-export/index.ts';
import { cacheKey } from '../../../lib/site/cache-keys.ts';
import { loadExports } from '../../../lib/site/exports.ts';
import { ownedPaths } from '../../../lib/site/build-scope.ts';

/** One issue's articles in both scripts: metadata, leads and citations (the text is in the corpus). */
async function paths() {
  const { issues } = await loadExports();
  return issues.map((issue) => ({ params: { date: issue.date }, props: { issue }, cacheKey: cacheKey(issue) }));
}
export const getStaticPaths = () => ownedPaths('period', paths);

export const GET: APIRoute = async ({ props }) => {
  const { publication, urls } = await loadExports();
  return Response.json(issueDocument((props as { issue: ExportIssue<ExportArticle> }).issue, publication, urls));
};
