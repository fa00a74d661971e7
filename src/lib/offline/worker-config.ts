import { offlineListPath, offlineSavedMarkerPath, offlineVisitedPath, relativeToBase, unavailablePath } from '../archive/routes.ts';
import { SCRIPT_SEGMENTS, SOURCE_SCRIPT, type ScriptSegment } from '../archive/scripts.ts';

/** What the service worker knows about its build; paths are relative to the worker's scope (the base). */
export interface ArchiveWorkerConfig {
  build: string;
  /** The script trees, and the one whose fallback page serves URLs outside them. */
  scripts: ScriptSegment[];
  sourceScript: ScriptSegment;
  /** Folder of Workbox's runtime, copied next to the worker. */
  workboxPath: string;
  precacheCachePrefix: string;
  runtimeCachePrefix: string;
  /** The page a reader sees for a page that is neither online nor saved, per script. */
  fallbacks: Record<ScriptSegment, string>;
  /** Where the offline list of each save is served: each script (`zh-hans`) and each part of one (`zh-hans/2024-10`). */
  lists: Record<string, string>;
  /** Where each save's record (save-ledger.ts) is kept in the runtime cache. */
  markers: Record<string, string>;
  /** Where the pages a reader opened are listed in the runtime cache. */
  visited: string;
}

export const PRECACHE_INJECTION_POINT = 'ARCHIVE_PRECACHE_MANIFEST';

const perScript = (make: (script: ScriptSegment) => string) =>
  Object.fromEntries(SCRIPT_SEGMENTS.map((script) => [script, make(script)])) as Record<ScriptSegment, string>;

/** `year`: the worker of a year's site (src/lib/hosting/), whose fallback pages are its own. */
export function archiveWorkerConfig(
  build: string,
  workboxFolder: string,
  saves: ReadonlyArray<{ id: string; list: string }> = SCRIPT_SEGMENTS.map((script) => ({ id: script, list: relativeToBase(offlineListPath(script)) })),
  year?: string,
): ArchiveWorkerConfig {
  return {
    build,
    scripts: SCRIPT_SEGMENTS,
    sourceScript: SOURCE_SCRIPT,
    workboxPath: `${workboxFolder}/`,
    precacheCachePrefix: 'wujin-archive',
    runtimeCachePrefix: 'wujin-archive-runtime-',
    fallbacks: perScript((script) => `${relativeToBase(unavailablePath(script, year))}index.html`),
    lists: Object.fromEntries(saves.map((save) => [save.id, save.list])),
    markers: Object.fromEntries(saves.map((save) => [save.id, relativeToBase(offlineSavedMarkerPath(save.id))])),
    visited: relativeToBase(offlineVisitedPath),
  };
}

/** The line the build puts in front of the worker's source. */
export function workerPrelude(config: ArchiveWorkerConfig): string {
  return `const ARCHIVE = ${JSON.stringify(config)};\n`;
}
