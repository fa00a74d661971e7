import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { decodeSeed } from '../../lib/ingest/decode.ts';
import { loadArchive } from '../../lib/site/load.ts';
import { ownedPaths } from '../../lib/site/build-scope.ts';

/** Where the seeds are; tests build fixture archives from elsewhere. */
const seedsDir = process.env.ARCHIVE_SEEDS_DIR ?? 'seeds';

/** Every page's seed text as ingested (decoded to UTF-8), so that readers can check the source. */
async function paths() {
  const archive = await loadArchive();
  const names = new Set(archive.issues.flatMap((issue) => issue.pages.map((page) => page.file.split('/').pop()!)));
  return [...names].map((name) => ({ params: { file: name } }));
}
export const getStaticPaths = () => ownedPaths('period', paths);

export const GET: APIRoute = ({ params }) => {
  const name = params.file!;
  const { text } = decodeSeed(readFileSync(join(seedsDir, name)), `${seedsDir}/${name}`);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
