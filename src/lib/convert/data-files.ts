/**
 * Reading the conversion module's reviewable data files (`data/convert/*.tsv`).
 *
 * The files are plain tab-separated text so that a reviewer can read and edit them without
 * touching code. Lines that are empty or start with `#` are comments.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Directory, relative to the repository root, that holds the conversion data files. */
const DATA_DIRECTORY_IN_REPOSITORY = join('data', 'convert');
/** A file that must exist in the data directory; used to recognise it. */
const MARKER_FILE = 'surnames.tsv';

/**
 * Finds `data/convert/`: first by walking up from this module's own location (works from the
 * source tree, from tests and from a bundled build inside the repository), then from the current
 * working directory.
 */
export function findDataDirectory(): string {
  const starts = [dirname(fileURLToPath(import.meta.url)), process.cwd()];
  for (const start of starts) {
    let directory = resolve(start);
    for (;;) {
      const candidate = join(directory, DATA_DIRECTORY_IN_REPOSITORY);
      if (existsSync(join(candidate, MARKER_FILE))) return candidate;
      const parent = dirname(directory);
      if (parent === directory) break;
      directory = parent;
    }
  }
  throw new Error(
    `convert: cannot find ${DATA_DIRECTORY_IN_REPOSITORY}/${MARKER_FILE} above ${starts.join(' or ')}`,
  );
}

/** Splits tab-separated text into rows of fields, skipping blank lines and `#` comments. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    rows.push(line.split('\t'));
  }
  return rows;
}

/** Reads and parses one TSV data file from the data directory. */
export function readTsvFile(dataDirectory: string, fileName: string): string[][] {
  return parseTsv(readFileSync(join(dataDirectory, fileName), 'utf8'));
}
