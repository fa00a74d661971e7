/**
 * What a runtime cache says about saves for offline, as pure functions shared by the
 * save-for-offline page and the service worker (build.ts bundles this module into the worker):
 * the offline list's format, revisions, the save records, which files a removal may delete,
 * what a new build carries over and what the page tells the reader. No I/O here.
 */
import { compareCodeUnits } from '../archive/order.ts';

/** One file of an offline list: `[url path under the base, revision, bytes]`. */
export type ListEntry = [path: string, revision: string, bytes: number];

/** What "save for offline" downloads for one script (`/offline/<script>.json`). */
export interface OfflineList {
  version: 1;
  /** The build this list belongs to: the service worker of the same build stores it. */
  build: string;
  script: string;
  files: number;
  bytes: number;
  entries: ListEntry[];
}

/** The parts of a script's offline save (`/offline/<script>/parts.json`), with what each weighs: the reader picks from these. */
export interface OfflineParts {
  version: 1;
  build: string;
  script: string;
  /** The base first (what every period needs), then the periods newest first. `save` is the save's id (`zh-hans/2024-10`), `list` its list's path under the base. */
  parts: Array<{ id: string; save: string; from?: string; to?: string; articles?: number; files: number; bytes: number; list: string }>;
}

/** A revision is the start of the SHA-256 of the file's bytes, in hex: the bytes can be checked against it. */
export const REVISION_LENGTH = 16;

export function hexOf(digest: ArrayBuffer | Uint8Array): string {
  const bytes = digest instanceof Uint8Array ? digest : new Uint8Array(digest);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether a SHA-256 digest of a file's bytes is the list's revision of it. */
export function digestMatchesRevision(digest: ArrayBuffer | Uint8Array, revision: string): boolean {
  return revision.length === REVISION_LENGTH && hexOf(digest).slice(0, REVISION_LENGTH) === revision;
}

/**
 * One script's save in one build's runtime cache, stored at the script's marker URL.
 * `saving`: started and not finished (running, if its lock is held; interrupted, if not).
 * `complete`: every file of the list is in the cache with bytes that match its revision.
 */
export interface SaveRecord {
  version: 2;
  state: 'saving' | 'complete';
  script: string;
  build: string;
  files: number;
  bytes: number;
  entries: ListEntry[];
  startedAt: string;
  savedAt?: string;
  /** The save stopped because the site was deployed under it: the new build's worker takes it over. */
  siteChanged?: true;
  /** Carried over from this cache while the new worker installed; a removal there before it takes over is carried too. */
  carriedFrom?: string;
}

/** The request header of a page's save downloads: the worker lets them through without caching them itself. */
export const SAVE_REQUEST_HEADER = 'X-Archive-Save';

/** The Web Lock held while a save (by a page or by the worker) writes one script into one cache. */
export function saveLockName(cacheName: string, script: string): string {
  return `wujin-archive-save ${script} ${cacheName}`;
}

/** The scripts being saved into a cache, from the names of the locks held. */
export function busyScripts(cacheName: string, heldLocks: readonly string[]): string[] {
  const prefix = 'wujin-archive-save ';
  return heldLocks.flatMap((name) => {
    if (!name.startsWith(prefix) || !name.endsWith(` ${cacheName}`)) return [];
    const script = name.slice(prefix.length, name.length - cacheName.length - 1);
    return script && !script.includes(' ') ? [script] : [];
  });
}

const isEntry = (value: unknown): value is ListEntry =>
  Array.isArray(value) && value.length === 3 && typeof value[0] === 'string' && typeof value[1] === 'string' && typeof value[2] === 'number';

/**
 * A record read from a cache. A marker written before records had states (the list plus
 * `savedAt`) was only ever written for a completed save.
 */
export function parseRecord(value: unknown): SaveRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Omit<Partial<SaveRecord>, 'version'> & { version?: number };
  if (typeof record.script !== 'string' || typeof record.build !== 'string' || !Array.isArray(record.entries) || !record.entries.every(isEntry)) return undefined;
  const common = {
    version: 2 as const,
    script: record.script,
    build: record.build,
    files: typeof record.files === 'number' ? record.files : record.entries.length,
    bytes: typeof record.bytes === 'number' ? record.bytes : record.entries.reduce((sum, [, , bytes]) => sum + bytes, 0),
    entries: record.entries,
  };
  if (record.version === 1) {
    if (typeof record.savedAt !== 'string') return undefined;
    return { ...common, state: 'complete', startedAt: record.savedAt, savedAt: record.savedAt };
  }
  if (record.version !== 2 || (record.state !== 'saving' && record.state !== 'complete') || typeof record.startedAt !== 'string') return undefined;
  if (record.state === 'complete' && typeof record.savedAt !== 'string') return undefined;
  return {
    ...common,
    state: record.state,
    startedAt: record.startedAt,
    ...(record.savedAt ? { savedAt: record.savedAt } : {}),
    ...(record.siteChanged ? { siteChanged: true as const } : {}),
    ...(typeof record.carriedFrom === 'string' ? { carriedFrom: record.carriedFrom } : {}),
  };
}

