import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { decodeSeed } from '../../../lib/ingest/decode.ts';
import { loadArchive } from '../../../lib/site/load.ts';
import { ownedPaths } from '../../../lib/site/build-scope.ts';
import { seedPath } from '../../../lib/archive/routes.ts';

/** Where the seeds are; tests build fixture archives from elsewhere. */
const seedsDir = process.env.ARCHIVE_SEEDS_DIR ?? 'seeds';

/** Every page's seed text as ingested (decoded to UTF-8), so that readers can check the source; under its issue's year (routes.ts, seedPath). */
async function paths() {
  const archive = await loadArchive();
  const seeds = new Map(archive.issues.flatMap((issue) => issue.pages.map((page) => [seedPath(page.file, issue.date), { date: issue.date, file: page.file.split('/').pop()! }] as const)));
  return [...seeds.values()].map((params) => ({ params }));
}
export const getStaticPaths = () => ownedPaths('period', paths);

export const GET: APIRoute = ({ params }) => {
  const name = params.file!;
  const { text } = decodeSeed(readFileSync(join(seedsDir, name)), `${seedsDir}/${name}`);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
