import { describe, expect, it } from 'vitest';
import { dateFilter, mentionsByYear, PartitionedSearch, resolveOrder, SELECTIVE_PERIODS, type PeriodQuery, type SearchRound } from '../../src/lib/search/partitioned.ts';
import { UNSEGMENTED_LANGUAGE } from '../../src/lib/search/query-terms.ts';
import { fakeBundle, page, period, type FakePeriod } from './fake-pagefind.ts';

/** Three months, newest first as periods.json lists them. Latin words: Intl.Segmenter splits them at spaces. */
const periods: FakePeriod[] = [
  period('2025-02', [page('/a/2025-02-03/1/', '2025-02-03', ['river', 'bridge'], { kind: 'news' }), page('/a/2025-02-10/1/', '2025-02-10', ['river'], { kind: 'photo' })]),
  period('2024-12', [page('/a/2024-12-01/1/', '2024-12-01', ['bridge', 'toll'], { kind: 'news' })]),
  period('2024-10', [
    page('/a/2024-10-05/1/', '2024-10-05', ['river', 'river', 'river', 'flood'], { kind: 'news' }),
    page('/a/2024-10-20/1/', '2024-10-20', ['river', 'bank'], { kind: 'commentary' }),
  ]),
];

const setup = { pagefindBase: '/pagefind/', script: 'zh-hans', language: 'zh-hans', options: { baseUrl: '/a/', excerptLength: 30 } };

async function load(list = periods) {
  const bundle = fakeBundle(list);
  const search = await PartitionedSearch.load(setup, bundle.loaders);
  return { ...bundle, search };
}

async function rounds(search: PartitionedSearch, query: PeriodQuery): Promise<SearchRound[]> {
  const all: SearchRound[] = [];
  for await (const round of search.run(query)) all.push(round);
  return all;
}

const urls = (round: SearchRound | undefined) => round?.results.map((r) => r.result.id);

describe('loading', () => {
  it('loads pagefind.js and the script’s periods.json, and starts no instance', async () => {
    const { search, fetched, calls } = await load();
    expect(fetched).toEqual(['/pagefind/pagefind.js', '/pagefind/zh-hans/periods.json']);
    expect(calls).toEqual([]);
    expect(search.periods.map((p) => p.id)).toEqual(['2025-02', '2024-12', '2024-10']);
  });

  it('fails without a periods.json of a known version', async () => {
    const bundle = fakeBundle(periods);
    bundle.files.delete('/pagefind/zh-hans/periods.json');
    await expect(PartitionedSearch.load(setup, bundle.loaders)).rejects.toThrow('periods.json');
  });
});

describe('routing', () => {
  it('keeps the periods where one index could find the query, with estimates', async () => {
    const { search, fetched } = await load();
    expect((await search.route({ query: 'river', order: 'auto' })).map((c) => [c.period.id, c.estimate])).toEqual([
      ['2025-02', 2],
      ['2024-10', 2],
    ]);
    // Two-letter terms route exactly: only periods holding a word that starts with each.
    expect((await search.route({ query: 'to', order: 'auto' })).map((c) => c.period.id)).toEqual(['2024-12']);
    expect((await search.route({ query: 'to ri', order: 'auto' })).map((c) => c.period.id)).toEqual([]);
    expect((await search.route({ query: 'br ri', order: 'auto' })).map((c) => c.period.id)).toEqual(['2025-02']);
    // Longer terms may match through words the table only knows by their first two letters:
    // they narrow nothing while a shorter term is known to match, and otherwise add up.
    expect((await search.route({ query: 'to river', order: 'auto' })).map((c) => c.period.id)).toEqual(['2024-12']);
    expect((await search.route({ query: 'river bridge', order: 'auto' })).map((c) => c.period.id)).toEqual(['2025-02', '2024-12', '2024-10']);
    // A term no period holds is dropped, as Pagefind drops it.
    expect((await search.route({ query: 'bridge zebra', order: 'auto' })).map((c) => c.period.id)).toEqual(['2025-02', '2024-12']);
    expect(await search.route({ query: 'zebra', order: 'auto' })).toEqual([]);
    // Routing shards are fetched once each.
    const shardFetches = fetched.filter((url) => url.includes('/routes/'));
    expect(new Set(shardFetches).size).toBe(shardFetches.length);
  });

  it('narrows to a date range, years and months; an empty query takes every period they allow', async () => {
    const { search } = await load();
    expect((await search.route({ query: 'river', order: 'auto', from: '2024-11-01' })).map((c) => c.period.id)).toEqual(['2025-02']);
    expect((await search.route({ query: '', order: 'auto', to: '2024-12-31' })).map((c) => [c.period.id, c.estimate])).toEqual([
      ['2024-12', 1],
      ['2024-10', 2],
    ]);
    expect((await search.route({ query: '', order: 'auto', years: ['2024'] })).map((c) => c.period.id)).toEqual(['2024-12', '2024-10']);
    expect((await search.route({ query: 'river', order: 'auto', months: ['2024-10', '2024-12'] })).map((c) => c.period.id)).toEqual(['2024-10']);
  });
});

