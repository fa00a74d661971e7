/**
 * Builds the search as one Pagefind index per period per script (docs/search-partitions.md):
 * each period's article pages go through Pagefind's Node API, only the index's own files are
 * written (the runtime, pagefind.js, its worker and wasm, is written once for all), and each
 * index's words are read back for the routing table. A period whose pages did not change is
 * copied from the cache instead of indexed again.
 */
import { filesOfFinishedFolder, filesUnder, forgetListing, linkTree, listedFolderName } from '../build/file-tree.ts';
import type { FinishedSource } from '../build/assemble.ts';
import { FileDigests } from '../build/file-digests.ts';
import { readCacheJson } from '../build/cache-folder.ts';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createPagefindPool } from './pagefind-pool.ts';
import { SCRIPT_SEGMENTS, type ScriptSegment } from '../archive/scripts.ts';
import { compareCodeUnits } from '../archive/order.ts';
import { wordsOfIndexChunk } from './pagefind-files.ts';
import { RUNTIME_SERVED, SHARED_WASM, WORKER_STUB, writeFile } from './period-index.ts';
import { planPeriods, type IndexedPeriod, type PeriodsFile } from './periods.ts';
import { buildRoutingShards, periodRoutes, type PeriodRoutes } from './routing.ts';

export { SHARED_WASM, WORKER_STUB };

/** `zh-hans/2024/10/13/3/index.html`: an article page. */
const ARTICLE_PAGE = /^([a-z-]+)\/(\d{4})\/(\d{2})\/(\d{2})\/\d+\/index\.html$/;

export interface PartitionedIndexReport {
  scripts: Array<{ script: ScriptSegment; periods: number; pages: number; indexed: number; reused: number; routeShards: number }>;
  /** Article pages indexed, both scripts. */
  pages: number;
  periods: number;
  /** Periods indexed by Pagefind in this build, and copied unchanged from the cache. */
  indexed: number;
  reused: number;
  outputPath: string;
  /** The files it wrote, relative to the site (`pagefind/…`). */
  files: string[];
  /** Those of them linked from periods' indexes in the cache, which do not change once written. */
  finished: FinishedSource[];
  seconds: number;
}

export interface PartitionedIndexOptions {
  /** Where finished periods are kept between builds, keyed by the hash of their pages. */
  cacheDir?: string;
  /** Overrides PERIOD_CAP (tests). */
  periodCap?: number;
  /** Pagefind services indexing side by side (default: up to two, one per core). */
  jobs?: number;
  /** Every file of the site, when the caller knows them: the article pages are found among them, not by walking the site. */
  siteFiles?: readonly string[];
  /**
   * The key of each period's pages as a build by period made them (period id → its build's key,
   * src/lib/build/plan.ts): a period whose build key is the one it had when it was last indexed
   * has the same pages, so they are not even looked at again.
   */
  periodKeys?: ReadonlyMap<string, string>;
  /** The address of the site that serves a period's index, when another site than the search's does (src/lib/hosting/). */
  periodSite?: (script: ScriptSegment, period: string) => string | undefined;
}

/** The folder of one period's index, relative to `pagefind/`. */
export const periodFolder = (script: ScriptSegment, periodId: string) => `${script}/${periodId}/`;

/** Part of every cache key: an index written by another Pagefind or in another layout is not reused. */
const PAGEFIND_VERSION = pagefindVersion();
const CACHE_FORMAT = `pagefind ${PAGEFIND_VERSION}\0${SHARED_WASM}\0${WORKER_STUB}`;

