import {
  completeRecord,
  digestMatchesRevision,
  parseRecord,
  removablePaths,
  SAVE_REQUEST_HEADER,
  saveLockName,
  startRecord,
  type ListEntry,
  type OfflineList,
  type SaveRecord,
} from './save-ledger.ts';

/*
 * The cache side of saving for offline, used by the save-for-offline page and by the service
 * worker (bundled into it): only Cache Storage, fetch, SubtleCrypto and Web Locks, which both have.
 * The decisions are in save-ledger.ts.
 */

export interface SaveProgress {
  done: number;
  total: number;
  bytes: number;
  totalBytes: number;
}

export interface ArchiveCache {
  /** A runtime cache of one build. */
  cacheName: string;
  /** Absolute URL of each script's save record in that cache. */
  markers: Record<string, string>;
  /** Absolute URL of a path under the base. */
  urlOf(path: string): string;
}

/** A downloaded file whose bytes are not the list's revision: the site was deployed under the save. */
export class SiteChangedError extends Error {
  readonly path: string;
  constructor(path: string) {
    super(`${path || '/'}: the site changed during the save`);
    this.path = path;
  }
}

export class HttpError extends Error {
  readonly path: string;
  readonly status: number;
  constructor(path: string, status: number) {
    super(`${path || '/'}: HTTP ${status}`);
    this.path = path;
    this.status = status;
  }
}

const CONCURRENT_DOWNLOADS = 6;

export async function readRecord(cache: Cache, markerUrl: string): Promise<SaveRecord | undefined> {
  const response = await cache.match(markerUrl);
  return response ? parseRecord(await response.json().catch(() => undefined)) : undefined;
}

export async function writeRecord(cache: Cache, markerUrl: string, record: SaveRecord): Promise<void> {
  await cache.put(markerUrl, new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }));
}

/** Every script's save record in the cache. */
export async function readRecords(cache: Cache, markers: Record<string, string>): Promise<SaveRecord[]> {
  const records = await Promise.all(Object.values(markers).map((marker) => readRecord(cache, marker)));
  return records.filter((record): record is SaveRecord => record !== undefined);
}

/** Runs `task` holding the save lock of a script in a cache; `undefined` if `ifAvailable` and someone else holds it. */
export async function withSaveLock<T>(cacheName: string, script: string, ifAvailable: boolean, task: () => Promise<T>): Promise<T | undefined> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (!locks) return task();
  return locks.request(saveLockName(cacheName, script), { ifAvailable }, async (lock) => (lock ? task() : undefined));
}

/** The names of the Web Locks held now (none where the browser has no Web Locks). */
export async function heldLocks(): Promise<string[]> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (!locks) return [];
  const snapshot = await locks.query();
  return (snapshot.held ?? []).flatMap((lock) => (lock.name ? [lock.name] : []));
}

/** The bytes of a response if they are the revision's, else undefined. */
async function verifiedBytes(response: Response, revision: string): Promise<ArrayBuffer | undefined> {
  const bytes = await response.arrayBuffer();
  return digestMatchesRevision(await crypto.subtle.digest('SHA-256', bytes), revision) ? bytes : undefined;
}

const copyOf = (bytes: ArrayBuffer, response: Response) => new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });

export interface FillOptions {
  /** Caches to take a file from when their copy's bytes match its revision (the target first: a resumed save). */
  sources: Cache[];
  download(url: string): Promise<Response>;
  signal?: AbortSignal;
  onProgress?: (progress: SaveProgress) => void;
}

/**
 * Puts every file of the list into the cache with bytes that match its revision: a verified copy
 * from a source cache, or a download that must match too (else SiteChangedError). Ends with every
 * file in the cache; one that another page removed meanwhile is fetched again.
 */
export async function fillArchive(list: OfflineList, cache: Cache, urlOf: (path: string) => string, options: FillOptions): Promise<void> {
  const progress: SaveProgress = { done: 0, total: list.entries.length, bytes: 0, totalBytes: list.bytes };
  const store = async ([path, revision]: ListEntry) => {
    const url = urlOf(path);
    for (const source of options.sources) {
      const found = await source.match(url);
      const bytes = found && found.ok ? await verifiedBytes(found, revision) : undefined;
      if (!bytes || !found) continue;
      if (source !== cache) await cache.put(url, copyOf(bytes, found));
      return;
    }
    options.signal?.throwIfAborted();
    const response = await options.download(url);
    if (!response.ok) throw new HttpError(path, response.status);
    const bytes = await verifiedBytes(response, revision);
    if (!bytes) throw new SiteChangedError(path);
    options.signal?.throwIfAborted();
    await cache.put(url, copyOf(bytes, response));
  };
  const run = async (entries: ListEntry[], report: boolean) => {
    const queue = [...entries];
    const next = async () => {
      try {
        for (let entry = queue.shift(); entry; entry = queue.shift()) {
          options.signal?.throwIfAborted();
          await store(entry);
          if (!report) continue;
          progress.done += 1;
          progress.bytes += entry[2];
          options.onProgress?.({ ...progress });
        }
      } catch (error) {
        queue.length = 0;
        throw error;
      }
    };
    // Wait for every download under way before reporting a failure: cleaning up after it must come last.
    const settled = await Promise.allSettled(Array.from({ length: CONCURRENT_DOWNLOADS }, next));
    const failed = settled.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  };
  await run(list.entries, true);
  const missing = async () => (await Promise.all(list.entries.map(async (entry) => ((await cache.match(urlOf(entry[0]))) ? [] : [entry])))).flat();
  const gone = await missing();
  if (gone.length > 0) await run(gone, false);
  const stillGone = await missing();
  if (stillGone.length > 0) throw new Error(`${stillGone[0]![0] || '/'}: removed from the cache during the save`);
}

