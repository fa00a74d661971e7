/**
 * The search bench's page (browser side, bundled with esbuild by src/lib/bench/search-browser.ts):
 * one search design, one script, no site around it. `?mode=partitioned|single&q=…` searches at
 * once (a cold search); `window.benchSearch(q)` runs another in the same page (a warm one). Each
 * reports when its first results are shown: the search answered and the first page's fragments
 * (up to 10, what a results list shows: title, URL, excerpt) are loaded.
 *
 * partitioned: PartitionedSearch (src/lib/search/partitioned.ts) in its `auto` order, pulled until
 *   a round has results in their final order (for relevance: every candidate has answered) or
 *   every candidate period has answered.
 * single: pagefind.js over the script's one index, `search(q)` by relevance, as the site searches
 *   today (no filters() at start-up).
 */
import { PartitionedSearch } from '../../search/partitioned.ts';
import type { PagefindResult } from '../../search/pagefind.ts';

export interface BenchAnswer {
  query: string;
  /** performance.now() when the search started (0 for the cold one: navigation start). */
  started: number;
  /** performance.now() when the first results were shown. */
  shown: number;
  results: number;
  /** Whether `results` is every result (false: at least that many, more periods to search). */
  complete: boolean;
  /** Periods searched for the first results (partitioned). */
  periods?: number;
  firstUrls: string[];
  error?: string;
}

declare global {
  interface Window {
    benchSearch(query: string): Promise<BenchAnswer>;
    benchCold?: Promise<BenchAnswer>;
  }
}

const params = new URLSearchParams(location.search);
const mode = params.get('mode') ?? 'partitioned';
const script = document.documentElement.dataset.script ?? 'zh-hans';
const root = new URL('../../', location.href).pathname; // the page is /bench/<script>/
const FIRST_PAGE = 10;

type Searcher = (query: string) => Promise<Omit<BenchAnswer, 'query' | 'started' | 'shown'>>;

const loadJson = async (url: string) => {
  const response = await fetch(url);
  return response.ok ? response.json() : undefined;
};

async function firstPage(results: readonly PagefindResult[]): Promise<string[]> {
  return (await Promise.all(results.slice(0, FIRST_PAGE).map((r) => r.data()))).map((d) => d.url);
}

async function partitioned(): Promise<Searcher> {
  const search = await PartitionedSearch.load(
    { pagefindBase: `${root}pagefind/`, script, language: script, options: { baseUrl: root } },
    { importRuntime: (url) => import(/* @vite-ignore */ url), fetchJson: loadJson },
  );
  return async (query) => {
    const rounds = search.run({ query, order: 'auto' });
    for await (const round of rounds) {
      // As the search page shows them: the first results in their final order, or all there are.
      if (!round.complete && (!round.ordered || round.results.length === 0)) continue;
      const firstUrls = await firstPage(round.results.map((r) => r.result));
      await rounds.return(undefined);
      return { results: round.results.length, complete: round.complete, periods: round.searched.length, firstUrls };
    }
    return { results: 0, complete: true, periods: 0, firstUrls: [] };
  };
}

interface PagefindModule {
  options(options: object): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

async function single(): Promise<Searcher> {
  const pagefind = (await import(/* @vite-ignore */ `${root}pagefind-single/${script}/pagefind.js`)) as PagefindModule;
  await pagefind.options({ baseUrl: root });
  return async (query) => {
    const answer = await pagefind.search(query);
    return { results: answer.results.length, complete: true, firstUrls: await firstPage(answer.results) };
  };
}

const searcher = mode === 'single' ? single() : partitioned();

async function measure(query: string, started: number): Promise<BenchAnswer> {
  try {
    const answer = await (await searcher)(query);
    return { query, started, shown: performance.now(), ...answer };
  } catch (error) {
    return { query, started, shown: performance.now(), results: 0, complete: false, firstUrls: [], error: String(error) };
  }
}

window.benchSearch = (query) => measure(query, performance.now());
const cold = params.get('q');
if (cold) window.benchCold = measure(cold, 0);
