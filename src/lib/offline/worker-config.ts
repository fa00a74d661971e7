import { SCRIPT_SEGMENTS, type ScriptSegment } from '../site/urls.ts';

/** What the service worker knows about its build; paths are relative to the worker's scope (the base). */
export interface ArchiveWorkerConfig {
  build: string;
  /** Folder of Workbox's runtime, copied next to the worker. */
  workboxPath: string;
  precacheCachePrefix: string;
  runtimeCachePrefix: string;
  /** The page a reader sees for a page that is neither online nor saved, per script. */
  fallbacks: Record<ScriptSegment, string>;
  /** Where each script's offline list is served. */
  lists: Record<ScriptSegment, string>;
  /** Where a completed save of each script is recorded in the runtime cache. */
  markers: Record<ScriptSegment, string>;
}

/** Where a script's offline list is served, relative to the base. */
export const offlineListPath = (script: ScriptSegment) => `offline/${script}.json`;

export const PRECACHE_INJECTION_POINT = 'ARCHIVE_PRECACHE_MANIFEST';

const perScript = (make: (script: ScriptSegment) => string) =>
  Object.fromEntries(SCRIPT_SEGMENTS.map((script) => [script, make(script)])) as Record<ScriptSegment, string>;

/** The site path (without base) of a script's "not saved" fallback page. */
export const unavailablePath = (script: ScriptSegment) => `/${script}/offline/unavailable/`;
/** The site path of a script's "save for offline" page. */
export const offlinePagePath = (script: ScriptSegment) => `/${script}/offline/`;

export function archiveWorkerConfig(build: string, workboxFolder: string): ArchiveWorkerConfig {
  return {
    build,
    workboxPath: `${workboxFolder}/`,
    precacheCachePrefix: 'wujin-archive',
    runtimeCachePrefix: 'wujin-archive-runtime-',
    fallbacks: perScript((script) => `${unavailablePath(script).slice(1)}index.html`),
    lists: perScript(offlineListPath),
    markers: perScript((script) => `offline/saved-${script}.json`),
  };
}

/** The line the build puts in front of the worker's source. */
export function workerPrelude(config: ArchiveWorkerConfig): string {
  return `const ARCHIVE = ${JSON.stringify(config)};\n`;
}
