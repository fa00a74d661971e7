import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_NAME, type SeedFile } from './archive.ts';

export interface SeedsFolder {
  seeds: SeedFile[];
  manifestText?: string;
  /** Files that are neither pages (`*.txt`) nor the manifest; reported, not read. */
  ignored: string[];
}

export function readSeedsFolder(dir: string): SeedsFolder {
  if (!existsSync(dir)) throw new Error(`the seeds folder ${dir} does not exist`);
  const names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
  return {
    seeds: names.filter((n) => n.endsWith('.txt')).map((name) => ({ name, bytes: readFileSync(join(dir, name)) })),
    manifestText: names.includes(MANIFEST_NAME) ? readFileSync(join(dir, MANIFEST_NAME), 'utf8') : undefined,
    ignored: names.filter((n) => !n.endsWith('.txt') && n !== MANIFEST_NAME && !n.startsWith('.')),
  };
}
