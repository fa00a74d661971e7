/**
 * Every address of the archive, in one place. Paths here are site paths: they start with `/`
 * and carry no base; `withBase` puts them under the configured base (`/` locally, `/<repo>/` on
 * GitHub Pages), and `siteUrls` makes them absolute, at the site that serves them
 * (src/lib/hosting/), for what is read outside the site (feeds, exports, citations, canonical
 * links).
 */
import { otherScript, SCRIPT_SEGMENTS, SCRIPT_TABLE, type ScriptSegment } from './scripts.ts';
import type { Hosting } from '../hosting/hosting.ts';

/** Puts a site path under the configured base; the one place that knows about `base`. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  return `${trimmedBase}${path.replace(/^\/+/, '')}`;
}

/** The site path of a pathname that may carry the base, or undefined when it is outside the base. */
export function withoutBase(base: string, pathname: string): string | undefined {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(trimmedBase)) return pathname === trimmedBase.slice(0, -1) ? '/' : undefined;
  return `/${pathname.slice(trimmedBase.length)}`;
}

/** A site path relative to the base, as the service worker and Workbox's globs take it: `zh-hans/search/`. */
export function relativeToBase(path: string): string {
  return path.replace(/^\/+/, '');
}

/** The same page in the other script: only the first segment changes. */
export function switchScript(path: string): string {
  const [, first, ...rest] = path.split('/');
  const script = SCRIPT_SEGMENTS.find((candidate) => candidate === first);
  return script ? ['', otherScript(script), ...rest].join('/') : path;
}

// Pages of one script tree.
export const homePath = (script: ScriptSegment) => `/${script}/`;
/**
 * A site's own search, save-for-offline and fallback pages: the hub's (`/zh-hans/search/`), or,
 * when the archive is split, a year's site's (`/zh-hans/2024/search/`), which that site's worker
 * serves offline (src/lib/hosting/).
 */
const shellPath = (script: ScriptSegment, page: string, year?: string) => `/${script}/${year === undefined ? '' : `${year}/`}${page}/`;
export const searchPath = (script: ScriptSegment, year?: string) => shellPath(script, 'search', year);
/** The query conversion map of a tree's search (src/lib/search/query-map.ts). */
export const queryMapPath = (script: ScriptSegment) => `${searchPath(script)}query-map.json`;
export const peoplePath = (script: ScriptSegment) => `/${script}/people/`;
export const personPath = (script: ScriptSegment, name: string) => `/${script}/people/${encodeURIComponent(name)}/`;
/** One month of a person's articles (`month` is `2024-10`). */
export const personMonthPath = (script: ScriptSegment, name: string, month: string) => `${personPath(script, name)}${month.slice(0, 4)}/${month.slice(5, 7)}/`;
export const yearPath = (script: ScriptSegment, year: string) => `/${script}/${year}/`;
export const monthPath = (script: ScriptSegment, year: string, month: string) => `/${script}/${year}/${month}/`;
export const librariesPath = (script: ScriptSegment) => `/${script}/libraries/`;
export const dataPath = (script: ScriptSegment) => `/${script}/data/`;
export const feedPath = (script: ScriptSegment) => `/${script}/feed.xml`;
export const manifestPath = (script: ScriptSegment) => `/${script}/manifest.webmanifest`;
/** The "save for offline" page. */
export const offlinePagePath = (script: ScriptSegment, year?: string) => shellPath(script, 'offline', year);
/** The page the service worker shows for a page that is neither online nor saved. */
export const unavailablePath = (script: ScriptSegment, year?: string) => `${offlinePagePath(script, year)}unavailable/`;
/** A script's list of files to save for offline. */
export const offlineListPath = (script: ScriptSegment) => `/offline/${script}.json`;
/** The parts a script can be saved by (the base and each search period), with their sizes and lists. */
export const offlinePartsPath = (script: ScriptSegment) => `/offline/${script}/parts.json`;
/** The list of one part of a script's save for offline. */
export const offlinePartListPath = (script: ScriptSegment, part: string) => `/offline/${script}/${part}.json`;
/** Where the service worker keeps the list of pages a reader opened (save-ledger.ts, rememberVisit). */
export const offlineVisitedPath = '/offline/visited.json';
/** Where the save record of a script (`zh-hans`) or of one part of it (`zh-hans/2024-10`) is kept in the worker's cache. */
export const offlineSavedMarkerPath = (save: string) => `/offline/saved-${save.replace('/', '-')}.json`;

/** `/zh-hans/2024/10/13/`: one issue. */
export function issuePath(script: ScriptSegment, date: string): string {
  const [year, month, day] = date.split('-');
  return `/${script}/${year}/${month}/${day}/`;
}

/** `/zh-hans/2024/10/13/3/`: one article, by its order in the issue. */
export function articlePath(script: ScriptSegment, date: string, order: number): string {
  return `${issuePath(script, date)}${order}/`;
}

