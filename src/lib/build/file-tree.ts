/** Placing built files without copying them: hard links from a cache, a copy where links fail (another device). */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Every file under a folder that never changes once finished (a period's output, a period's
 * search index in the cache): listed once and the listing kept beside it (`<folder>.files.json`),
 * so that a build does not walk hundreds of thousands of unchanged files to learn their names.
 * Whoever writes such a folder again removes its listing first (`forgetListing`).
 */
export function filesOfFinishedFolder(folder: string): string[] {
  const listing = listingOf(folder);
  if (existsSync(listing)) {
    try {
      return JSON.parse(readFileSync(listing, 'utf8')) as string[];
    } catch {
      // A damaged listing is listed again.
    }
  }
  const files = filesUnder(folder);
  writeFileSync(listing, JSON.stringify(files));
  return files;
}

export function forgetListing(folder: string): void {
  rmSync(listingOf(folder), { force: true });
}

const LISTING_SUFFIX = '.files.json';
const listingOf = (folder: string) => `${folder}${LISTING_SUFFIX}`;
/** The folder a listing file (`<folder>.files.json`) lists, or undefined for any other name. */
export const listedFolderName = (name: string) => (name.endsWith(LISTING_SUFFIX) ? name.slice(0, -LISTING_SUFFIX.length) : undefined);
