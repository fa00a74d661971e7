/**
 * `npm run ingest [-- --seeds DIR --out DIR]`: seed page dumps → MDX articles under `content/`.
 * Exits non-zero when any file could not be ingested; the other issues are still written, and a
 * run with errors removes nothing. Issues unchanged since the last run are not read again
 * (src/lib/ingest/memo.ts; the memo lives in the build's cache folder, ARCHIVE_CACHE_DIR).
 */
import { readFileSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFolder } from '../src/lib/build/cache-folder.ts';
import { parseArgs } from 'node:util';
import {
  applySyncPlan,
  buildArchive,
  formatDiagnostic,
  formatReport,
  formatSyncPlan,
  generatedFiles,
  openMemoFile,
  parseChronology,
  planSync,
  readSeedsFolder,
  todayWherePrinted,
} from '../src/lib/ingest/index.ts';

const { values } = parseArgs({
  options: { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string', default: 'content' } },
});
const seedsDir = resolve(values.seeds);
const outDir = resolve(values.out);

let folder: ReturnType<typeof readSeedsFolder>;
try {
  folder = readSeedsFolder(seedsDir);
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(2);
}
const chronology = parseChronology(readFileSync(new URL('../data/ingest/chronology.tsv', import.meta.url), 'utf8'));
/** Paths in messages and front matter are relative to the project, never the machine's. */
function projectLabel(dir: string): string {
  const path = relative(process.cwd(), dir);
  return path === '' || path.startsWith('..') || isAbsolute(path) ? basename(dir) : path.split(sep).join('/');
}
const seedsLabel = projectLabel(seedsDir);
const outLabel = projectLabel(outDir);
const root = fileURLToPath(new URL('..', import.meta.url));
const memoFile = openMemoFile(root, cacheFolder(root), seedsDir, outDir);
const result = buildArchive({ ...folder, chronology, seedsLabel, today: todayWherePrinted(new Date()), memo: memoFile.memo, onDisk: memoFile.onDisk });
const errors = result.diagnostics.filter((d) => d.severity === 'error');
const plan = planSync({
  generated: result.files,
  reused: result.reused,
  existing: generatedFiles(outDir),
  failedSeeds: new Set(result.reports.filter((r) => r.error).map((r) => r.file)),
  presentSeeds: new Set([...folder.seeds, ...folder.refused].map((s) => `${seedsLabel}/${s.name}`)),
  removalsBlocked: errors.length > 0 ? `the run had ${errors.length} error${errors.length === 1 ? '' : 's'}` : undefined,
  complete: result.complete,
});
applySyncPlan(outDir, plan);
memoFile.save(result.memo);

console.log(formatReport(result.reports));
for (const name of folder.ignored) console.log(`  ignored ${seedsLabel}/${name}: neither a page (*.txt) nor issues.json`);
const changes = formatSyncPlan(plan, outLabel);
if (changes) console.log(`\n${changes}`);
for (const diagnostic of errors) console.error(formatDiagnostic(diagnostic));
const ok = result.reports.filter((r) => !r.error).length;
console.log(
  `\n${ok} of ${result.reports.length} pages ingested into ${outLabel}/: ` +
    `${plan.write.size} files written, ${plan.unchanged} unchanged, ${plan.remove.length} removed, ${plan.keep.length} kept as they were; ${errors.length} errors` +
    (result.reusedIssues > 0 ? ` (${result.reusedIssues} issues unchanged since the last run were not read again)` : ''),
);
process.exitCode = errors.length > 0 ? 1 : 0;
