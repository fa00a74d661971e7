import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseChronology } from '../../src/lib/ingest/index.ts';
import { DEFAULT_OPTIONS, readCorpus, readSeedPages, type Corpus, type SynthOptions } from '../../src/lib/synth/index.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const chronology = parseChronology(readFileSync(join(ROOT, 'data', 'ingest', 'chronology.tsv'), 'utf8'));

let corpus: Corpus | undefined;
/** The sample seeds, read once per test file. */
export function sampleCorpus(): Corpus {
  corpus ??= readCorpus(readSeedPages(join(ROOT, 'seeds')), chronology);
  return corpus;
}

export function options(overrides: Partial<SynthOptions>): SynthOptions {
  return { seed: 'test', ...DEFAULT_OPTIONS, ...overrides };
}

const folders: string[] = [];
export function tempFolder(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `synth-${label}-`));
  folders.push(dir);
  return dir;
}

export function removeTempFolders(): void {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}
