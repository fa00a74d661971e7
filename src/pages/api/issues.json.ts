import type { APIRoute } from 'astro';
import { buildArticleListing, exportIssues, issuesDocument } from '../../lib/data-export/index.ts';
import { loadExports } from '../../lib/site/exports.ts';
import { loadArchive, loadScriptText } from '../../lib/site/load.ts';

/** Every issue with its pages and its articles' ids, titles and URLs in both scripts: a listing of each article, not its record. */
export const GET: APIRoute = async () => {
  const [{ publication, urls, generatedAt }, archive, hant] = await Promise.all([loadExports(), loadArchive(), loadScriptText('zh-hant')]);
  const issues = exportIssues(archive.issues, (entry) => buildArticleListing(entry, hant.t, urls));
  return Response.json(issuesDocument(issues, { publication, urls, generatedAt }));
};