/** The record of a save of `list` starting now; a save that resumes an interrupted one of the same build keeps its start. */
export function startRecord(list: OfflineList, now: Date, previous?: SaveRecord, carriedFrom?: string): SaveRecord {
  const resumes = previous?.state === 'saving' && previous.build === list.build && previous.script === list.script;
  return {
    version: 2,
    state: 'saving',
    script: list.script,
    build: list.build,
    files: list.files,
    bytes: list.bytes,
    entries: list.entries,
    startedAt: resumes ? previous.startedAt : now.toISOString(),
    ...(carriedFrom ? { carriedFrom } : {}),
  };
}

export function completeRecord(record: SaveRecord, now: Date): SaveRecord {
  const { siteChanged: _changed, ...rest } = record;
  return { ...rest, state: 'complete', savedAt: now.toISOString() };
}

/**
 * Reference counting across saves: of the files a save lists, those no other save in the same
 * cache lists (complete, or still saving). Removing a save or cleaning up after a cancelled or
 * failed one deletes only these.
 */
export function removablePaths(entries: readonly ListEntry[], others: readonly SaveRecord[]): string[] {
  const kept = new Set(others.flatMap((record) => record.entries.map(([path]) => path)));
  return [...new Set(entries.map(([path]) => path))].filter((path) => !kept.has(path));
}

/** The saves in one runtime cache, and which of them a page or worker is writing right now. */
export interface CacheSaves {
  cache: string;
  records: SaveRecord[];
  /** Scripts whose save lock on this cache is held. */
  busy: string[];
}

export interface CarryOver {
  script: string;
  /** The cache the saved files are copied from (the current one itself when an interrupted save is resumed). */
  from: string;
  record: SaveRecord;
  /** Install fails when this cannot finish, and the previous worker stays: a completed save is never made partial. */
  required: boolean;
}

export interface ReconcilePlan {
  /** Saves to bring into the current cache: copy every file whose bytes still match, download the rest. */
  carry: CarryOver[];
  /** Scripts whose save was carried at install and removed or cancelled in its cache before this build took over. */
  drop: string[];
}

const newest = (a: SaveRecord, b: SaveRecord) => compareCodeUnits(b.savedAt ?? b.startedAt, a.savedAt ?? a.startedAt);

/**
 * What a worker does with the saves when it installs (`install`: carry completed and
 * interrupted saves from the caches of earlier builds, delete nothing) and once it is the active
 * worker (`active`: also pick up saves that finished or stopped during the update, resume
 * interrupted saves, and carry removals). A save still running is left to finish first.
 */
