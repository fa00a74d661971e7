/**
 * Searching the archive one period at a time (docs/search-partitions.md): the routing table
 * says which periods can hold the query, and the periods are searched in the order the reader
 * asked for, each as its own Pagefind instance, with results handed out as each period answers.
 * Runs in the browser; everything it reaches goes through `PartitionLoaders`, so tests and the
 * bench drive it with their own.
 */
import { compareCodeUnits } from '../archive/order.ts';
import type { PagefindFilterCounts, PagefindFilterValue, PagefindIndexOptions, PagefindResult, PagefindSearchOptions, PagefindSearchResults } from './pagefind.ts';
import { searchTerms, UNSEGMENTED_LANGUAGE } from './query-terms.ts';
import { periodsInRange, type IndexedPeriod, type PeriodsFile } from './periods.ts';
import { routeQuery, shardOf, wordsStartingWithByPeriod, type RoutingLayout, type RoutingShard } from './routing.ts';

/** One Pagefind instance (pagefind.js `createInstance`), over one period's index. */
export interface PagefindInstance {
  search(query: string | null, options?: PagefindSearchOptions): Promise<PagefindSearchResults>;
  filters(): Promise<PagefindFilterCounts>;
  preload(query: string, options?: PagefindSearchOptions): Promise<void>;
}

/** The parts of pagefind.js used here. */
export interface PagefindRuntime {
  createInstance(options: PagefindIndexOptions & { basePath: string }): PagefindInstance;
}

export interface PartitionLoaders {
  importRuntime(url: string): Promise<PagefindRuntime>;
  /** Parsed JSON, or undefined for a file that does not exist (a shard no word starts in). */
  fetchJson(url: string): Promise<unknown>;
}

export interface PartitionSetup {
  /** `…/pagefind/`: the shared runtime's folder (absolute URL or path ending in `/`). */
  pagefindBase: string;
  script: string;
  /** Pagefind's index language, `zh-hans`: the page's `<html lang>` lower-cased. */
  language: string;
  /** Options for every period's instance (baseUrl, excerptLength); basePath and metaCacheTag are set per period. */
  options: PagefindIndexOptions;
}

/**
 * newest / oldest: period by period in date order, each period sorted by date. relevance: every
 * period that can hold the query, ranked by Pagefind's score together. auto: relevance when few
 * periods hold the query, newest first otherwise.
 */
export type SearchOrder = 'auto' | 'newest' | 'oldest' | 'relevance';

/**
 * At most this many candidate periods are ranked by relevance together under `auto`: ranking
 * waits for every candidate, and each costs its page list and index chunks (~60–150 KB gzip),
 * so more would break the cold-search budget (300 KB); broader queries go newest first.
 */
export const SELECTIVE_PERIODS = 2;

export interface PeriodQuery {
  /** In the index's script (see convertQuery); empty: every article the filters allow. */
  query: string;
  order: SearchOrder;
  /** Inclusive issue-date range, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  /**
   * Only periods of these years (`2024`) and months (`2024-10`). A period lies within one month,
   * so these choose periods and need no Pagefind filter (whose files would have to be loaded).
   */
  years?: readonly string[];
  months?: readonly string[];
  /** Pagefind filters applied within each period (author, kind, page). */
  filters?: Record<string, PagefindFilterValue>;
}

export interface FoundResult {
  period: IndexedPeriod;
  result: PagefindResult;
}

/** Estimated articles that may hold the query in one year. */
export interface YearMentions {
  year: string;
  articles: number;
}

export interface SearchRound {
  /** Every result found so far, in display order. */
  results: FoundResult[];
  /**
   * True when later periods only add results after these: always for newest and oldest first;
   * for relevance only once every candidate has answered (until then the ranking may change).
   */
  ordered: boolean;
  /** The periods searched so far, in the order searched. */
  searched: IndexedPeriod[];
  /** How many periods can hold the query (the routing table's answer, within the date range). */
  candidates: number;
  /** True when every candidate period has answered: then `results` is all there is. */
  complete: boolean;
  /** The order used (`auto` resolved). */
  order: Exclude<SearchOrder, 'auto'>;
  /** Per year, oldest first: the routing table's estimate of articles that may hold the query. */
  mentions: YearMentions[];
}

