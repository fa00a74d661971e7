import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compareFileNames } from '../archive/order.ts';
import { MANIFEST_NAME, type RefusedEntry, type SeedFile } from './archive.ts';

export interface SeedsFolder {
  seeds: SeedFile[];
  manifestText?: string;
  /** Files that are neither pages (`*.txt`) nor the manifest, and folders without pages; reported, not read. */
  ignored: string[];
  /** Entries that look like pages but are not read: each is an error, so nothing is removed. */
  refused: RefusedEntry[];
}

/**
 * Reads the pages directly inside the seeds folder. A subfolder or a symbolic link is refused
 * with an error rather than skipped: a skipped page would look deleted, and its published issue
 * would be removed.
 */
export function readSeedsFolder(dir: string): SeedsFolder {
  if (!existsSync(dir)) throw new Error(`the seeds folder ${dir} does not exist`);
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareFileNames(a.name, b.name));
  const files = entries.filter((e) => e.isFile()).map((e) => e.name);
  const refused: RefusedEntry[] = [];
  const ignoredFolders: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory() && !entry.name.startsWith('.')) {
      const pages = countPages(join(dir, entry.name));
      if (pages === 0) {
        ignoredFolders.push(`${entry.name}/`);
        continue;
      }
      refused.push({
        name: `${entry.name}/`,
        reason:
          `a folder (with ${pages} page${pages === 1 ? '' : 's'} in it): the ingest reads pages only directly inside the seeds folder; ` +
          'move them up, or out of the seeds folder',
      });
    } else if (entry.isSymbolicLink() && entry.name.endsWith('.txt')) {
      const target = existsSync(join(dir, entry.name)) && statSync(join(dir, entry.name)).isFile() ? 'a file elsewhere' : 'nothing';
      refused.push({
        name: entry.name,
        reason: `a symbolic link (to ${target}): the published site and a fresh clone need the page itself; copy the file in instead of linking it`,
      });
    }
  }
  return {
    seeds: files.filter((n) => n.endsWith('.txt')).map((name) => ({ name, bytes: readFileSync(join(dir, name)) })),
    manifestText: files.includes(MANIFEST_NAME) ? readFileSync(join(dir, MANIFEST_NAME), 'utf8') : undefined,
    ignored: [...files.filter((n) => !n.endsWith('.txt') && n !== MANIFEST_NAME && !n.startsWith('.')), ...ignoredFolders],
    refused,
  };
}

function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.txt')).length;
}
