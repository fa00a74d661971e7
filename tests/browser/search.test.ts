import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sampleInChromium } from '../helpers/sample-in-chromium.ts';
import { axeViolations } from '../helpers/browser.ts';
import { ROOT } from '../helpers/seeds.ts';
import { sampleArticles } from '../helpers/sample-articles.ts';
import { articleKey, holding, queryConverter, queryMapsOf, samplePhrases } from '../../src/lib/bench/search-quality.ts';
import { writeArticlesInBothScripts } from '../../src/lib/bench/search-site.ts';
import { createConverter } from '../../src/lib/convert/index.ts';

interface QueryCase {
  what: string;
  hans: string;
  hant: string;
  expect: string;
}

const { queries } = JSON.parse(readFileSync(join(ROOT, 'tests', 'search', 'queries.json'), 'utf8')) as { queries: QueryCase[] };

/** The sample archive with its search index, under a project-site base, searched in Chromium. */
const BASE = '/wujin-archive/';
/** Requests a test holds at the server until a promise settles. */
let holdRequest: ((path: string) => Promise<void> | undefined) | undefined;
const sample = sampleInChromium('search', { base: BASE, serve: { hold: (path) => holdRequest?.(path) } });
const { work } = sample;

const url = (path: string) => `${sample.site.url}${path.replace(/^\//, '')}`;
/** `/wujin-archive/zh-hans/2024/10/13/3/` → `2024-10-13-003`. */
const idOf = (href: string) => {
  const [, date, order] = /(\d{4}\/\d{2}\/\d{2})\/(\d+)\/$/.exec(href)!;
  return `${date!.replace(/\//g, '-')}-${order!.padStart(3, '0')}`;
};

async function openSearch(page: Page, script: string, search = ''): Promise<void> {
  await page.goto(url(`/${script}/search/${search}`));
  await searchDone(page, 0);
}

const runs = (page: Page) => page.evaluate(() => Number(document.querySelector<HTMLElement>('[data-search]')?.dataset.searchRuns ?? 0));

/** Waits until the page has finished a search after `previousRuns`. */
async function searchDone(page: Page, previousRuns: number): Promise<void> {
  await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('[data-search]')?.dataset.searchRuns ?? 0) > n, previousRuns);
}

/** Types a query into the real search form and waits for its results. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  const before = await runs(page);
  await page.fill('#search-page-q', query);
  await page.press('#search-page-q', 'Enter');
  await searchDone(page, before);
  return resultLinks(page);
}

/** Opens the facet panel and waits for its counts. */
async function openFacets(page: Page): Promise<void> {
  await page.click('[data-facets] summary');
  await page.waitForFunction(() => /^计数|^計數/.test(document.querySelector('[data-facet-note]')?.textContent ?? ''));
}