// Files shared by both trees.
/**
 * The seed file a page was read from (`seeds/000_x.txt`), served as plain text under its issue's
 * date (`/seeds/2024-10-13/000_x.txt`): the path says which period's and which year's files it is
 * among (offline saves by period, src/lib/hosting/).
 */
export const seedPath = (file: string, date: string) => `/seeds/${date}/${file.split('/').pop()}`;
export const iconPath = (file: string) => `/icons/${file}`;
/** `/api/issues.json`: every issue with its pages and article titles. */
export const issuesJsonPath = () => '/api/issues.json';
/**
 * `/api/issues/2024-10-13.json`: one issue's articles, both scripts, without their text (the
 * corpus holds that): one file per issue rather than one per article keeps a 250,000-article
 * archive's file count down, and an article id names its issue (`2024-10-13-003`).
 */
export const issueJsonPath = (date: string) => `/api/issues/${date}.json`;
/** `/api/on-this-day/10-13.json`: a calendar day's issues in every year (src/lib/archive/on-this-day.ts). */
export const onThisDayPath = (day: string) => `/api/on-this-day/${day}.json`;

/** `/api/years/2024.json`: a year's issues with their pages and article titles (`/api/issues.json` lists the years). */
export const yearJsonPath = (year: string) => `/api/years/${year}.json`;
/**
 * One oEmbed response per article for both trees (a consumer that asks gets the Simplified
 * headline and a card in its reader's script): two per article would be 2 of the 5 files an
 * article may cost.
 */
export const oembedPath = (id: string) => `/api/oembed/${id}.json`;
/** The bulk corpus by year: full text of both scripts, gzip-compressed (JSON Lines), and the catalogue without text (CSV). */
export const corpusJsonLinesPath = (year: string) => `/data/${year}/articles.jsonl.gz`;
export const corpusCsvPath = (year: string) => `/data/${year}/articles.csv`;
/** Folder of the OAI-PMH Static Repository files (`2024.xml`, `2024-03.xml`, …). */
export const oaiDirectoryPath = () => '/oai/';
export const oaiFilePath = (name: string) => `${oaiDirectoryPath()}${name}`;
/** The <wujin-archive-search> web component (src/lib/embed/web-component.js). */
export const webComponentPath = () => '/embed.js';
/** Written by @astrojs/sitemap. */
export const sitemapIndexPath = () => '/sitemap-index.xml';

/**
 * The card another site puts in an iframe: one static page for every article
 * (src/pages/embed/article/), which draws the card from its issue's JSON. `?script=` picks the
 * tree; without it (oEmbed's card) the card follows the reader's language settings.
 */
export function embedArticlePath(script: ScriptSegment | undefined, id: string): string {
  const params = new URLSearchParams({ id });
  if (script) params.set('script', SCRIPT_TABLE[script].embedParameter);
  return `/embed/article/?${params.toString()}`;
}

/** The compact search another site puts in an iframe, with an optional first query. */
export function embedSearchPath(script: ScriptSegment, query = ''): string {
  const params = new URLSearchParams({ script: SCRIPT_TABLE[script].embedParameter });
  if (query) params.set('q', query);
  return `/embed/search/?${params.toString()}`;
}

/** Absolute URLs of the site's pages and exports, for everything read outside the site. */
export interface SiteUrls {
  /** The (hub's) site's origin and base, ending in `/`: `https://example.github.io/wujin/`. */
  readonly root: string;
  absolute(sitePath: string): string;
  home(script: ScriptSegment): string;
  issue(script: ScriptSegment, date: string): string;
  article(script: ScriptSegment, date: string, order: number): string;
  person(script: ScriptSegment, name: string): string;
  seed(file: string, date: string): string;
  embed(script: ScriptSegment | undefined, id: string): string;
  issueJson(date: string): string;
  yearJson(year: string): string;
  oembed(id: string): string;
  oaiFile(name: string): string;
}

/** Each URL at the site that serves it (src/lib/hosting/hosting.ts). */
export function siteUrls(hosting: Pick<Hosting, 'absolute' | 'rootOf'>): SiteUrls {
  const absolute = (sitePath: string) => hosting.absolute(sitePath);
  return {
    root: hosting.rootOf('hub'),
    absolute,
    home: (script) => absolute(homePath(script)),
    issue: (script, date) => absolute(issuePath(script, date)),
    article: (script, date, order) => absolute(articlePath(script, date, order)),
    person: (script, name) => absolute(personPath(script, name)),
    seed: (file, date) => absolute(seedPath(file, date)),
    embed: (script, id) => absolute(embedArticlePath(script, id)),
    issueJson: (date) => absolute(issueJsonPath(date)),
    yearJson: (year) => absolute(yearJsonPath(year)),
    oembed: (id) => absolute(oembedPath(id)),
    oaiFile: (name) => absolute(oaiFilePath(name)),
  };
}
