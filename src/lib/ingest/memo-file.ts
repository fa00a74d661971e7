/**
 * The ingest's memo on disk (memo.ts): kept in the build's cache folder, one per pair of seeds
 * and output folders, with the digests of the output's files remembered by inode, size and time
 * so that an unchanged issue is confirmed on disk without reading its files.
 */
import { hashOf, sha256 } from '../build/hash.ts';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileDigests } from '../build/file-digests.ts';
import { codeKey } from '../build/content-folders.ts';
import { parseMemo, type IngestMemo } from './memo.ts';

/** What the ingest's output depends on besides the seeds: its code, its data and the packages it uses. */
const INGEST_INPUTS = { folders: ['src/lib/ingest', 'src/lib/archive', 'src/schemas', 'data/ingest'], files: ['package-lock.json'] };

export interface MemoFile {
  readonly memo: IngestMemo;
  /** Whether the output folder holds the file at `path` (relative to it) with this sha256. */
  onDisk(path: string, sha256: string): boolean;
  /** Keeps what this run made for the next. */
  save(memo: IngestMemo): void;
}

export function openMemoFile(root: string, cacheDir: string, seedsDir: string, outDir: string): MemoFile {
  const folder = join(cacheDir, 'ingest');
  const name = hashOf(seedsDir, outDir);
  const file = join(folder, `${name}.json`);
  const digests = new FileDigests(join(folder, `${name}-digests.json`));
  const memo = parseMemo(existsSync(file) ? readFileSync(file, 'utf8') : undefined, codeKey(root, INGEST_INPUTS));
  return {
    memo,
    onDisk: (path, digest) => {
      const target = join(outDir, path);
      return existsSync(target) && digests.digest(target, sha256) === digest;
    },
    save: (next) => {
      mkdirSync(folder, { recursive: true });
      writeFileSync(`${file}.partial`, JSON.stringify(next));
      renameSync(`${file}.partial`, file);
      digests.save();
    },
  };
}