function resultLinks(page: Page): Promise<string[]> {
  return page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

describe('the query set', () => {
  for (const script of ['zh-hans', 'zh-hant'] as const) {
    it(`finds every expected article in the top 3 on /${script}/search/, typed in either script`, async () => {
      const page = await sample.browser.newPage();
      await openSearch(page, script);
      const misses: string[] = [];
      for (const query of queries) {
        for (const typed of [query.hans, query.hant]) {
          const top3 = (await searchFor(page, typed)).slice(0, 3).map(idOf);
          if (!top3.includes(query.expect)) misses.push(`${typed} (${query.what}): expected ${query.expect}, got ${top3.join(', ') || 'nothing'}`);
        }
      }
      expect(queries.length).toBeGreaterThanOrEqual(25);
      expect(misses).toEqual([]);
      await page.close();
    }, 120_000);
  }
});

describe('recall through the search page', () => {
  for (const tree of ['zh-hans', 'zh-hant'] as const) {
    it(`finds every article holding a phrase sampled from the text, typed in either script, on /${tree}/search/`, async () => {
      const articles = sampleArticles();
      const personNames = [...new Set(articles.flatMap((a) => [...a.authors, ...a.photographers]))];
      const texts = writeArticlesInBothScripts(join(work, `texts-${tree}`), articles, personNames);
      const converter = createConverter({ variant: 'tw', personNames });
      const names = personNames.map((name) => (tree === 'zh-hans' ? name : converter.toTraditional(name)));
      const convert = queryConverter(queryMapsOf(texts['zh-hans'], texts['zh-hant'], personNames.map((n) => [n, converter.toTraditional(n)])));
      // Phrases held by at most ten articles, so that the whole answer is a few pages to read.
      const phrases = samplePhrases(texts[tree], tree, names, 6, 'browser').filter((p) => holding(texts[tree], p.phrase).size <= 10);
      expect(phrases.length).toBeGreaterThanOrEqual(15);
      const page = await sample.browser.newPage();
      await openSearch(page, tree, '?sort=newest');
      const misses: string[] = [];
      for (const sampled of phrases) {
        const truth = holding(texts[tree], sampled.phrase);
        const typedIn = [sampled.phrase, convert(sampled.phrase, tree)];
        for (const typed of new Set(typedIn)) {
          await searchFor(page, typed);
          while (await page.isVisible('[data-search-more]')) {
            const count = await page.locator('[data-search-results] li').count();
            await page.click('[data-search-more]');
            await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length > n, count);
          }
          const found = new Set((await resultLinks(page)).map((href) => articleKey(href.slice(BASE.length - 1))));
          const missed = [...truth].filter((key) => !found.has(key));
          if (missed.length > 0) misses.push(`${sampled.kind} ${sampled.phrase} typed ${typed}: missed ${missed.join(', ')}`);
        }
      }
      expect(misses).toEqual([]);
      await page.close();
    }, 180_000);
  }
});

describe('the search page', () => {
  it('gives the same results for 发展 and 發展 in both trees, and keeps the typed query', async () => {
    const page = await sample.browser.newPage();
    const results: Record<string, string[]> = {};
    for (const script of ['zh-hans', 'zh-hant']) {
      await openSearch(page, script);
      for (const typed of ['发展', '發展']) {
        results[`${script} ${typed}`] = (await searchFor(page, typed)).map(idOf).sort();
        expect(await page.inputValue('#search-page-q')).toBe(typed);
      }
    }
    const all = Object.values(results);
    expect(all[0]!.length).toBeGreaterThan(5);
    for (const list of all) expect(list).toEqual(all[0]);
    await page.close();
  });

  it('puts the search in the URL, restores it on back, and links results under the base', async () => {
    const page = await sample.browser.newPage();
    await openSearch(page, 'zh-hans');
    const first = await searchFor(page, '签约');
    expect(new URL(page.url()).searchParams.get('q')).toBe('签约');
    expect(first[0]!.startsWith(`${BASE}zh-hans/`)).toBe(true);
    await searchFor(page, '液流电池');
    const before = await runs(page);
    await page.goBack();
    await searchDone(page, before);
    expect(await page.locator('[data-search-status]').textContent()).toContain('签约');
    expect(await page.inputValue('#search-page-q')).toBe('签约');
    await page.click('[data-search-results] h2 a');
    await page.waitForURL(`${sample.site.origin}${first[0]}`);
    await page.close();
  });

  it('opens a linked search with filters, facets with counts, sort and a date range', async () => {
    const page = await sample.browser.newPage();
    await openSearch(page, 'zh-hant', '?q=发展&author=朱梦琪&sort=oldest');
    const hrefs = await resultLinks(page);
    const ids = hrefs.map(idOf);
    expect(ids.length).toBeGreaterThan(1);
    expect([...ids].sort()).toEqual(ids);
    expect(await page.isChecked('input[name="author"][value="朱夢琪"]')).toBe(true);
    await openFacets(page);
    expect(await page.locator('input[name="author"][value="朱夢琪"] + label [data-count]').textContent()).toBe(`（${ids.length}）`);
    const before = await runs(page);
    await page.fill('#search-from', '2024-10-01');
    await page.dispatchEvent('#search-from', 'change');
    await searchDone(page, before);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2024-10-01');
    const ranged = await resultLinks(page);
    expect(ranged.length).toBeGreaterThan(0);
    expect(ranged.length).toBeLessThan(ids.length);
    for (const href of ranged) expect(idOf(href) >= '2024-10-01').toBe(true);
    await page.close();
  });

  it('loads more results ten at a time', async () => {
    const page = await sample.browser.newPage();
    await openSearch(page, 'zh-hans', '?q=发展');
    expect(await page.locator('[data-search-results] li').count()).toBe(10);
    await page.click('[data-search-more]');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 10);
    expect(await page.isHidden('[data-search-more]')).toBe(true);
    await page.close();
  });

  it('says when nothing is found and offers the other tree and removing filters', async () => {
    const page = await sample.browser.newPage();
    await openSearch(page, 'zh-hans', '?q=火星探测器&kind=photo');
    expect(await page.locator('[data-search-status]').textContent()).toBe('没有找到与“火星探测器”相关的文章。');
    const other = page.locator('[data-search-suggestions] a');
    expect(await other.getAttribute('href')).toBe(`${BASE}zh-hant/search/?q=${encodeURIComponent('火星探测器')}&kind=photo`);
    await page.click('[data-search-suggestions] button');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('kind'));
    await page.close();
  });

  it('carries the search across the 简/繁 toggle', async () => {
    const page = await sample.browser.newPage();
    await openSearch(page, 'zh-hans', '?q=签约');
    await page.waitForFunction(() => document.querySelector('.script-toggle')?.getAttribute('href')?.includes('q='));
    await page.click('.script-toggle');
    await page.waitForURL((u) => u.pathname === `${BASE}zh-hant/search/` && u.searchParams.get('q') === '签约');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('簽約'));
    await page.close();
  });

  it('has no axe violations with results and facets shown, in both scripts', async () => {
    const page = await sample.browser.newPage();
    for (const script of ['zh-hans', 'zh-hant']) {
      await openSearch(page, script, '?q=发展');
      expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
      await openFacets(page);
      expect(await page.isVisible('[data-mentions]')).toBe(true);
      expect(await axeViolations(page), script).toEqual([]);
    }
    await page.close();
  });
});