export async function buildPartitionedIndex(siteDir: string, options: PartitionedIndexOptions = {}): Promise<PartitionedIndexReport> {
  const started = performance.now();
  const outDir = join(siteDir, 'pagefind');
  // Each period's folder stays while it is linked from the same cached index; everything else is written again.
  clearAllButPeriods(outDir);
  const pages = options.siteFiles ? articlePagesAmong(options.siteFiles) : articlePages(siteDir);
  const digests = new FileDigests(options.cacheDir ? join(options.cacheDir, 'search-periods', 'page-digests.json') : undefined);
  const report: PartitionedIndexReport = { scripts: [], pages: 0, periods: 0, indexed: 0, reused: 0, outputPath: outDir, files: [], finished: [], seconds: 0 };
  const written = (folder: string, files: readonly string[], cached?: string) => {
    for (const file of files) report.files.push(`pagefind/${folder}${file}`);
    if (cached) report.finished.push({ folder: cached, placed: files.map((file) => [`pagefind/${folder}${file}`, file] as const) });
  };
  // Pagefind writes its runtime with every index: kept once, next to the cached periods.
  const runtimeCache = options.cacheDir ? join(options.cacheDir, 'search-periods', `runtime-${hashOf([])}`) : undefined;
  let runtimeWritten = false;
  if (runtimeCache && [...RUNTIME_SERVED].every((file) => existsSync(join(runtimeCache, file)))) {
    for (const file of RUNTIME_SERVED) writeFile(join(outDir, file), readFileSync(join(runtimeCache, file)));
    written('', [...RUNTIME_SERVED]);
    runtimeWritten = true;
  }
  const pool = createPagefindPool(options.jobs ?? Math.min(2, availableParallelism()));
  try {
    // Every period of both scripts is planned, and those to index are handed to the pool at once, before any is written.
    const planned = SCRIPT_SEGMENTS.map((script) => {
      const byDate = new Map<string, ArticlePage[]>();
      for (const page of pages) {
        if (page.script !== script) continue;
        const day = byDate.get(page.date);
        if (day) day.push(page);
        else byDate.set(page.date, [page]);
      }
      const counts = new Map([...byDate].map(([date, list]) => [date, list.length]));
      const dates = [...byDate.keys()].sort(compareCodeUnits);
      const pagesKeys = new KeyMemo(options.cacheDir && join(options.cacheDir, 'search-periods', script, PAGES_KEYS));
      const periods = planPeriods(counts, options.periodCap).map((period) => {
        const members = dates.filter((date) => date >= period.from && date <= period.to).flatMap((date) => byDate.get(date)!);
        const buildKey = options.periodKeys?.get(period.id);
        // The key from each page's digest, remembered while the page's file is unchanged (or while the period's build is); the text is read to index only.
        const key = pagesKeys.get(buildKey && `${period.id} ${period.from} ${period.to} ${members.length} ${buildKey}`, () =>
          hashOf(members.map((p) => ({ url: p.url, digest: digests.digest(join(siteDir, p.path), (bytes) => pageDigest(bytes.toString('utf8'))) }))),
        );
        const cached = options.cacheDir ? join(options.cacheDir, 'search-periods', script, `${period.id}-${key}`) : undefined;
        // What the routing table needs of the period sits beside its cached index, not in it (it is not served).
        const reusable = cached !== undefined && existsSync(join(cached, 'pagefind-entry.json')) && runtimeWritten;
        const target = join(outDir, periodFolder(script, period.id));
        // A period indexed now is written beside the cache, moved into it once whole, and linked into the site like any cached period.
        const writing = cached && `${cached}.partial`;
        if (!reusable && cached && writing) for (const folder of [cached, writing]) rmSync(folder, { recursive: true, force: true });
        const indexing = reusable ? undefined : pool.index(members.map((p) => ({ url: p.url, file: join(siteDir, p.path) })), writing ?? target);
        // Failures are reported where the period is written, in order.
        indexing?.catch(() => {});
        return { period, members, key, cached, writing, target, indexing };
      });
      pagesKeys.save();
      // Folders of periods gone (a month split in two, say) go too.
      const current = new Set(periods.map(({ period }) => period.id));
      for (const name of existsSync(join(outDir, script)) ? readdirSync(join(outDir, script)) : []) {
        if (!current.has(name)) rmSync(join(outDir, script, name), { recursive: true, force: true });
      }
      return { script, periods };
    });
    for (const { script, periods } of planned) {
      const routes: PeriodRoutes[] = [];
      let pagesRead = 0;
      const listed: IndexedPeriod[] = [];
      const kept = new Set<string>();
      let indexed = 0;
      let reused = 0;
      for (const { period, members, key, cached, writing, target, indexing } of periods) {
        const cachedRoutes = cached && `${cached}.routes.json`;
        let periodRoute: PeriodRoutes | undefined;
        if (!indexing && cached && cachedRoutes) {
          if (!linkedFrom(cached, target)) {
            rmSync(target, { recursive: true, force: true });
            linkTree(cached, target);
          }
          written(periodFolder(script, period.id), filesOfFinishedFolder(cached), cached);
          if (existsSync(cachedRoutes)) periodRoute = JSON.parse(readFileSync(cachedRoutes, 'utf8')) as PeriodRoutes;
          else {
            // A cache written before the routes were kept beside it: read the words once.
            periodRoute = periodRoutes({ period: period.id, words: wordsOfFolder(target) });
            writeFile(cachedRoutes, JSON.stringify(periodRoute));
          }
          reused++;
        } else {
          const index = await indexing!;
          if (!runtimeWritten) {
            for (const file of index.runtime) {
              writeFile(join(outDir, file.path), file.content);
              written('', [file.path]);
              if (runtimeCache) writeFile(join(runtimeCache, file.path), file.content);
            }
            runtimeWritten = true;
          }
          periodRoute = periodRoutes({ period: period.id, words: new Map(index.words) });
          if (cached && cachedRoutes && writing) {
            forgetListing(cached);
            renameSync(writing, cached);
            rmSync(target, { recursive: true, force: true });
            linkTree(cached, target);
            writeFile(cachedRoutes, JSON.stringify(periodRoute));
            written(periodFolder(script, period.id), filesOfFinishedFolder(cached), cached);
          } else written(periodFolder(script, period.id), filesUnder(target));
          indexed++;
        }
        if (cached) kept.add(`${period.id}-${key}`);
        const meta = metaFileOf(target);
        const site = options.periodSite?.(script, period.id);
        listed.push({ ...period, articles: members.length, tag: /^pagefind\.(.+)\.pf_meta$/.exec(meta)![1]!, ...(site ? { site } : {}) });
        pagesRead += members.length;
        routes.push({ ...periodRoute, period: period.id });
      }
      if (options.cacheDir) pruneCache(join(options.cacheDir, 'search-periods', script), kept);
      const { layout, shards } = buildRoutingShards(routes);
      for (const [shard, content] of shards) writeFile(join(outDir, script, 'routes', `${shard}.json`), JSON.stringify(content));
      writeFile(join(outDir, script, 'periods.json'), JSON.stringify({ version: 1, periods: listed, routes: layout } satisfies PeriodsFile));
      written(`${script}/`, [...[...shards.keys()].map((shard) => `routes/${shard}.json`), 'periods.json']);
      report.scripts.push({ script, periods: periods.length, pages: pagesRead, indexed, reused, routeShards: shards.size });
      report.pages += pagesRead;
      report.periods += periods.length;
      report.indexed += indexed;
      report.reused += reused;
    }
    digests.save();
  } finally {
    await pool.close();
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

interface ArticlePage {
  script: ScriptSegment;
  date: string;
  path: string;
  url: string;
}

/**
 * Article pages, found by their date-shaped folders (`<script>/<yyyy>/<mm>/<dd>/<n>/index.html`):
 * one listing per day, never one per article folder (at 250,000 articles a recursive walk of
 * every folder took 33 s of a rebuild, reading every article folder's listing).
 */
/** The article pages among a site's files. */
function articlePagesAmong(files: readonly string[]): ArticlePage[] {
  const found: ArticlePage[] = [];
  for (const path of files) {
    const match = ARTICLE_PAGE.exec(path);
    if (match && SCRIPT_SEGMENTS.includes(match[1] as ScriptSegment)) {
      found.push({ script: match[1] as ScriptSegment, date: `${match[2]}-${match[3]}-${match[4]}`, path, url: `/${path.slice(0, -'index.html'.length)}` });
    }
  }
  return found.sort((a, b) => compareCodeUnits(a.path, b.path));
}

function articlePages(siteDir: string): ArticlePage[] {
  const found: ArticlePage[] = [];
  const folders = (path: string, name: RegExp) => (existsSync(path) ? readdirSync(path, { withFileTypes: true }).filter((e) => e.isDirectory() && name.test(e.name)).map((e) => e.name) : []);
  for (const script of SCRIPT_SEGMENTS) {
    for (const year of folders(join(siteDir, script), /^\d{4}$/)) {
      for (const month of folders(join(siteDir, script, year), /^\d{2}$/)) {
        for (const day of folders(join(siteDir, script, year, month), /^\d{2}$/)) {
          for (const order of folders(join(siteDir, script, year, month, day), /^\d+$/)) {
            const path = `${script}/${year}/${month}/${day}/${order}/index.html`;
            // A folder without its index.html is not a page.
            if (!ARTICLE_PAGE.test(path) || !existsSync(join(siteDir, path))) continue;
            found.push({ script, date: `${year}-${month}-${day}`, path, url: `/${path.slice(0, -'index.html'.length)}` });
          }
        }
      }
    }
  }
  return found.sort((a, b) => compareCodeUnits(a.path, b.path));
}

/** The installed Pagefind's version (its package exports no package.json: found the way Node looks). */
function pagefindVersion(): string {
  for (const folder of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
    const file = join(folder, 'pagefind', 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  throw new Error('pagefind is not installed');
}

function metaFileOf(folder: string): string {
  const metas = readdirSync(folder).filter((name) => name.endsWith('.pf_meta'));
  if (metas.length !== 1) throw new Error(`${folder}: expected one Pagefind pf_meta file, found ${metas.length}`);
  return metas[0]!;
}

function wordsOfFolder(folder: string): Map<string, number> {
  const words = new Map<string, number>();
  const indexDir = join(folder, 'index');
  if (!existsSync(indexDir)) return words;
  for (const name of readdirSync(indexDir).sort(compareCodeUnits)) {
    for (const [word, pages] of wordsOfIndexChunk(readFileSync(join(indexDir, name)), name)) words.set(word, pages);
  }
  return words;
}

/** Drops cached periods this build did not use (older keys of a period, periods gone, unfinished ones), so the cache stays the archive's size. */
function pruneCache(folder: string, kept: ReadonlySet<string>): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (name === PAGES_KEYS) continue;
    if (!kept.has(listedFolderName(name) ?? name.replace(/\.routes\.json$/, ''))) rmSync(join(folder, name), { recursive: true, force: true });
  }
}

const PAGES_KEYS = 'pages-keys.json';
/** A search period's id (src/lib/search/periods.ts): `2024-10`, `2024-10a`. */
const PERIOD_ID = /^\d{4}-\d{2}[a-z]?$/;

/** Keys remembered from the last build, kept for the next only when used in this one. */
class KeyMemo {
  private readonly file: string | undefined;
  private readonly previous: Record<string, string>;
  private readonly used: Record<string, string> = {};
  constructor(file: string | undefined) {
    this.file = file;
    this.previous = (readCacheJson(file) ?? {}) as Record<string, string>;
  }
  get(name: string | undefined, make: () => string): string {
    const key = (name !== undefined ? this.previous[name] : undefined) ?? make();
    if (name !== undefined) this.used[name] = key;
    return key;
  }
  save(): void {
    if (this.file) writeFile(this.file, JSON.stringify(this.used));
  }
}

/** Empties the search's output folder but for the periods' folders, which are checked one by one (`linkedFrom`). */
function clearAllButPeriods(outDir: string): void {
  if (!existsSync(outDir)) return;
  for (const entry of readdirSync(outDir, { withFileTypes: true })) {
    const path = join(outDir, entry.name);
    if (!entry.isDirectory() || !SCRIPT_SEGMENTS.includes(entry.name as ScriptSegment)) {
      rmSync(path, { recursive: true, force: true });
      continue;
    }
    for (const inner of readdirSync(path, { withFileTypes: true })) {
      if (!inner.isDirectory() || !PERIOD_ID.test(inner.name)) rmSync(join(path, inner.name), { recursive: true, force: true });
    }
  }
}

/** Whether a period's folder in the site is the cached index, linked: its meta file is the same file. */
function linkedFrom(cached: string, target: string): boolean {
  try {
    const meta = metaFileOf(cached);
    return statSync(join(target, meta)).ino === statSync(join(cached, meta)).ino;
  } catch {
    return false;
  }
}

/**
 * Script and stylesheet elements carry the names of the build's hashed assets, which change with
 * any change to the site's code; Pagefind reads neither (unless one is annotated for it).
 */
const ASSET_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script>|<link\b[^>]*>/g;

/** What Pagefind reads of a page: its text without the asset elements, whose names change with the code. */
function pageDigest(content: string): string {
  const indexed = content.replace(ASSET_ELEMENT, (element) => (element.includes('data-pagefind') ? element : ''));
  return createHash('sha256').update(indexed).digest('hex');
}

/** The cache key of a period: its pages as Pagefind reads them, and how the index is written. */
function hashOf(pages: Array<{ url: string; digest: string }>): string {
  const hash = createHash('sha256').update(CACHE_FORMAT).update('\0');
  for (const page of pages) hash.update(page.url).update('\0').update(page.digest).update('\0');
  return hash.digest('hex').slice(0, 16);
}