/** How many files of the list the cache holds. */
export async function presentCount(cache: Cache, entries: readonly ListEntry[], urlOf: (path: string) => string): Promise<number> {
  const found = await Promise.all(entries.map(async ([path]) => (await cache.match(urlOf(path))) !== undefined));
  return found.filter(Boolean).length;
}

/** Deletes a script's record and the files of `entries` that no other save in the cache lists. */
export async function forgetSave(cache: Cache, target: ArchiveCache, script: string, entries: readonly ListEntry[]): Promise<void> {
  const marker = target.markers[script];
  if (marker) await cache.delete(marker);
  const others = (await readRecords(cache, target.markers)).filter((record) => record.script !== script);
  for (const path of removablePaths(entries, others)) await cache.delete(target.urlOf(path));
}

/** The outcome of a save from a page: the record as it was left. */
export type SaveOutcome = { record: SaveRecord } | { busy: true };

/**
 * A page's save: records that it started, downloads every file of the list (or takes a
 * verified copy already in the cache, so an interrupted save resumes), then records it complete.
 * A cancel or failure removes the record and only the files no other save lists. When the site
 * changed under it, the verified files and the record stay, marked, for the new build's worker
 * to carry over; the error is SiteChangedError. A save the page's unloading interrupts stays
 * unfinished too, for the worker to resume. Another page saving the same script: `busy`.
 */
export async function saveArchive(
  list: OfflineList,
  target: ArchiveCache,
  onProgress: (progress: SaveProgress) => void,
  signal: AbortSignal,
  context: {
    /** The build of the list the server serves now. */
    currentListBuild: () => Promise<string | undefined>;
    /** The page is going away (a reload, another page): the save is interrupted, not failed. */
    leaving: () => boolean;
  },
): Promise<SaveOutcome> {
  const marker = target.markers[list.script];
  if (!marker) throw new Error(`no save record for ${list.script}`);
  const outcome = await withSaveLock(target.cacheName, list.script, true, async () => {
    const cache = await caches.open(target.cacheName);
    const record = startRecord(list, new Date(), await readRecord(cache, marker));
    await writeRecord(cache, marker, record);
    try {
      await fillArchive(list, cache, target.urlOf, {
        sources: [cache],
        download: (url) => fetch(url, { signal, cache: 'no-cache', headers: { [SAVE_REQUEST_HEADER]: '1' } }),
        signal,
        onProgress,
      });
      const complete = completeRecord(record, new Date());
      await writeRecord(cache, marker, complete);
      return { record: complete };
    } catch (error) {
      // Left as it is, unfinished: the worker in charge resumes it (save-ledger.ts, reconcilePlan).
      if (context.leaving()) throw error;
      const listChanged = async () => {
        const build = await context.currentListBuild().catch(() => undefined);
        return build !== undefined && build !== list.build;
      };
      // A file the list names that the server no longer has: a deploy, if the list changed too.
      const changed = !signal.aborted && (error instanceof SiteChangedError || (error instanceof HttpError && (await listChanged())));
      if (changed) {
        await writeRecord(cache, marker, { ...record, siteChanged: true });
        throw error instanceof SiteChangedError ? error : new SiteChangedError((error as HttpError).path);
      }
      await forgetSave(cache, target, list.script, list.entries);
      throw error;
    }
  });
  return outcome ?? { busy: true };
}

/** Removes a saved script, keeping every file another save in the cache lists (the seed texts). */
export async function removeArchive(script: string, target: ArchiveCache): Promise<void> {
  await withSaveLock(target.cacheName, script, false, async () => {
    const cache = await caches.open(target.cacheName);
    const marker = target.markers[script];
    const record = marker ? await readRecord(cache, marker) : undefined;
    await forgetSave(cache, target, script, record?.entries ?? []);
  });
}
