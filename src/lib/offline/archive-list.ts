import { createHash } from 'node:crypto';
import { SCRIPT_SEGMENTS, type ScriptSegment } from '../archive/scripts.ts';
import { REVISION_LENGTH, type OfflineList as ListFormat } from './save-ledger.ts';

/** One file of the built site: its path under the base (`zh-hans/2024/10/13/index.html`), size and content hash. */
export interface SiteFile {
  path: string;
  bytes: number;
  /** A short content hash: a file keeps its revision across builds while its bytes do not change. */
  revision: string;
}

/**
 * What "save for offline" downloads for one script: `[url path under the base, revision, bytes]`
 * and the build. Each revision is the file's content hash, so the page and the worker check the
 * bytes they download against it (save-ledger.ts).
 */
export type OfflineList = ListFormat & { script: ScriptSegment };

/** The start of the SHA-256 of the bytes, in hex (REVISION_LENGTH digits). */
export function contentRevision(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, REVISION_LENGTH);
}

/**
 * Names a build by everything it serves, so a rebuild that changes nothing keeps its name and
 * readers are not asked to reload; files that the offline step writes itself are left out.
 */
export function buildIdentity(files: readonly SiteFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(`${file.path}\0${file.revision}\n`);
  return hash.digest('hex').slice(0, 12);
}

/** A directory's index.html is fetched by its folder URL, as links write it. */
export function urlPathOf(path: string): string {
  if (path === 'index.html') return '';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * The files one script's reader needs offline that the service worker does not precache for
 * everyone: every page and data file of the script's tree, everything of its search under
 * `pagefind/<script>/` (each period's index, filters and fragments, the routing table), and the
 * seed texts articles link to. Pagefind's runtime, shared by both scripts, is precached.
 */
export function isOfflineFileOf(script: ScriptSegment, path: string): boolean {
  return path.startsWith(`${script}/`) || path.startsWith(`pagefind/${script}/`) || path.startsWith('seeds/');
}

export function offlineList(script: ScriptSegment, build: string, files: readonly SiteFile[]): OfflineList {
  const chosen = files
    .filter((file) => isOfflineFileOf(script, file.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    version: 1,
    build,
    script,
    files: chosen.length,
    bytes: chosen.reduce((sum, file) => sum + file.bytes, 0),
    entries: chosen.map((file) => [urlPathOf(file.path), file.revision, file.bytes]),
  };
}

export function offlineLists(build: string, files: readonly SiteFile[]): OfflineList[] {
  return SCRIPT_SEGMENTS.map((script) => offlineList(script, build, files));
}
