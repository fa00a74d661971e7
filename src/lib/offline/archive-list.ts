import { createHash } from 'node:crypto';
import type { ScriptSegment } from '../archive/scripts.ts';
import { REVISION_LENGTH, type OfflineList as ListFormat, type OfflineParts } from './save-ledger.ts';
import { compareCodeUnits } from '../archive/order.ts';

/** One file of the built site: its path under the base (`zh-hans/2024/10/13/index.html`), size and content hash. */
export interface SiteFile {
  path: string;
  bytes: number;
  /** A short content hash: a file keeps its revision across builds while its bytes do not change. */
  revision: string;
}

/**
 * What "save for offline" downloads for one script, or one part of it (its `script` is then the
 * save's id, `zh-hans/2024-10`): `[url path under the base, revision, bytes]` and the build. Each
 * revision is the file's content hash, so the page and the worker check the bytes they download
 * against it (save-ledger.ts).
 */
export type OfflineList = ListFormat;

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


/** A search period (pagefind/<script>/periods.json): the parts an archive is saved by. */
export interface OfflinePeriod {
  id: string;
  /** `YYYY-MM-DD`, inclusive. */
  from: string;
  to: string;
  articles?: number;
}

/** The part every saved period needs: home, calendars, people, search and its routing table. */
export const BASE_PART = 'base';

/** What a save of one part is called: `zh-hans` (the whole tree) or `zh-hans/2024-10`. */
export const saveIdOf = (script: ScriptSegment, part?: string) => (part === undefined ? script : `${script}/${part}`);

const DATED = /^[a-z-]+\/(\d{4})\/(\d{2})\/(\d{2})\//;
/** A seed text, under its issue's date (routes.ts, seedPath). */
const SEED = /^seeds\/(\d{4}-\d{2}-\d{2})\//;
const MONTH_PAGE = /^[a-z-]+\/(?:people\/[^/]+\/)?(\d{4})\/(\d{2})\/index\.html$/;

/**
 * Which part of a script's offline files a file belongs to: the period of its date (issue and
 * article pages, the period's search index, the seed texts of its issues, and the month pages of
 * the month's first period), or the base (everything else: home, year pages, people, search,
 * the routing table). Each date's and month's period is found once: a large archive has
 * hundreds of thousands of files.
 */
export function offlinePartOf(periods: readonly OfflinePeriod[]): (script: ScriptSegment, path: string) => string {
  const ids = new Set(periods.map((p) => p.id));
  const byDate = new Map<string, string | undefined>();
  const byMonth = new Map<string, string | undefined>();
  const ofDate = (date: string | undefined) => {
    if (date === undefined) return undefined;
    if (!byDate.has(date)) byDate.set(date, periods.find((p) => p.from <= date && date <= p.to)?.id);
    return byDate.get(date);
  };
  const ofMonth = (month: string) => {
    if (!byMonth.has(month)) byMonth.set(month, periods.filter((p) => p.from.slice(0, 7) <= month && month <= p.to.slice(0, 7)).sort((a, b) => compareCodeUnits(a.from, b.from))[0]?.id);
    return byMonth.get(month);
  };
  return (script, path) => {
    const searchPeriod = path.startsWith(`pagefind/${script}/`) ? path.slice(`pagefind/${script}/`.length).split('/')[0]! : undefined;
    if (searchPeriod !== undefined && ids.has(searchPeriod)) return searchPeriod;
    const dated = DATED.exec(path);
    if (dated) return ofDate(`${dated[1]}-${dated[2]}-${dated[3]}`) ?? BASE_PART;
    const month = MONTH_PAGE.exec(path);
    if (month) return ofMonth(`${month[1]}-${month[2]}`) ?? BASE_PART;
    const seed = SEED.exec(path);
    if (seed) return ofDate(seed[1]) ?? BASE_PART;
    return BASE_PART;
  };
}

/**
 * One list per part of a script (the base and each period), and the index of them. A file is in
 * exactly one part; the parts together are the script's whole list.
 */
export function offlinePartLists(
  script: ScriptSegment,
  build: string,
  files: readonly SiteFile[],
  periods: readonly OfflinePeriod[],
  listPath: (script: ScriptSegment, part: string) => string,
): { index: OfflineParts; lists: OfflineList[] } {
  const byPart = new Map<string, SiteFile[]>([[BASE_PART, []], ...[...periods].sort((a, b) => compareCodeUnits(b.from, a.from)).map((p) => [p.id, []] as [string, SiteFile[]])]);
  const partOf = offlinePartOf(periods);
  for (const file of files) if (isOfflineFileOf(script, file.path)) byPart.get(partOf(script, file.path))!.push(file);
  const lists = [...byPart].map(([part, chosen]) => ({ ...offlineList(script, build, chosen), script: saveIdOf(script, part) }));
  const periodById = new Map(periods.map((p) => [p.id, p]));
  return {
    lists,
    index: {
      version: 1,
      build,
      script,
      parts: lists.map((list) => {
        const part = list.script.slice(script.length + 1);
        const period = periodById.get(part);
        return {
          id: part,
          save: list.script,
          ...(period ? { from: period.from, to: period.to, ...(period.articles === undefined ? {} : { articles: period.articles }) } : {}),
          files: list.files,
          bytes: list.bytes,
          list: listPath(script, part),
        };
      }),
    },
  };
}
