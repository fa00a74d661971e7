/**
 * Digests of built files, remembered by what the file system says of them (inode, size,
 * modification time): a build by period links unchanged pages from its cache, so they keep
 * their inode and time, and the search index and the offline lists need not read 200,000 files
 * again to learn that they did not change. A file written again gets a new stamp and is read.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readCacheJson } from './cache-folder.ts';

interface Entry {
  readonly stamp: string;
  readonly digest: string;
}

export class FileDigests {
  private readonly cacheFile: string | undefined;
  private previous: Map<string, Entry>;
  private current = new Map<string, Entry>();
  read = 0;
  reused = 0;

  /** `cacheFile` undefined: nothing remembered, every file read. */
  constructor(cacheFile: string | undefined) {
    this.cacheFile = cacheFile;
    this.previous = new Map(Object.entries((readCacheJson(cacheFile) ?? {}) as Record<string, Entry>));
  }

  /** The digest `compute` gives the file's bytes, or the one remembered for the same stamp. */
  digest(path: string, compute: (bytes: Buffer) => string): string {
    const stat = statSync(path, { bigint: true });
    const stamp = `${stat.ino}:${stat.size}:${stat.mtimeNs}`;
    const known = this.previous.get(path);
    if (known && known.stamp === stamp) {
      this.current.set(path, known);
      this.reused++;
      return known.digest;
    }
    const digest = compute(readFileSync(path));
    this.current.set(path, { stamp, digest });
    this.read++;
    return digest;
  }

  /** Keeps the digests of this build's files only. */
  save(): void {
    if (!this.cacheFile) return;
    mkdirSync(dirname(this.cacheFile), { recursive: true });
    writeFileSync(this.cacheFile, JSON.stringify(Object.fromEntries(this.current)));
  }
}
