import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The build's cache folder: Astro's cache, the builds by period, the search index per period,
 * the offline digests, the ingest's memo and the OAI datestamps. `ARCHIVE_CACHE_DIR` moves it
 * (tests, the benchmark, the deploy workflow's restored cache); by default it is Astro's own.
 */
export function cacheFolder(root: string): string {
  return resolve(process.env.ARCHIVE_CACHE_DIR ?? join(root, 'node_modules', '.astro'));
}

/** A JSON file of the cache, or undefined when it is missing or damaged: a damaged cache is no cache. */
export function readCacheJson(file: string | undefined): unknown {
  if (!file || !existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
