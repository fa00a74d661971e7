import { describe, expect, it } from 'vitest';
import { loadSearch, pagefindBase, pagefindBundleUrl, type SearchLoaders } from '../../src/lib/search/pagefind.ts';
import type { ScriptMap } from '../../src/lib/search/query-map.ts';
import { fakeBundle, page, period } from './fake-pagefind.ts';

const queryMap: ScriptMap = { chars: { 发: '發', 展: '展' }, words: {} };
const setup = { pagefindBase: '/a/pagefind/', script: 'zh-hant' as const, language: 'zh-hant', queryMapUrl: '/a/zh-hant/search/query-map.json', options: { baseUrl: '/a/', excerptLength: 40 } };

function loaders(): { loaders: SearchLoaders; fetched: string[]; calls: unknown[] } {
  const bundle = fakeBundle([period('2024-10', [page('/a/zh-hant/2024/10/13/1/', '2024-10-13', ['發展'])])], '/a/pagefind/', 'zh-hant');
  return {
    fetched: bundle.fetched,
    calls: bundle.calls,
    loaders: { ...bundle.loaders, fetchJson: async (url) => (url.endsWith('query-map.json') ? (bundle.fetched.push(url), queryMap) : bundle.loaders.fetchJson(url)) },
  };
}

describe('where Pagefind is', () => {
  it('is pagefind/ under the archive base, path or absolute', () => {
    expect(pagefindBase('/wujin-archive/')).toBe('/wujin-archive/pagefind/');
    expect(pagefindBundleUrl('/wujin-archive/')).toBe('/wujin-archive/pagefind/pagefind.js');
    expect(pagefindBundleUrl('https://example.github.io/wujin-archive/')).toBe('https://example.github.io/wujin-archive/pagefind/pagefind.js');
  });
});

describe('loadSearch', () => {
  it('loads the runtime, the script’s periods and the query map, and no index', async () => {
    const { loaders: l, fetched, calls } = loaders();
    const client = await loadSearch(setup, l);
    expect(fetched.sort()).toEqual(['/a/pagefind/pagefind.js', '/a/pagefind/zh-hant/periods.json', '/a/zh-hant/search/query-map.json']);
    // In particular no instance and no filters(): reading every filter file is the caller's choice.
    expect(calls).toEqual([]);
    expect(client.partitions.periods.map((p) => p.id)).toEqual(['2024-10']);
  });

  it('converts queries with the loaded map', async () => {
    const client = await loadSearch(setup, loaders().loaders);
    expect(client.convert('发展')).toBe('發展');
    expect(client.convert('')).toBe('');
  });

  it('fails when the runtime, the periods or the map does not load', async () => {
    const failing = (which: 'runtime' | 'periods' | 'map'): SearchLoaders => {
      const base = loaders().loaders;
      return {
        importRuntime: which === 'runtime' ? async () => Promise.reject(new Error('offline')) : base.importRuntime,
        fetchJson: async (url) => {
          if (which === 'periods' && url.endsWith('periods.json')) return undefined;
          if (which === 'map' && url.endsWith('query-map.json')) return undefined;
          return base.fetchJson(url);
        },
      };
    };
    await expect(loadSearch(setup, failing('runtime'))).rejects.toThrow('offline');
    await expect(loadSearch(setup, failing('periods'))).rejects.toThrow('periods.json');
    await expect(loadSearch(setup, failing('map'))).rejects.toThrow('query-map.json');
  });
});
