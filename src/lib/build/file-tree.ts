/** Placing built files without copying them: hard links from a cache, a copy where links fail (another device). */
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Links every file of `from` into `to`, keeping the tree; files already there are an error (EEXIST). */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name));
    else linkFile(join(from, entry.name), join(to, entry.name));
  }
}

export function linkFile(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    copyFileSync(source, target);
  }
}

/** Every file under a folder, as `/`-separated paths relative to it. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
