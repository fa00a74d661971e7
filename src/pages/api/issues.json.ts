import type { APIRoute } from 'astro';
import { exportIssues, issuesDocument, yearEntry } from '../../lib/data-export/index.ts';
import { loadExports } from '../../lib/site/exports.ts';
import { loadArchive } from '../../lib/site/load.ts';

/** The archive's years, each with its issue and article counts and its list of issues (`/api/years/<year>.json`). */
export const GET: APIRoute = async () => {
  const [{ publication, urls, generatedAt }, archive] = await Promise.all([loadExports(), loadArchive()]);
  const years = [...Map.groupBy(archive.issues, (issue) => issue.date.slice(0, 4))].map(([year, issues]) => yearEntry(year, exportIssues(issues, () => undefined), urls));
  return Response.json(issuesDocument(years, { publication, urls, generatedAt }));
};
