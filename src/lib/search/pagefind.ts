/**
 * Pagefind in the browser, typed once for the search page and the search embed: the parts of
 * its API (`pagefind/pagefind.js`, 1.6) this archive uses, modelled on Pagefind's own typings
 * (pagefind_web_js/types/index.d.ts; the npm package ships only the Node indexing API's), and
 * one loader that starts the period-by-period search (partitioned.ts) with the query map.
 */
import type { ScriptSegment } from '../archive/scripts.ts';
import { PartitionedSearch, type PagefindRuntime, type PartitionLoaders } from './partitioned.ts';
import { convertQuery, type ScriptMap } from './query-map.ts';

/** Options for `pagefind.options()`. */
export interface PagefindIndexOptions {
  /** Where Pagefind loads its index from, if not next to pagefind.js. */
  basePath?: string;
  /** Prepended to every result URL. */
  baseUrl?: string;
  /** Words in an excerpt (Pagefind's default: 30). */
  excerptLength?: number;
  /** Put on an excerpt's cut ends. */
  excerptEllipsis?: string;
  /** Adds the query to result URLs under this parameter, for pagefind-highlight.js. */
  highlightParam?: string;
  /** Overrides the index chosen from `<html lang>`. */
  language?: string;
  ranking?: PagefindRankingWeights;
  /** Search on the main thread rather than in a worker. */
  noWorker?: boolean;
  /** A fixed cache tag for the metadata request instead of a timestamp. */
  metaCacheTag?: string;
}

export interface PagefindRankingWeights {
  termSimilarity?: number;
  pageLength?: number;
  termSaturation?: number;
  termFrequency?: number;
  diacriticSimilarity?: number;
  metaWeights?: Record<string, number>;
}

/** One filter's condition: a value, all of several values, or a compound of them. */
export type PagefindFilterValue = string | string[] | { any?: string[]; all?: string[]; none?: string[]; not?: string };

export interface PagefindSearchOptions {
  /** Filter name → condition; Pagefind matches values exactly. */
  filters?: Record<string, PagefindFilterValue>;
  /** A sort key (from `data-pagefind-sort`) instead of relevance. */
  sort?: Record<string, 'asc' | 'desc'>;
  /** Load what the query needs and return before searching. */
  preload?: boolean;
  verbose?: boolean;
}

/** Filter name → value → number of pages. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearchResults {
  /** Every matching page, ranked; each loads its data on demand. */
  results: PagefindResult[];
  /** The number of results without the filters. */
  unfilteredResultCount: number;
  /** Counts per filter value among these results. */
  filters: PagefindFilterCounts;
  /** Counts per filter value for the query without its filters. */
  totalFilters: PagefindFilterCounts;
  timings: { preload: number; search: number; total: number };
}

/** A result before its data is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matching words. */
  words: number[];
  /** Loads the result's fragment: call it only for the results shown. */
  data(): Promise<PagefindResultData>;
}

export interface PagefindResultData {
  /** The page's URL, with `baseUrl` in front. */
  url: string;
  raw_url?: string;
  content: string;
  /** Escaped text with `<mark>` around the matches: read it with excerptParts, never as HTML. */
  excerpt: string;
  plain_excerpt: string;
  sub_results: PagefindSubResult[];
  word_count: number;
  locations: number[];
  /** The page's filter values. */
  filters: Record<string, string[]>;
  /** The page's metadata (`data-pagefind-meta`): title, date, page, kind, authors here. */
  meta: Record<string, string>;
  anchors: PagefindAnchor[];
}

/** A matching section of a page, under a heading with an id. */
export interface PagefindSubResult {
  title: string;
  url: string;
  locations: number[];
  excerpt: string;
  plain_excerpt: string;
  anchor?: PagefindAnchor;
}

export interface PagefindAnchor {
  element: string;
  id: string;
  title?: string;
  text?: string;
  location: number;
}

/** The module pagefind.js exports, used as one index (tests compare against one). */
export interface Pagefind {
  options(options: PagefindIndexOptions): Promise<void>;
  init(): Promise<void>;
  /** `null` with filters lists every page that matches them. */
  search(query: string | null, options?: PagefindSearchOptions): Promise<PagefindSearchResults>;
  /** Every filter value with its page count: loads every filter file, costly on a large archive. */
  filters(): Promise<PagefindFilterCounts>;
  preload(query: string, options?: PagefindSearchOptions): Promise<void>;
  destroy(): Promise<void>;
}

/** What a page needs to start searching. */
export interface SearchSetup {
  /** `…/pagefind/` under the archive base: see pagefindBase. */
  pagefindBase: string;
  script: ScriptSegment;
  /** Pagefind's index language: the page's `<html lang>`, lower-cased (`zh-hant`). */
  language: string;
  /** The page's query map (`query-map.json`), converting a query into the page's script. */
  queryMapUrl: string;
  /** Options for every period's Pagefind instance (baseUrl, excerptLength). */
  options: PagefindIndexOptions;
}

/** Search, started: the script's periods with Pagefind's runtime, and the page's query map. */
export interface SearchClient {
  /** A query in the page's script, through the archive's vocabulary (convertQuery). */
  convert(query: string): string;
  partitions: PartitionedSearch;
}

/** How the loader reaches the network; tests pass their own. */
export type SearchLoaders = PartitionLoaders;

export const browserLoaders: SearchLoaders = {
  // Resolved against the page, not this module: a year's site of a split archive loads its
  // scripts from the hub (src/lib/hosting/) but its search runtime from itself.
  importRuntime: (url) => import(/* @vite-ignore */ new URL(url, document.baseURI).href) as Promise<PagefindRuntime>,
  fetchJson: async (url) => {
    const response = await fetch(url);
    // A routing shard that no word falls in is not written.
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  },
};

/** The shared Pagefind runtime's folder under an archive base (a path ending in `/`, or an absolute URL). */
export function pagefindBase(base: string): string {
  return `${base}pagefind/`;
}

/** pagefind.js under an archive base. */
export function pagefindBundleUrl(base: string): string {
  return `${pagefindBase(base)}pagefind.js`;
}

/**
 * Loads Pagefind's runtime, the script's periods and the query map side by side. Rejects if
 * any cannot be loaded; the caller says that search is unavailable. Loads no index: see
 * PartitionedSearch.warm.
 */
export async function loadSearch(setup: SearchSetup, loaders: SearchLoaders = browserLoaders): Promise<SearchClient> {
  const [partitions, queryMap] = await Promise.all([
    PartitionedSearch.load({ pagefindBase: setup.pagefindBase, script: setup.script, language: setup.language, options: setup.options }, loaders),
    loaders.fetchJson(setup.queryMapUrl) as Promise<ScriptMap | undefined>,
  ]);
  if (!queryMap) throw new Error(`${setup.queryMapUrl}: not found`);
  return { convert: (query) => convertQuery(query, queryMap), partitions };
}