export interface Candidate {
  period: IndexedPeriod;
  /** The routing table's estimate of matching articles (a lower bound of one term's pages, not a count). */
  estimate: number;
}

export class PartitionedSearch {
  private readonly instances = new Map<string, PagefindInstance>();
  private readonly shards = new Map<string, Promise<RoutingShard | undefined>>();
  /** Instances share one wasm memory: the first must be running before another starts. */
  private firstReady: Promise<void> | undefined;

  private readonly runtime: PagefindRuntime;
  readonly periods: readonly IndexedPeriod[];
  /** The periods searched, when not all are (offline, the saved ones: see `restrictTo`). */
  private available: ReadonlySet<string> | undefined;
  private readonly layout: RoutingLayout;
  private readonly setup: PartitionSetup;
  private readonly loaders: PartitionLoaders;

  private constructor(runtime: PagefindRuntime, file: PeriodsFile, setup: PartitionSetup, loaders: PartitionLoaders) {
    this.runtime = runtime;
    this.periods = file.periods;
    this.layout = file.routes;
    this.setup = setup;
    this.loaders = loaders;
  }

  /** pagefind.js and the script's periods.json, side by side; rejects if either is missing. */
  static async load(setup: PartitionSetup, loaders: PartitionLoaders): Promise<PartitionedSearch> {
    const [runtime, file] = await Promise.all([
      loaders.importRuntime(`${setup.pagefindBase}pagefind.js`),
      loaders.fetchJson(periodsUrl(setup.pagefindBase, setup.script)) as Promise<PeriodsFile | undefined>,
    ]);
    if (!file || file.version !== 1 || !Array.isArray(file.periods) || !(file.routes?.buckets > 0)) {
      throw new Error(`${setup.script}/periods.json is missing or of an unknown version`);
    }
    return new PartitionedSearch(runtime, file, setup, loaders);
  }

  /** Searches only these periods from now on (offline: the periods saved on this device). */
  restrictTo(periodIds: Iterable<string>): void {
    this.available = new Set(periodIds);
  }

  /** The periods searched: all, or those `restrictTo` left. */
  get searchedPeriods(): readonly IndexedPeriod[] {
    const available = this.available;
    return available ? this.periods.filter((p) => available.has(p.id)) : this.periods;
  }

  /** The terms each period's index is searched for (query-terms.ts). */
  terms(query: string): string[] {
    return searchTerms(query, this.setup.language);
  }

  /** Candidate periods, newest first, with the routing table's estimate of matching articles. */
  async route(query: PeriodQuery): Promise<Candidate[]> {
    return (await this.plan(query)).candidates;
  }