describe('offline, the saved periods only', () => {
  it('routes, searches and warms only the periods it is restricted to', async () => {
    const { search, calls } = await load();
    search.restrictTo(['2024-10']);
    expect(search.searchedPeriods.map((p) => p.id)).toEqual(['2024-10']);
    expect((await search.route({ query: 'river', order: 'auto' })).map((c) => c.period.id)).toEqual(['2024-10']);
    expect((await search.route({ query: '', order: 'auto' })).map((c) => c.period.id)).toEqual(['2024-10']);
    const all = await rounds(search, { query: 'river', order: 'auto' });
    expect(urls(all.at(-1))).toEqual(['/a/2024-10-05/1/', '/a/2024-10-20/1/']);
    await search.warm();
    // No instance of a period not saved was started: its files are not on the device.
    const periodsTouched = new Set(calls.map((call) => String(call[1])));
    expect([...periodsTouched]).toEqual(['/pagefind/zh-hans/2024-10/']);
  });

  it('finds nothing when nothing is saved', async () => {
    const { search } = await load();
    search.restrictTo([]);
    expect(await search.route({ query: 'river', order: 'auto' })).toEqual([]);
  });
});

describe('searching period by period', () => {
  it('newest first: one round per period, in date order, each final at once, the count exact only at the end', async () => {
    const { search, calls } = await load();
    const all = await rounds(search, { query: 'river', order: 'newest' });
    expect(all.map((r) => [r.searched.map((p) => p.id), r.complete, r.ordered, r.order])).toEqual([
      [['2025-02'], false, true, 'newest'],
      [['2025-02', '2024-10'], true, true, 'newest'],
    ]);
    expect(urls(all[0])).toEqual(['/a/2025-02-10/1/', '/a/2025-02-03/1/']);
    expect(urls(all[1])).toEqual(['/a/2025-02-10/1/', '/a/2025-02-03/1/', '/a/2024-10-20/1/', '/a/2024-10-05/1/']);
    expect(all.every((r) => r.candidates === 2)).toBe(true);
    const searches = calls.filter(([method]) => method === 'search');
    // The first instance's start-up search, then one search per candidate, sorted by date; never filters().
    expect(searches.map(([, base, query, options]) => [base, query, options])).toEqual([
      ['/pagefind/zh-hans/2025-02/', '', undefined],
      ['/pagefind/zh-hans/2025-02/', 'river', { filters: {}, sort: { date: 'desc' } }],
      ['/pagefind/zh-hans/2024-10/', 'river', { filters: {}, sort: { date: 'desc' } }],
    ]);
    expect(calls.some(([method]) => method === 'filters')).toBe(false);
  });

  it('stops where the reader stops pulling: later periods are not even started', async () => {
    const { search, calls } = await load();
    const run = search.run({ query: 'river', order: 'newest' });
    const first = await run.next();
    expect((first.value as SearchRound).searched.map((p) => p.id)).toEqual(['2025-02']);
    await run.return(undefined);
    expect(calls.filter(([method]) => method === 'createInstance').map(([, base]) => base)).toEqual(['/pagefind/zh-hans/2025-02/']);
  });

  it('oldest first: periods reversed, dates ascending', async () => {
    const { search, calls } = await load();
    const all = await rounds(search, { query: 'river', order: 'oldest' });
    expect(urls(all.at(-1))).toEqual(['/a/2024-10-05/1/', '/a/2024-10-20/1/', '/a/2025-02-03/1/', '/a/2025-02-10/1/']);
    expect(calls.filter(([method, , query]) => method === 'search' && query === 'river').map(([, , , options]) => options)).toEqual([
      { filters: {}, sort: { date: 'asc' } },
      { filters: {}, sort: { date: 'asc' } },
    ]);
  });

  it('relevance: every candidate by score, in no final order until the last has answered', async () => {
    const { search } = await load();
    const all = await rounds(search, { query: 'river', order: 'relevance' });
    expect(all.map((r) => [r.ordered, r.complete])).toEqual([
      [false, false],
      [true, true],
    ]);
    expect(urls(all.at(-1))![0]).toBe('/a/2024-10-05/1/');
  });

  it('auto: relevance for a selective query, newest first for a broad one or an empty query', () => {
    expect(resolveOrder({ order: 'auto', query: 'river' }, SELECTIVE_PERIODS)).toBe('relevance');
    expect(resolveOrder({ order: 'auto', query: 'river' }, SELECTIVE_PERIODS + 1)).toBe('newest');
    expect(resolveOrder({ order: 'auto', query: '' }, 1)).toBe('newest');
    expect(resolveOrder({ order: 'oldest', query: 'river' }, 1)).toBe('oldest');
  });

  it('answers a query no period holds with one complete, empty round', async () => {
    const { search, calls } = await load();
    const all = await rounds(search, { query: 'zebra', order: 'auto' });
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ results: [], complete: true, candidates: 0, searched: [] });
    expect(calls).toEqual([]);
  });

  it('passes filters into each period, and a date range that cuts a period as its days', async () => {
    const { search, calls } = await load();
    const all = await rounds(search, { query: 'river', order: 'newest', from: '2024-10-10', filters: { kind: { any: ['commentary', 'photo'] } } });
    expect(urls(all.at(-1))).toEqual(['/a/2025-02-10/1/', '/a/2024-10-20/1/']);
    const filtersOf = (base: string) => calls.find(([method, b, query]) => method === 'search' && b === base && query === 'river')![3];
    expect(filtersOf('/pagefind/zh-hans/2025-02/')).toEqual({ filters: { kind: { any: ['commentary', 'photo'] } }, sort: { date: 'desc' } });
    expect((filtersOf('/pagefind/zh-hans/2024-10/') as { filters: { date: { any: string[] } } }).filters.date.any).toHaveLength(11);
  });

  it('finds nothing for text with nothing searchable in it, and everything the filters allow for no text', async () => {
    const { search } = await load();
    const [punctuation] = (await rounds(search, { query: '，。！', order: 'auto' })).slice(-1);
    expect(punctuation!.complete).toBe(true);
    expect(punctuation!.results).toEqual([]);
    const [none] = (await rounds(search, { query: '', order: 'auto', filters: { kind: 'news' } })).slice(-1);
    expect(urls(none)).toEqual(['/a/2025-02-03/1/', '/a/2024-12-01/1/', '/a/2024-10-05/1/']);
  });

  it('gives the mentions per year from the routing table', async () => {
    const { search } = await load();
    const [round] = await rounds(search, { query: 'river', order: 'newest' });
    expect(round!.mentions).toEqual([
      { year: '2024', articles: 2 },
      { year: '2025', articles: 2 },
    ]);
  });
});

