/**
 * Searching the archive one period at a time (docs/search-partitions.md): the routing table
 * says which periods can hold the query, and the periods are searched in the order the reader
 * asked for, each as its own Pagefind instance, with results handed out as each period answers.
 * Runs in the browser; everything it reaches goes through `PartitionLoaders`, so tests and the
 * bench drive it with their own.
 */
import { compareCodeUnits } from '../archive/order.ts';
import type { PagefindFilterCounts, PagefindFilterValue, PagefindIndexOptions, PagefindResult, PagefindSearchOptions, PagefindSearchResults } from './pagefind.ts';
import { pagefindTerms } from './pagefind-terms.ts';
import { periodsInRange, type Period } from './periods.ts';
import { routeQuery, shardOf, type RoutingShard } from './routing.ts';

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

export interface PeriodsFile {
  version: 1;
  periods: Period[];
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
  options: PagefindIndexOptions;
}

/**
 * newest / oldest: period by period in date order, each period sorted by date. relevance: every
 * period that can hold the query, ranked by Pagefind's score together. auto: relevance when few
 * periods hold the query, newest first otherwise.
 */
export type SearchOrder = 'auto' | 'newest' | 'oldest' | 'relevance';

/** At most this many candidate periods are ranked by relevance together under `auto`. */
export const SELECTIVE_PERIODS = 6;

export interface PeriodQuery {
  /** In the index's script (see convertQuery); empty: every article the filters allow. */
  query: string;
  order: SearchOrder;
  /** Inclusive issue-date range, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  /** Pagefind filters applied within each period (author, kind, page, year, month). */
  filters?: Record<string, PagefindFilterValue>;
}

export interface FoundResult {
  period: Period;
  result: PagefindResult;
}

export interface SearchRound {
  /** Every result found so far, in display order. */
  results: FoundResult[];
  /** Periods searched so far, and how many can hold the query. */
  searched: number;
  candidates: number;
  /** True when every candidate period has answered: then `results` is all there is. */
  complete: boolean;
  /** The order used (`auto` resolved). */
  order: Exclude<SearchOrder, 'auto'>;
  /** Articles per year that may hold the query (routing table estimate), oldest year first. */
  mentions: Array<{ year: string; articles: number }>;
}

export class PartitionedSearch {
  private readonly instances = new Map<string, PagefindInstance>();
  private readonly shards = new Map<string, Promise<RoutingShard | undefined>>();
  /** Instances share one wasm memory: the first must be running before another starts. */
  private firstReady: Promise<void> | undefined;

  private readonly runtime: PagefindRuntime;
  readonly periods: readonly Period[];
  private readonly setup: PartitionSetup;
  private readonly loaders: PartitionLoaders;

  private constructor(runtime: PagefindRuntime, periods: readonly Period[], setup: PartitionSetup, loaders: PartitionLoaders) {
    this.runtime = runtime;
    this.periods = periods;
    this.setup = setup;
    this.loaders = loaders;
  }

  static async load(setup: PartitionSetup, loaders: PartitionLoaders): Promise<PartitionedSearch> {
    const [runtime, periods] = await Promise.all([
      loaders.importRuntime(`${setup.pagefindBase}pagefind.js`),
      loaders.fetchJson(`${setup.pagefindBase}${setup.script}/periods.json`) as Promise<PeriodsFile | undefined>,
    ]);
    if (!periods || periods.version !== 1) throw new Error(`${setup.script}/periods.json is missing or of an unknown version`);
    return new PartitionedSearch(runtime, periods.periods, setup, loaders);
  }

  /** The terms Pagefind will search for, in the browser's own segmentation. */
  terms(query: string): string[] {
    return pagefindTerms(query, this.setup.language);
  }