  /**
   * The query's terms, its candidate periods, and per period the words to load before searching
   * it: a term of one character matches every word it starts, but Pagefind loads only the index
   * chunk the term itself falls in, and the words may run on into the next chunks; they are
   * loaded through the two-character words the routing table says the period holds.
   */
  private async plan(query: PeriodQuery): Promise<{ terms: string[]; candidates: Candidate[]; continuations: Map<string, string[]> }> {
    const allowed = new Set(
      periodsInRange(this.searchedPeriods, query.from, query.to)
        .filter((p) => !query.years?.length || query.years.includes(p.from.slice(0, 4)))
        .filter((p) => !query.months?.length || query.months.includes(p.from.slice(0, 7)))
        .map((p) => p.id),
    );
    const terms = this.terms(query.query);
    const continuations = new Map<string, string[]>();
    // Text with nothing searchable in it (punctuation only) matches nothing, as in Pagefind.
    if (terms.length === 0 && query.query.trim()) return { terms, candidates: [], continuations };
    if (terms.length === 0) return { terms, continuations, candidates: this.periods.filter((p) => allowed.has(p.id)).map((period) => ({ period, estimate: period.articles })) };
    const shardNames = [...new Set(terms.map((term) => shardOf(term, this.layout)))];
    const loaded = await Promise.all(shardNames.map((name) => this.shard(name)));
    const shards = new Map(shardNames.map((name, i) => [name, loaded[i]]));
    const routed = routeQuery(terms, shards, this.layout);
    const candidates = [...routed.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, estimate]) => ({ period: this.periods[index]!, estimate: Math.min(estimate, this.periods[index]?.articles ?? 0) }))
      .filter(({ period }) => period !== undefined && allowed.has(period.id));
    for (const term of terms.filter((t) => [...t].length === 1)) {
      for (const [index, words] of wordsStartingWithByPeriod(term, shards.get(shardOf(term, this.layout)))) {
        const period = this.periods[index];
        if (period) continuations.set(period.id, [...(continuations.get(period.id) ?? []), ...words]);
      }
    }
    return { terms, candidates, continuations };
  }

  /** Searches one period for the terms, loading first the index chunks its continuation words fall in (see plan). */
  private async searchPeriod(period: IndexedPeriod, terms: readonly string[], continuations: ReadonlyMap<string, string[]>, options: PagefindSearchOptions): Promise<PagefindSearchResults> {
    const instance = await this.instance(period);
    if (terms.length === 0) return instance.search(null, options);
    const words = continuations.get(period.id);
    if (words?.length) await instance.preload(words.join(' '));
    return instance.search(terms.join(' '), options);
  }

  /**
   * Searches period by period, yielding after each one; stop pulling when enough is shown and
   * pull again for more. Every round's `results` is the whole list so far.
   */
  async *run(query: PeriodQuery): AsyncGenerator<SearchRound, void, undefined> {
    const { terms, candidates, continuations } = await this.plan(query);
    const order = resolveOrder(query, candidates.length);
    const sequence = order === 'oldest' ? [...candidates].reverse() : candidates;
    const mentions = mentionsByYear(candidates);
    const found: FoundResult[] = [];
    const searched: IndexedPeriod[] = [];
    const round = (): SearchRound => {
      const complete = searched.length === sequence.length;
      return {
        results: order === 'relevance' ? [...found].sort((a, b) => b.result.score - a.result.score) : [...found],
        ordered: order !== 'relevance' || complete,
        searched: [...searched],
        candidates: sequence.length,
        complete,
        order,
        mentions,
      };
    };
    if (sequence.length === 0) {
      yield round();
      return;
    }
    const sort = order === 'relevance' ? undefined : ({ date: order === 'oldest' ? 'asc' : 'desc' } as const);
    for (const { period } of sequence) {
      let answer: PagefindSearchResults;
      try {
        answer = await this.searchPeriod(period, terms, continuations, { filters: this.filtersFor(query, period), sort });
      } catch (error) {
        // Pagefind keeps an instance whose files failed to load broken: the next search starts it afresh.
        this.instances.delete(period.id);
        throw error;
      }
      for (const result of answer.results) found.push({ period, result });
      searched.push(period);
      yield round();
    }
  }

  /**
   * Filter value counts over the periods given (facet counts, loaded only when asked for): each
   * period's filter files are loaded, and the query is searched there again with counts. A
   * period lies within one month, so its results count for its month and year.
   */
  async facetCounts(query: PeriodQuery, periods: readonly IndexedPeriod[]): Promise<PagefindFilterCounts> {
    const total: PagefindFilterCounts = {};
    const { terms, continuations } = await this.plan(query);
    for (const period of periods) {
      await (await this.instance(period)).filters(); // loads the period's filter files; later searches count over them
      const answer = await this.searchPeriod(period, terms, continuations, { filters: this.filtersFor(query, period) });
      const month = period.from.slice(0, 7);
      const found: PagefindFilterCounts = answer.results.length > 0 ? { year: { [month.slice(0, 4)]: answer.results.length }, month: { [month]: answer.results.length } } : {};
      for (const [name, values] of Object.entries({ ...answer.filters, ...found })) {
        const into = (total[name] ??= {});
        for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
      }
    }
    return total;
  }

  /** Starts the newest period's instance (wasm and page list), so that the first search does not wait for it. */
  async warm(): Promise<void> {
    const newest = this.searchedPeriods[0];
    if (newest) await this.instance(newest);
  }

  private filtersFor(query: PeriodQuery, period: IndexedPeriod): Record<string, PagefindFilterValue> {
    return { ...query.filters, ...dateFilter(period, query.from, query.to) };
  }

  private shard(name: string): Promise<RoutingShard | undefined> {
    let shard = this.shards.get(name);
    if (!shard) {
      shard = this.loaders.fetchJson(`${this.setup.pagefindBase}${this.setup.script}/routes/${name}.json`) as Promise<RoutingShard | undefined>;
      // A failed load is tried again by the next search.
      shard.catch(() => this.shards.delete(name));
      this.shards.set(name, shard);
    }
    return shard;
  }

  private async instance(period: IndexedPeriod): Promise<PagefindInstance> {
    const existing = this.instances.get(period.id);
    if (existing) {
      await this.firstReady;
      return existing;
    }
    const create = () => {
      const created = createUnsegmented(this.runtime, {
        ...this.setup.options,
        // A period served by another site (a year's, src/lib/hosting/): its index and its pages are there.
        ...(period.site ? { baseUrl: period.site } : {}),
        basePath: `${period.site ? `${period.site}pagefind/` : this.setup.pagefindBase}${this.setup.script}/${period.id}/`,
        // The entry file is fetched as pagefind-entry.json?ts=<tag>: cacheable, and new when the index is.
        metaCacheTag: period.tag,
      });
      this.instances.set(period.id, created);
      return created;
    };
    if (!this.firstReady) {
      const first = create();
      // Pagefind loads its wasm and page list with the first search; init() alone does not wait for them.
      this.firstReady = first.search('').then(
        () => undefined,
        (error: unknown) => {
          this.firstReady = undefined;
          this.instances.delete(period.id);
          throw error;
        },
      );
      await this.firstReady;
      return first;
    }
    await this.firstReady;
    return this.instances.get(period.id) ?? create();
  }
}

