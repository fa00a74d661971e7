import type { APIRoute } from 'astro';
import { issuesDocument, yearEntry } from '../../lib/data-export/index.ts';
import { byYear } from '../../lib/archive/archive-index.ts';
import { loadExports } from '../../lib/site/exports.ts';
import { loadArchive } from '../../lib/site/load.ts';

/** The archive's years, each with its issue and article counts and its list of issues (`/api/years/<year>.json`). */
export const GET: APIRoute = async () => {
  const [{ publication, urls, generatedAt }, archive] = await Promise.all([loadExports(), loadArchive()]);
  const years = [...byYear(archive.issues)].map(([year, issues]) => yearEntry(year, issues, urls));
  return Response.json(issuesDocument(years, { publication, urls, generatedAt }));
};