/** Paths the page (and its Pagefind worker) fetched, under the base. */
function watchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.context().on('request', (request) => {
    const { pathname, search } = new URL(request.url());
    seen.push(`${pathname.slice(BASE.length - 1)}${search}`);
  });
  return seen;
}

const statusText = (page: Page) => page.locator('[data-search-status]').textContent();
const periodMetas = (seen: string[]) => [...new Set(seen.filter((path) => path.endsWith('.pf_meta')).map((path) => path.split('/')[3]))];

describe('searching period by period', () => {
  it('shows the newest results before the older periods are searched, says “at least”, and goes on with “more” to an exact count', async () => {
    const context = await sample.browser.newContext();
    const page = await context.newPage();
    const seen = watchRequests(page);
    await openSearch(page, 'zh-hans', '?q=发展&sort=newest');
    const first = await statusText(page);
    const [, atLeast, searched, total] = /^“发展”：找到至少 (\d+) 篇文章（已搜索 (\d)\/(\d) 个时段）$/.exec(first ?? '') ?? [];
    expect(first).toMatch(/至少/);
    expect(Number(searched)).toBeLessThan(Number(total));
    expect(Number(atLeast)).toBeGreaterThanOrEqual(10);
    // Periods not searched yet were not even loaded (the newest is warmed at start-up).
    expect(periodMetas(seen).length).toBe(Number(searched));
    const newestFirst = (await resultLinks(page)).map(idOf);
    expect([...newestFirst].sort().reverse()).toEqual(newestFirst);

    while (await page.isVisible('[data-search-more]')) {
      const count = await page.locator('[data-search-results] li').count();
      await page.click('[data-search-more]');
      await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length > n, count);
    }
    const all = (await resultLinks(page)).map(idOf);
    expect(await statusText(page)).toBe(`“发展”：找到 ${all.length} 篇文章`);
    expect([...all].sort().reverse()).toEqual(all);
    expect(periodMetas(seen).length).toBe(Number(total));

    // The same articles as the default order finds, which ranks this selective query by relevance.
    await openSearch(page, 'zh-hans', '?q=发展');
    while (await page.isVisible('[data-search-more]')) {
      const count = await page.locator('[data-search-results] li').count();
      await page.click('[data-search-more]');
      await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length > n, count);
    }
    expect((await resultLinks(page)).map(idOf).sort()).toEqual([...all].sort());
    await context.close();
  });

  it('says when “more” fails to load a period, and loads it when asked again', async () => {
    const context = await sample.browser.newContext();
    const page = await context.newPage();
    await openSearch(page, 'zh-hans', '?q=发展&sort=newest');
    const shown = await page.locator('[data-search-results] li').count();
    const before = await statusText(page);
    // The periods not searched yet cannot be reached: taken off the server (Pagefind fetches from
    // its worker, whose requests a page route does not always see).
    const [, searched] = /已搜索 (\d)\/\d 个时段/.exec(before ?? '') ?? [];
    expect(Number(searched)).toBeGreaterThan(0);
    const folder = (id: string) => join(work, 'dist', 'pagefind', 'zh-hans', id);
    const { periods } = JSON.parse(readFileSync(join(work, 'dist', 'pagefind', 'zh-hans', 'periods.json'), 'utf8')) as { periods: Array<{ id: string }> };
    const unreachable = periods.slice(Number(searched)).map((p) => p.id);
    expect(unreachable.length).toBeGreaterThan(0);
    const restore = () => unreachable.filter((id) => existsSync(`${folder(id)}.hidden`)).forEach((id) => renameSync(`${folder(id)}.hidden`, folder(id)));
    try {
      for (const id of unreachable) renameSync(folder(id), `${folder(id)}.hidden`);
      await page.click('[data-search-more]');
      await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent === '未能加载更多结果，请再试一次。');
      expect(await page.locator('[data-search-results] li').count()).toBe(shown);
      expect(await page.isVisible('[data-search-more]')).toBe(true);
    } finally {
      restore();
    }
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length > n, shown);
    expect(await statusText(page)).not.toBe(before);
    expect(await statusText(page)).toMatch(/^“发展”：找到/);
    const ids = (await resultLinks(page)).map(idOf);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort().reverse()).toEqual(ids);
    await context.close();
  });

  it('shows the filters in force outside the closed facet panel, each removable', async () => {
    const page = await sample.browser.newPage();
    await openSearch(page, 'zh-hant', '?q=签约&kind=news&year=2024');
    expect(await page.locator('[data-facets]').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await page.isVisible('[data-active-filters]')).toBe(true);
    const chips = page.locator('[data-active-filters] button');
    expect(await chips.allTextContents()).toEqual(['新聞 ×', '2024年 ×']);
    expect(await chips.first().getAttribute('aria-label')).toBe('移除篩選：新聞');
    const before = await runs(page);
    await chips.first().click();
    await searchDone(page, before);
    expect(new URL(page.url()).searchParams.get('kind')).toBeNull();
    expect(new URL(page.url()).searchParams.get('year')).toBe('2024');
    expect(await chips.allTextContents()).toEqual(['2024年 ×']);
    await page.close();
  });

  it('shows the first results while older periods are still being searched', async () => {
    const context = await sample.browser.newContext();
    const page = await context.newPage();
    await openSearch(page, 'zh-hans');
    // Every period but the newest answers late (held at the server: Pagefind fetches from its worker).
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    holdRequest = (path) => (/\/pagefind\/zh-hans\/\d{4}-\d{2}[a-z]?\/pagefind-entry\.json$/.test(path) && !path.includes('/2024-12/') ? held : undefined);
    await page.selectOption('#search-sort', 'newest');
    await page.fill('#search-page-q', '发展');
    await page.press('#search-page-q', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0);
    expect(await statusText(page)).toMatch(/^“发展”：找到至少 \d+ 篇文章（已搜索 1\/\d 个时段）$/);
    expect(await page.isVisible('[data-search-more]')).toBe(false);
    const early = await page.locator('[data-search-results] li').count();
    expect(early).toBeLessThan(10);
    // Nothing more while the older periods are held.
    await page.waitForTimeout(300);
    expect(await page.locator('[data-search-results] li').count()).toBe(early);
    release();
    holdRequest = undefined;
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length > n, early);
    await context.close();
  });

  it('lists oldest first and newest first on request, across periods', async () => {
    const page = await sample.browser.newPage();
    await openSearch(page, 'zh-hant', '?q=签约&sort=oldest');
    const oldest = (await resultLinks(page)).map(idOf);
    expect(new Set(oldest.map((id) => id.slice(0, 7))).size).toBeGreaterThan(1);
    expect([...oldest].sort()).toEqual(oldest);
    expect(await page.inputValue('#search-sort')).toBe('oldest');
    const before = await runs(page);
    await page.selectOption('#search-sort', 'newest');
    await searchDone(page, before);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('newest');
    const newest = (await resultLinks(page)).map(idOf);
    expect(newest).toEqual([...oldest].reverse());
    await page.close();
  });

  it('loads no filter file until the facet panel is opened, then counts over what was searched and says so', async () => {
    const context = await sample.browser.newContext();
    const page = await context.newPage();
    const seen = watchRequests(page);
    await openSearch(page, 'zh-hans', '?q=发展&sort=newest');
    expect(await page.locator('[data-search-results] li').count()).toBe(10);
    expect(seen.filter((path) => path.includes('/filter/'))).toEqual([]);
    expect(await page.locator('.facet-options [data-count]').allTextContents()).toEqual(expect.arrayContaining(['']));
    await openFacets(page);
    expect(seen.filter((path) => path.includes('/filter/')).length).toBeGreaterThan(0);
    expect(await page.locator('[data-facet-note]').textContent()).toMatch(/^计数只包括已搜索的 \d\/\d 个时段。$/);
    const counted = await page.locator('input[name="kind"] + label [data-count]').allTextContents();
    expect(counted.every((text) => /^（\d+）$/.test(text))).toBe(true);
    await context.close();
  });

  it('draws mentions over time for a query, as estimates, each year a link narrowing the search', async () => {
    const page = await sample.browser.newPage();
    await openSearch(page, 'zh-hans', '?q=签约');
    expect(await page.isVisible('[data-mentions]')).toBe(true);
    expect(await page.locator('[data-mentions] figcaption').textContent()).toBe('“签约”历年出现的文章数（估计）');
    const year = page.locator('[data-mentions-list] a').first();
    // The text alternative: each year's link reads as year and estimate.
    expect(await year.evaluate((a) => a.querySelector('.visually-hidden')?.textContent)).toMatch(/^2024年：约 \d+ 篇$/);
    expect(await year.getAttribute('href')).toBe(`${BASE}zh-hans/search/?q=${encodeURIComponent('签约')}&from=2024-01-01&to=2024-12-31`);
    // One year, the busiest: the tallest bar (sized through the CSSOM, which the policy allows).
    expect(await page.locator('.mentions-bar').first().evaluate((bar) => bar.getBoundingClientRect().height)).toBeGreaterThan(40);
    const before = await runs(page);
    await year.click();
    await searchDone(page, before);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2024-01-01');
    expect(await page.inputValue('#search-to')).toBe('2024-12-31');
    expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('preloads Pagefind, its wasm and the period list, and warms the newest period before any query', async () => {
    const context = await sample.browser.newContext();
    const page = await context.newPage();
    const seen = watchRequests(page);
    await openSearch(page, 'zh-hant');
    const preloads = await page.locator('link[rel="modulepreload"], link[rel="preload"]').evaluateAll((links) => links.map((l) => `${l.getAttribute('rel')} ${l.getAttribute('href')}`));
    expect(preloads).toEqual(
      expect.arrayContaining([`modulepreload ${BASE}pagefind/pagefind.js`, `preload ${BASE}pagefind/wasm.unknown.pagefind`, `preload ${BASE}pagefind/zh-hant/periods.json`]),
    );
    await expect.poll(() => periodMetas(seen)).toEqual(['2024-12']);
    // The entry file carries the period's cache tag instead of a timestamp.
    const entry = seen.find((path) => path.startsWith('/pagefind/zh-hant/2024-12/pagefind-entry.json'));
    expect(entry).toMatch(/^\/pagefind\/zh-hant\/2024-12\/pagefind-entry\.json\?ts=zh-hant_[0-9a-f]+$/);
    await context.close();
  });
});
