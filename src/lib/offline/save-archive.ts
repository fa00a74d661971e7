import type { OfflineList } from './archive-list.ts';

export interface SaveProgress {
  done: number;
  total: number;
  bytes: number;
  totalBytes: number;
}

/** A completed save, as recorded in the cache: the list plus when it was saved. */
export type SavedArchive = OfflineList & { savedAt: string };

export interface ArchiveCache {
  /** The worker's runtime cache for this build. */
  cacheName: string;
  /** Absolute URL of the record of a completed save of this script. */
  markerUrl: string;
  /** Absolute URL of a path under the base. */
  urlOf(path: string): string;
}

const CONCURRENT_DOWNLOADS = 6;

export async function savedArchive(target: ArchiveCache): Promise<SavedArchive | undefined> {
  const cache = await caches.open(target.cacheName);
  const marker = await cache.match(target.markerUrl);
  return marker ? ((await marker.json()) as SavedArchive) : undefined;
}

/**
 * Downloads every file of the list into the worker's cache, a few at a time, reporting items
 * and bytes. Only when all have arrived is the save recorded; a failure or a cancel removes
 * what was downloaded for it, so a half-saved archive never passes for a saved one.
 */
export async function saveArchive(list: OfflineList, target: ArchiveCache, onProgress: (progress: SaveProgress) => void, signal: AbortSignal): Promise<void> {
  const cache = await caches.open(target.cacheName);
  const progress: SaveProgress = { done: 0, total: list.entries.length, bytes: 0, totalBytes: list.bytes };
  const queue = [...list.entries];
  const download = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      signal.throwIfAborted();
      const url = target.urlOf(entry[0]);
      const response = await fetch(url, { signal, cache: 'no-cache' });
      if (!response.ok) throw new Error(`${entry[0] || '/'}: HTTP ${response.status}`);
      await cache.put(url, response);
      progress.done += 1;
      progress.bytes += entry[2];
      onProgress({ ...progress });
    }
  };
  try {
    await Promise.all(Array.from({ length: CONCURRENT_DOWNLOADS }, download));
    const record: SavedArchive = { ...list, savedAt: new Date().toISOString() };
    await cache.put(target.markerUrl, new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }));
  } catch (error) {
    queue.length = 0;
    await removeEntries(cache, list, target, new Set());
    throw error;
  }
}

/** Removes a saved script, keeping files the other script's saved archive also lists (the seed texts). */
export async function removeArchive(list: OfflineList, target: ArchiveCache, keep: OfflineList | undefined): Promise<void> {
  const cache = await caches.open(target.cacheName);
  await cache.delete(target.markerUrl);
  await removeEntries(cache, list, target, new Set(keep?.entries.map(([path]) => path) ?? []));
}

async function removeEntries(cache: Cache, list: OfflineList, target: ArchiveCache, keep: Set<string>): Promise<void> {
  for (const [path] of list.entries) if (!keep.has(path)) await cache.delete(target.urlOf(path));
}