describe('Pagefind instances', () => {
  it('starts the first instance and waits for its first search before any other; each with its folder and cache tag', async () => {
    const { search, calls } = await load();
    await Promise.all([rounds(search, { query: 'river', order: 'oldest' }), rounds(search, { query: 'bridge', order: 'newest' })]);
    const firstSearchDone = calls.findIndex(([method, , query]) => method === 'search' && query === '');
    const created = calls.filter(([method]) => method === 'createInstance');
    expect(calls.findIndex(([method]) => method === 'createInstance')).toBe(0);
    expect(calls.slice(1).findIndex(([method]) => method === 'createInstance') + 1).toBeGreaterThan(firstSearchDone);
    // One instance per period, never two.
    expect(new Set(created.map(([, base]) => base)).size).toBe(created.length);
    expect(created[0]![2]).toEqual({ baseUrl: '/a/', excerptLength: 30, basePath: created[0]![1], metaCacheTag: `tag-${String(created[0]![1]).split('/').at(-2)}` });
    // Created while <html lang> names no language Pagefind segments, which is put back at once.
    expect(created.map((call) => call[3])).toEqual(created.map(() => UNSEGMENTED_LANGUAGE));
    expect((globalThis as unknown as { document: { documentElement: { getAttribute(name: string): string } } }).document.documentElement.getAttribute('lang')).toBe('zh-Hans');
  });

  it('loads the words a one-character term starts in each period before searching it (Pagefind loads one index chunk per term)', async () => {
    const { search, calls } = await load();
    await rounds(search, { query: 'r', order: 'newest' });
    const preloads = calls.filter(([method]) => method === 'preload');
    expect(preloads.length).toBeGreaterThan(0);
    for (const [, base, words] of preloads) {
      const periodWords = new Set(periods.find((p) => base === `/pagefind/zh-hans/${p.id}/`)!.pages.flatMap((pg) => pg.words).filter((w) => w.startsWith('r')).map((w) => w.slice(0, 2)));
      expect(new Set(String(words).split(' ')), String(base)).toEqual(periodWords);
    }
    // A term of two or more characters holds a word of its own in every page it is in: nothing to load first.
    calls.length = 0;
    await rounds(search, { query: 'river', order: 'newest' });
    expect(calls.filter(([method]) => method === 'preload')).toEqual([]);
  });

  it('starts a period whose files failed to load afresh when searched again', async () => {
    const bundle = fakeBundle(periods);
    const search = await PartitionedSearch.load(setup, bundle.loaders);
    let failing = true;
    const runtime = await bundle.loaders.importRuntime('/pagefind/pagefind.js');
    const create = runtime.createInstance.bind(runtime);
    runtime.createInstance = (options) => {
      const instance = create(options);
      if (options.basePath.endsWith('/2024-10/') && failing) {
        failing = false;
        return { ...instance, search: async () => Promise.reject(new Error('fetch failed')) };
      }
      return instance;
    };
    await expect(rounds(search, { query: 'river', order: 'newest' })).rejects.toThrow('fetch failed');
    const [last] = (await rounds(search, { query: 'river', order: 'newest' })).slice(-1);
    expect(last!.complete).toBe(true);
    expect(urls(last)).toEqual(['/a/2025-02-10/1/', '/a/2025-02-03/1/', '/a/2024-10-20/1/', '/a/2024-10-05/1/']);
    expect(bundle.calls.filter(([method, base]) => method === 'createInstance' && base === '/pagefind/zh-hans/2024-10/')).toHaveLength(2);
  });

  it('warms the newest period only', async () => {
    const { search, calls } = await load();
    await search.warm();
    expect(calls.map(([method, base, query]) => [method, base, query ?? null]).filter(([m]) => m !== 'createInstance')).toEqual([['search', '/pagefind/zh-hans/2025-02/', '']]);
    expect(calls.filter(([method]) => method === 'createInstance')).toHaveLength(1);
  });

  it('counts facets only when asked, over the periods given; a period\'s results count for its month and year', async () => {
    const { search, calls } = await load();
    const [round] = await rounds(search, { query: 'river', order: 'newest' });
    expect(calls.some(([method]) => method === 'filters')).toBe(false);
    const counts = await search.facetCounts({ query: 'river', order: 'newest' }, round!.searched);
    expect(counts).toEqual({ kind: { news: 1, photo: 1 }, year: { '2025': 2 }, month: { '2025-02': 2 } });
    expect(calls.filter(([method]) => method === 'filters').map(([, base]) => base)).toEqual(['/pagefind/zh-hans/2025-02/']);
  });
});

describe('helpers', () => {
  it('turns a range that cuts a period into its days, and leaves a period inside the range alone', () => {
    expect(dateFilter({ from: '2024-10-01', to: '2024-10-31' }, '2024-09-01', '2024-12-31')).toEqual({});
    expect(dateFilter({ from: '2024-10-01', to: '2024-10-31' }, '2024-10-30')).toEqual({ date: { any: ['2024-10-30', '2024-10-31'] } });
    expect(dateFilter({ from: '2024-02-27', to: '2024-02-29' }, undefined, '2024-02-28')).toEqual({ date: { any: ['2024-02-27', '2024-02-28'] } });
  });

  it('adds estimates up per year, oldest first', () => {
    const p = (id: string, from: string) => ({ id, from, to: from, articles: 9, tag: id });
    expect(mentionsByYear([{ period: p('b', '2024-10-01'), estimate: 3 }, { period: p('a', '2023-01-01'), estimate: 1 }, { period: p('c', '2024-01-01'), estimate: 2 }])).toEqual([
      { year: '2023', articles: 1 },
      { year: '2024', articles: 5 },
    ]);
  });
});
