import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive, type ArchiveOutput, type SeedFile } from '../../src/lib/ingest/archive.ts';
import { parseChronology } from '../../src/lib/ingest/date.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEEDS_DIR = join(ROOT, 'seeds');
export const PAGE_FIXTURES = join(ROOT, 'tests', 'ingest', 'fixtures', 'pages');

export const chronology = parseChronology(readFileSync(join(ROOT, 'data', 'ingest', 'chronology.tsv'), 'utf8'));

export function sampleSeeds(): SeedFile[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, bytes: readFileSync(join(SEEDS_DIR, name)) }));
}

export function sampleManifest(): string {
  return readFileSync(join(SEEDS_DIR, 'issues.json'), 'utf8');
}

export function pageFixture(name: string): SeedFile {
  return { name, bytes: readFileSync(join(PAGE_FIXTURES, name)) };
}

export function textSeed(name: string, text: string): SeedFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

export function build(seeds: SeedFile[], manifestText?: string): ArchiveOutput {
  return buildArchive({ seeds, manifestText, chronology, seedsLabel: 'seeds' });
}

export function buildSample(): ArchiveOutput {
  return build(sampleSeeds(), sampleManifest());
}