export function reconcilePlan(current: CacheSaves, previous: readonly CacheSaves[], phase: 'install' | 'active'): ReconcilePlan {
  const carry: CarryOver[] = [];
  const drop: string[] = [];
  const scripts = [...new Set([current, ...previous].flatMap((saves) => saves.records.map((record) => record.script)))].sort();
  for (const script of scripts) {
    const mine = current.records.find((record) => record.script === script);
    if (current.busy.includes(script)) continue;
    if (previous.some((saves) => saves.busy.includes(script))) continue;
    if (phase === 'active' && mine?.carriedFrom) {
      const source = previous.find((saves) => saves.cache === mine.carriedFrom);
      if (source && !source.records.some((record) => record.script === script)) {
        drop.push(script);
        continue;
      }
    }
    if (mine?.state === 'complete') continue;
    const candidates = previous
      .flatMap((saves) => saves.records.filter((record) => record.script === script).map((record) => ({ from: saves.cache, record })))
      .sort((a, b) => (a.record.state === b.record.state ? newest(a.record, b.record) : a.record.state === 'complete' ? -1 : 1));
    const best = candidates[0];
    if (best) carry.push({ script, from: best.from, record: best.record, required: phase === 'install' && best.record.state === 'complete' });
    else if (mine && phase === 'active') carry.push({ script, from: current.cache, record: mine, required: false });
  }
  return { carry, drop };
}

/**
 * The earlier builds' caches a worker that has taken over may delete: none that a save is still
 * writing into, and none holding a save the current cache has no record of (carrying it failed
 * or could not start): those stay for a later try, never deleted unseen.
 */
export function deletableCaches(current: CacheSaves, previous: readonly CacheSaves[], dropped: readonly string[] = []): string[] {
  const held = new Set([...current.records.map((record) => record.script), ...dropped]);
  return previous.filter((saves) => saves.busy.length === 0 && saves.records.every((record) => held.has(record.script))).map((saves) => saves.cache);
}

/** What the save-for-offline page says about its script. */
export type SaveStatus =
  | { kind: 'none' }
  | { kind: 'complete'; build: string; files: number; bytes: number; savedAt: string; newerBuild: boolean }
  | { kind: 'saving'; build: string; files: number }
  | { kind: 'partial'; build: string; done: number; files: number; siteChanged: boolean };

/**
 * @param present how many of the record's files are in the cache (read only for an unfinished save)
 * @param listBuild the build whose list the server serves now
 */
export function saveStatus(record: SaveRecord | undefined, options: { busy: boolean; present: number; listBuild: string }): SaveStatus {
  if (!record) return { kind: 'none' };
  if (record.state === 'complete') {
    return { kind: 'complete', build: record.build, files: record.files, bytes: record.bytes, savedAt: record.savedAt ?? record.startedAt, newerBuild: record.build !== options.listBuild };
  }
  if (options.busy) return { kind: 'saving', build: record.build, files: record.files };
  return { kind: 'partial', build: record.build, done: Math.min(options.present, record.files), files: record.files, siteChanged: Boolean(record.siteChanged) || record.build !== options.listBuild };
}

/**
 * The search periods a script's saves cover: every one (the whole tree is saved), or the periods
 * saved by themselves. Only complete saves count: offline search says what it searched.
 */
export function savedPeriodIds(records: readonly SaveRecord[], script: string): 'all' | string[] {
  const complete = records.filter((record) => record.state === 'complete');
  if (complete.some((record) => record.script === script)) return 'all';
  return complete
    .filter((record) => record.script.startsWith(`${script}/`) && record.script !== `${script}/base`)
    .map((record) => record.script.slice(script.length + 1))
    .sort(compareCodeUnits)
    .reverse();
}

/**
 * The pages a reader opened, newest last, kept across deploys: a new build's worker fetches them
 * again into its cache (service-worker.js), so what was read stays readable offline without a
 * save. At most this many; the oldest go first.
 */
export const VISITED_LIMIT = 500;

export function rememberVisit(visited: readonly string[], path: string, limit = VISITED_LIMIT): string[] {
  const kept = visited.filter((each) => each !== path);
  kept.push(path);
  return kept.slice(Math.max(0, kept.length - limit));
}

/** The visited list read from a cache: anything else is an empty list. */
export function parseVisited(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((each): each is string => typeof each === 'string') : [];
}

/** Two builds' visited lists as one, in the order of the visits, newest last. */
export function mergeVisited(older: readonly string[], newer: readonly string[], limit = VISITED_LIMIT): string[] {
  return newer.reduce((list, path) => rememberVisit(list, path, limit), [...older].slice(-limit));
}