/**
 * An instance that searches the terms given as they are (query-terms.ts). Pagefind 1.6 takes an
 * instance's language from `<html lang>` when it is created, whatever the `language` option says
 * (pagefind.js `createInstance`), and word-segments queries in zh: the attribute is switched for
 * that one synchronous call, so nothing renders in between. A period has one language index,
 * which Pagefind finds by falling back to its largest. Pinned by the contract test.
 */
function createUnsegmented(runtime: PagefindRuntime, options: PagefindIndexOptions & { basePath: string }): PagefindInstance {
  const root = (globalThis as { document?: { documentElement?: Pick<Element, 'getAttribute' | 'setAttribute' | 'removeAttribute'> } }).document?.documentElement;
  if (!root) throw new Error('the partitioned search needs a document whose <html lang> Pagefind reads');
  const lang = root.getAttribute('lang');
  root.setAttribute('lang', UNSEGMENTED_LANGUAGE);
  try {
    return runtime.createInstance(options);
  } finally {
    if (lang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', lang);
  }
}

/** `…/pagefind/zh-hans/periods.json`. */
export function periodsUrl(pagefindBase: string, script: string): string {
  return `${pagefindBase}${script}/periods.json`;
}

export function resolveOrder(query: Pick<PeriodQuery, 'order' | 'query'>, candidates: number): Exclude<SearchOrder, 'auto'> {
  if (query.order !== 'auto') return query.order;
  return query.query && candidates <= SELECTIVE_PERIODS ? 'relevance' : 'newest';
}

/** Pagefind filters on exact values: a range that cuts a period is the list of its days inside the range. */
export function dateFilter(period: Pick<IndexedPeriod, 'from' | 'to'>, from?: string, to?: string): Record<string, PagefindFilterValue> {
  const start = from && from > period.from ? from : undefined;
  const end = to && to < period.to ? to : undefined;
  if (!start && !end) return {};
  const days: string[] = [];
  for (let day = start ?? period.from; day <= (end ?? period.to); day = nextDay(day)) days.push(day);
  return { date: { any: days.length > 0 ? days : ['none'] } };
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

export function mentionsByYear(candidates: readonly Candidate[]): YearMentions[] {
  const byYear = new Map<string, number>();
  for (const { period, estimate } of candidates) {
    const year = period.from.slice(0, 4);
    byYear.set(year, (byYear.get(year) ?? 0) + estimate);
  }
  return [...byYear.entries()].sort(([a], [b]) => compareCodeUnits(a, b)).map(([year, articles]) => ({ year, articles }));
}
