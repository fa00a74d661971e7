import type { APIRoute } from 'astro';
import { issuesDocument } from '../../lib/data-export/index.ts';
import { loadExports } from '../../lib/site/exports.ts';

/** Every issue with its pages and its articles' ids, titles and URLs in both scripts. */
export const GET: APIRoute = async () => {
  const { issues, publication, urls, generatedAt } = await loadExports();
  return Response.json(issuesDocument(issues, { publication, urls, generatedAt }));
};
