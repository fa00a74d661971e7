import type { APIRoute } from 'astro';
import { buildArticleListing, exportIssues, yearDocument } from '../../../lib/data-export/index.ts';
import { byYear, type IssueEntry } from '../../../lib/archive/archive-index.ts';
import { loadExports } from '../../../lib/site/exports.ts';
import { loadArchive, loadScriptText } from '../../../lib/site/load.ts';
import { ownedPaths } from '../../../lib/site/build-scope.ts';
import { articleKey, cacheKey, conversionFingerprint } from '../../../lib/site/cache-keys.ts';

/**
 * A year's issues with their pages and each article's id, headline and URLs in both scripts,
 * made by the hub from the summaries; a year's file is written again only when one of its issues
 * changed.
 */
async function paths() {
  const [archive, { urls }] = await Promise.all([loadArchive(), loadExports()]);
  const conversion = conversionFingerprint('zh-hant', archive.personNames);
  return [...byYear(archive.issues)].map(([year, issues]) => ({
    params: { year },
    props: { year, issues },
    cacheKey: cacheKey(year, urls.root, conversion, issues.map((issue) => [issue.date, issue.pages.map((page) => [page.label, page.file, page.articles.map(articleKey)])])),
  }));
}
export const getStaticPaths = () => ownedPaths('hub', paths);

export const GET: APIRoute = async ({ props }) => {
  const [{ publication, urls }, hant] = await Promise.all([loadExports(), loadScriptText('zh-hant')]);
  const { year, issues } = props as { year: string; issues: IssueEntry[] };
  return Response.json(yearDocument(year, exportIssues(issues, (entry) => buildArticleListing(entry, hant.t, urls)), { publication, urls }));
};