  /** Candidate periods (newest first) with the routing table's estimate of matching articles. */
  async route(query: PeriodQuery): Promise<Array<{ period: Period; estimate: number }>> {
    const inRange = new Set(periodsInRange(this.periods, query.from, query.to).map((p) => p.id));
    const terms = this.terms(query.query);
    if (terms.length === 0) return this.periods.filter((p) => inRange.has(p.id)).map((period) => ({ period, estimate: period.articles }));
    const shardNames = [...new Set(terms.map(shardOf))];
    const loaded = await Promise.all(shardNames.map((name) => this.shard(name)));
    const routed = routeQuery(terms, new Map(shardNames.map((name, i) => [name, loaded[i]])));
    return [...routed.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, estimate]) => ({ period: this.periods[index]!, estimate }))
      .filter(({ period }) => period !== undefined && inRange.has(period.id));
  }

  /**
   * Searches period by period, yielding after each one; stop pulling when enough is shown and
   * pull again for more. Every round's `results` is the whole list so far.
   */
  async *run(query: PeriodQuery): AsyncGenerator<SearchRound> {
    const candidates = await this.route(query);
    const order = query.order === 'auto' ? (candidates.length <= SELECTIVE_PERIODS && query.query ? 'relevance' : 'newest') : query.order;
    const sequence = order === 'oldest' ? [...candidates].reverse() : candidates;
    const mentions = mentionsByYear(candidates);
    const found: FoundResult[] = [];
    const round = (searched: number): SearchRound => ({
      results: order === 'relevance' ? [...found].sort((a, b) => b.result.score - a.result.score) : [...found],
      searched,
      candidates: sequence.length,
      complete: searched === sequence.length,
      order,
      mentions,
    });
    if (sequence.length === 0) {
      yield round(0);
      return;
    }
    const sort = order === 'relevance' ? undefined : { date: order === 'oldest' ? 'asc' : 'desc' } as const;
    for (const [index, { period }] of sequence.entries()) {
      const filters = { ...query.filters, ...dateFilter(period, query.from, query.to) };
      const answer = await (await this.instance(period)).search(query.query || null, { filters, sort });
      for (const result of answer.results) found.push({ period, result });
      // Relevance needs every candidate before the order is known; date orders are final at once.
      if (order !== 'relevance' || index === sequence.length - 1) yield round(index + 1);
    }
  }

  /** Filter value counts over the periods given (facet counts, loaded only when asked for). */
  async facetCounts(query: PeriodQuery, periods: readonly Period[]): Promise<PagefindFilterCounts> {
    const total: PagefindFilterCounts = {};
    for (const period of periods) {
      const instance = await this.instance(period);
      await instance.filters(); // loads the period's filter files; later searches count over them
      const filters = { ...query.filters, ...dateFilter(period, query.from, query.to) };
      const answer = await instance.search(query.query || null, { filters });
      for (const [name, values] of Object.entries(answer.filters)) {
        const into = (total[name] ??= {});
        for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
      }
    }
    return total;
  }

  /** Starts the newest period's instance, so that the first search does not wait for it. */
  async warm(): Promise<void> {
    if (this.periods[0]) await this.instance(this.periods[0]);
  }

  private shard(name: string): Promise<RoutingShard | undefined> {
    let shard = this.shards.get(name);
    if (!shard) {
      shard = this.loaders.fetchJson(`${this.setup.pagefindBase}${this.setup.script}/routes/${name}.json`) as Promise<RoutingShard | undefined>;
      this.shards.set(name, shard);
    }
    return shard;
  }

  private async instance(period: Period): Promise<PagefindInstance> {
    const existing = this.instances.get(period.id);
    if (existing) return existing;
    const create = () => {
      const created = this.runtime.createInstance({ ...this.setup.options, basePath: `${this.setup.pagefindBase}${this.setup.script}/${period.id}/` });
      this.instances.set(period.id, created);
      return created;
    };
    if (!this.firstReady) {
      const first = create();
      // Pagefind loads its wasm with the first search; init() alone does not wait for it.
      this.firstReady = first.search('').then(() => undefined);
      await this.firstReady;
      return first;
    }
    await this.firstReady;
    return this.instances.get(period.id) ?? create();
  }
}

/** Pagefind filters on exact values: a range within a period is the list of its days. */
function dateFilter(period: Period, from?: string, to?: string): Record<string, PagefindFilterValue> {
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

function mentionsByYear(candidates: ReadonlyArray<{ period: Period; estimate: number }>): Array<{ year: string; articles: number }> {
  const byYear = new Map<string, number>();
  for (const { period, estimate } of candidates) {
    const year = period.from.slice(0, 4);
    byYear.set(year, (byYear.get(year) ?? 0) + estimate);
  }
  return [...byYear.entries()].sort(([a], [b]) => compareCodeUnits(a, b)).map(([year, articles]) => ({ year, articles }));
}
