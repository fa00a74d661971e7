/** `node scripts/index-search.ts [DIR]`: the Pagefind search index for a built site (default dist/). */
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/lib/search/indexer.ts';

const siteDir = resolve(process.argv[2] ?? 'dist');
try {
  const report = await buildSearchIndex(siteDir);
  console.log(`search index: ${report.pages} pages indexed into ${report.outputPath} in ${report.seconds.toFixed(1)} s`);
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exitCode = 1;
}
