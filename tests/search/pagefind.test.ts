import { describe, expect, it } from 'vitest';
import { loadSearch, pagefindBundleUrl, type Pagefind, type PagefindIndexOptions, type PagefindSearchOptions, type SearchLoaders } from '../../src/lib/search/pagefind.ts';
import type { ScriptMap } from '../../src/lib/search/query-map.ts';

const queryMap: ScriptMap = { chars: { 发: '發', 展: '展' }, words: {} };

/** A stand-in for pagefind.js that records what it is asked. */
function fakePagefind() {
  const calls: Array<[string, unknown[]]> = [];
  const results = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {}, timings: { preload: 0, search: 0, total: 0 } };
  const pagefind: Pagefind = {
    options: async (options: PagefindIndexOptions) => void calls.push(['options', [options]]),
    init: async () => void calls.push(['init', []]),
    search: async (query: string | null, options?: PagefindSearchOptions) => (calls.push(['search', [query, options]]), results),
    filters: async () => (calls.push(['filters', []]), { date: { '2024-10-13': 3 } }),
    preload: async () => void calls.push(['preload', []]),
    destroy: async () => void calls.push(['destroy', []]),
  };
  return { pagefind, calls };
}

function loaders(pagefind: Pagefind, requested: string[], map: unknown = queryMap): SearchLoaders {
  return {
    importBundle: async (url) => (requested.push(url), pagefind),
    fetchJson: async (url) => (requested.push(url), map),
  };
}

describe('pagefindBundleUrl', () => {
  it('is pagefind.js under the archive base, path or absolute', () => {
    expect(pagefindBundleUrl('/wujin-archive/')).toBe('/wujin-archive/pagefind/pagefind.js');
    expect(pagefindBundleUrl('https://example.github.io/wujin-archive/')).toBe('https://example.github.io/wujin-archive/pagefind/pagefind.js');
  });
});

describe('loadSearch', () => {
  it('loads the bundle and the query map, sets the options once, and nothing else', async () => {
    const { pagefind, calls } = fakePagefind();
    const requested: string[] = [];
    await loadSearch({ bundleUrl: '/a/pagefind/pagefind.js', queryMapUrl: '/a/zh-hant/search/query-map.json', options: { baseUrl: '/a/', excerptLength: 40 } }, loaders(pagefind, requested));
    expect(requested).toEqual(['/a/pagefind/pagefind.js', '/a/zh-hant/search/query-map.json']);
    // In particular no filters(): reading every filter file is the caller's choice.
    expect(calls).toEqual([['options', [{ baseUrl: '/a/', excerptLength: 40 }]]]);
  });

  it('converts queries with the loaded map and passes searches and filters through', async () => {
    const { pagefind, calls } = fakePagefind();
    const client = await loadSearch({ bundleUrl: 'b', queryMapUrl: 'm', options: {} }, loaders(pagefind, []));
    expect(client.convert('发展')).toBe('發展');
    expect(client.convert('')).toBe('');
    await client.search('發展', { filters: { kind: { any: ['news'] } }, sort: { date: 'desc' } });
    await client.search(null);
    expect(await client.filters()).toEqual({ date: { '2024-10-13': 3 } });
    expect(calls.slice(1)).toEqual([
      ['search', ['發展', { filters: { kind: { any: ['news'] } }, sort: { date: 'desc' } }]],
      ['search', [null, undefined]],
      ['filters', []],
    ]);
  });

  it('fails when the bundle or the map does not load, before setting options', async () => {
    const { pagefind, calls } = fakePagefind();
    const failing = (which: keyof SearchLoaders): SearchLoaders => ({ ...loaders(pagefind, []), [which]: async () => Promise.reject(new Error('offline')) });
    await expect(loadSearch({ bundleUrl: 'b', queryMapUrl: 'm', options: {} }, failing('importBundle'))).rejects.toThrow('offline');
    await expect(loadSearch({ bundleUrl: 'b', queryMapUrl: 'm', options: {} }, failing('fetchJson'))).rejects.toThrow('offline');
    expect(calls).toEqual([]);
  });
});
