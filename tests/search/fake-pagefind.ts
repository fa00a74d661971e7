/**
 * A stand-in for pagefind.js and a partitioned bundle, for unit tests of the period-by-period
 * search: every period is an instance whose pages are given as data, every call is recorded.
 */
import type { PagefindResult, PagefindSearchOptions, PagefindSearchResults } from '../../src/lib/search/pagefind.ts';
import type { PagefindRuntime, PartitionLoaders } from '../../src/lib/search/partitioned.ts';
import type { IndexedPeriod, PeriodsFile } from '../../src/lib/search/periods.ts';
import { buildRoutingShards, periodRoutes, type PeriodRoutes } from '../../src/lib/search/routing.ts';

export interface FakePage {
  url: string;
  date: string;
  /** The words Pagefind would have indexed; a query term matches a word it prefixes. */
  words: string[];
  filters?: Record<string, string>;
}

export interface FakePeriod extends IndexedPeriod {
  pages: FakePage[];
}

export type Call = [method: string, basePath: string, ...args: unknown[]];

export function period(id: string, pages: FakePage[]): FakePeriod {
  const dates = pages.map((p) => p.date).sort();
  return { id, from: dates[0]!, to: dates.at(-1)!, articles: pages.length, tag: `tag-${id}`, pages };
}

export function page(url: string, date: string, words: string[], filters: Record<string, string> = {}): FakePage {
  return { url, date, words, filters };
}

const termsOf = (query: string) => query.split(/\s+/).filter(Boolean);

function matches(p: FakePage, query: string | null, options: PagefindSearchOptions = {}): boolean {
  for (const term of query ? termsOf(query) : []) if (!p.words.some((w) => w.startsWith(term))) return false;
  for (const [name, condition] of Object.entries(options.filters ?? {})) {
    const value = name === 'date' ? p.date : p.filters?.[name];
    const allowed = typeof condition === 'string' ? [condition] : Array.isArray(condition) ? condition : (condition.any ?? []);
    if (!allowed.includes(value ?? '')) return false;
  }
  return true;
}

/** Pagefind's runtime over the given periods, with the bundle files PartitionedSearch fetches. */
export function fakeBundle(periods: FakePeriod[], base = '/pagefind/', script = 'zh-hans') {
  const calls: Call[] = [];
  const fetched: string[] = [];
  const words: PeriodRoutes[] = periods.map((p) => {
    const counts = new Map<string, number>();
    for (const pg of p.pages) for (const w of new Set(pg.words)) counts.set(w, (counts.get(w) ?? 0) + 1);
    return periodRoutes({ period: p.id, words: counts });
  });
  const { layout, shards } = buildRoutingShards(words);
  const files = new Map<string, unknown>([
    [`${base}${script}/periods.json`, { version: 1, periods: periods.map(({ pages: _, ...rest }) => rest), routes: layout } satisfies PeriodsFile],
    ...[...shards].map(([name, shard]) => [`${base}${script}/routes/${name}.json`, shard] as [string, unknown]),
  ]);
  // `<html lang>` as pagefind.js reads it when an instance is created: recorded with each creation.
  const html = {
    lang: 'zh-Hans' as string | null,
    getAttribute: () => html.lang,
    setAttribute: (_name: string, value: string) => void (html.lang = value),
    removeAttribute: () => void (html.lang = null),
  };
  (globalThis as { document?: unknown }).document = { documentElement: html, querySelector: () => html };
  const runtime: PagefindRuntime = {
    createInstance(options) {
      const basePath = options.basePath;
      calls.push(['createInstance', basePath, options, html.lang]);
      const id = basePath.slice(`${base}${script}/`.length, -1);
      const own = periods.find((p) => p.id === id);
      if (!own) throw new Error(`no period at ${basePath}`);
      let filtersLoaded = false;
      return {
        async search(query, given) {
          calls.push(['search', basePath, query, given]);
          const searchOptions = given ?? {};
          await Promise.resolve();
          let found = own.pages.filter((p) => matches(p, query, searchOptions));
          const sort = searchOptions.sort?.date;
          if (sort) found = [...found].sort((a, b) => (sort === 'asc' ? a.date.localeCompare(b.date) : b.date.localeCompare(a.date)));
          const counts: Record<string, Record<string, number>> = {};
          if (filtersLoaded) {
            for (const p of found) for (const [name, value] of Object.entries(p.filters ?? {})) (counts[name] ??= {})[value] = (counts[name]![value] ?? 0) + 1;
          }
          const results: PagefindResult[] = found.map((p, i) => ({
            id: p.url,
            // Pages that hold the first term more often score higher; ties by position.
            score: (query ? p.words.filter((w) => w.startsWith(termsOf(query)[0] ?? '')).length : 1) - i / 100,
            words: [],
            data: async () => ({ url: p.url, content: '', excerpt: '', plain_excerpt: '', sub_results: [], word_count: 0, locations: [], filters: {}, meta: { title: p.url, date: p.date }, anchors: [] }),
          }));
          return { results, unfilteredResultCount: results.length, filters: counts, totalFilters: counts, timings: { preload: 0, search: 0, total: 0 } } satisfies PagefindSearchResults;
        },
        async filters() {
          calls.push(['filters', basePath]);
          filtersLoaded = true;
          return {};
        },
        async preload(query) {
          calls.push(['preload', basePath, query]);
        },
      };
    },
  };
  const loaders: PartitionLoaders = {
    importRuntime: async (url) => {
      fetched.push(url);
      return runtime;
    },
    fetchJson: async (url) => {
      fetched.push(url);
      return files.get(url);
    },
  };
  return { calls, fetched, loaders, files, html };
}
