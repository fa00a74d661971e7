/**
 * `npm run ingest [-- --seeds DIR --out DIR]`: seed page dumps → MDX articles under `content/`.
 * Exits non-zero when any file could not be ingested; every other file is still written.
 */
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildArchive, formatDiagnostic, formatReport, parseChronology, readSeedsFolder, syncGeneratedFiles } from '../src/lib/ingest/index.ts';

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
// Paths in messages and front matter are relative to the project, never the machine's.
const relativeSeeds = relative(process.cwd(), seedsDir);
const seedsLabel = relativeSeeds === '' || relativeSeeds.startsWith('..') ? basename(seedsDir) : relativeSeeds.split('\\').join('/');
const result = buildArchive({ ...folder, chronology, seedsLabel });
const sync = syncGeneratedFiles(outDir, result.files);

console.log(formatReport(result.reports));
for (const name of folder.ignored) console.log(`  ignored ${seedsLabel}/${name}: neither a page (*.txt) nor issues.json`);
const errors = result.diagnostics.filter((d) => d.severity === 'error');
for (const diagnostic of errors) console.error(formatDiagnostic(diagnostic));
const ok = result.reports.filter((r) => !r.error).length;
console.log(
  `\n${ok} of ${result.reports.length} pages ingested into ${values.out}/: ` +
    `${sync.written.length} files written, ${sync.unchanged} unchanged, ${sync.removed.length} removed; ${errors.length} errors`,
);
process.exitCode = errors.length > 0 ? 1 : 0;
