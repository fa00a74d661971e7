/**
 * The search index of a site rebuilt again and again: periods whose pages did not change are
 * linked from the cache, and left in place when already linked; a build by period's key of a
 * period stands for its pages, so they are not looked at while the key is the same.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeArticlePages } from '../../src/lib/bench/search-pages.ts';
import { buildPartitionedIndex } from '../../src/lib/search/partitioned-index.ts';
import { sampleArticles } from '../helpers/sample-articles.ts';

const work = mkdtempSync(join(tmpdir(), 'archive-partitioned-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const site = join(work, 'site');
const cacheDir = join(work, 'cache');
// The sample's articles in two months: two periods.
const articles = sampleArticles().map((article, i) => ({ ...article, date: i % 2 === 0 ? '2024-10-13' : '2024-11-02', order: i + 1 }));
writeArticlePages(site, articles, 'zh-hans', (text) => text);
const metaOf = (period: string) => {
  const folder = join(site, 'pagefind', 'zh-hans', period);
  const meta = JSON.parse(readFileSync(join(site, 'pagefind', 'zh-hans', 'periods.json'), 'utf8')).periods.find((p: { id: string }) => p.id === period).tag;
  return statSync(join(folder, `pagefind.${meta}.pf_meta`));
};
const build = (periodKeys?: Record<string, string>) => buildPartitionedIndex(site, { cacheDir, jobs: 1, ...(periodKeys ? { periodKeys: new Map(Object.entries(periodKeys)) } : {}) });

describe('the search index built again', () => {
  it('indexes each period once, then reuses it and leaves its folder in place', async () => {
    expect(await build()).toMatchObject({ periods: 2, indexed: 2, reused: 0 });
    const before = metaOf('2024-10').ino;
    expect(await build()).toMatchObject({ indexed: 0, reused: 2 });
    expect(metaOf('2024-10').ino).toBe(before);
  });

  it('trusts a period build key it has seen with the same pages, and looks at the pages again when the key changes', async () => {
    expect(await build({ '2024-10': 'k1', '2024-11': 'k1' })).toMatchObject({ indexed: 0, reused: 2 });
    const page = join(site, 'zh-hans', '2024', '10', '13', '1', 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</article>', '<p>补记一段</p></article>'));
    // Same keys: the build by period made the same pages (here the test changed one behind its back, which a build never does).
    expect(await build({ '2024-10': 'k1', '2024-11': 'k1' })).toMatchObject({ indexed: 0, reused: 2 });
    expect(await build({ '2024-10': 'k2', '2024-11': 'k1' })).toMatchObject({ indexed: 1, reused: 1 });
  }, 120_000);

  it('removes the folder of a period that is gone', async () => {
    rmSync(join(site, 'zh-hans', '2024', '11'), { recursive: true });
    expect(await build()).toMatchObject({ periods: 1 });
    expect(() => statSync(join(site, 'pagefind', 'zh-hans', '2024-11'))).toThrow();
  });
});
