/** Placing built files without copying them: hard links from a cache, a copy where links fail (another device). */
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readCacheJson } from './cache-folder.ts';

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

/**
 * Every file under a folder that never changes once finished (a period's output, a period's
 * search index in the cache): listed once and the listing kept beside it (`<folder>.files.json`),
 * so that a build does not walk hundreds of thousands of unchanged files to learn their names.
 * Whoever writes such a folder again forgets what is kept of it first (`forgetListing`).
 */
export function filesOfFinishedFolder(folder: string): string[] {
  return finishedFolderMemo(folder, 'files', () => filesUnder(folder));
}

/** Something made once of a finished folder's files (its listing, its files' revisions), kept beside it as `<folder>.<kind>.json`. */
export function finishedFolderMemo<T>(folder: string, kind: MemoKind, make: () => T): T {
  const file = `${folder}.${kind}.json`;
  const kept = readCacheJson(file);
  if (kept !== undefined) return kept as T;
  const made = make();
  writeFileSync(file, JSON.stringify(made));
  return made;
}

export function forgetListing(folder: string): void {
  for (const kind of MEMO_KINDS) rmSync(`${folder}.${kind}.json`, { force: true });
}

const MEMO_KINDS = ['files', 'revisions'] as const;
type MemoKind = (typeof MEMO_KINDS)[number];
/** The folder a memo beside it (`<folder>.files.json`, `<folder>.revisions.json`) belongs to, or undefined for any other name. */
export function listedFolderName(name: string): string | undefined {
  const kind = MEMO_KINDS.find((k) => name.endsWith(`.${k}.json`));
  return kind ? name.slice(0, -`.${kind}.json`.length) : undefined;
}
