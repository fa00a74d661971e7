import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from '../../src/lib/dev/static-server.ts';
import { launchChromium } from '../helpers/browser.ts';
import { runAstroBuild, runIngest } from '../helpers/run.ts';
import { SEEDS_DIR } from '../helpers/seeds.ts';

/**
 * Offline reading end to end, under a project-site base: the first deploy lacks the 2024-12-07
 * issue (seed 004), the second adds it. While "offline" the server drops every connection, so
 * nothing can come from the network whatever the browser's offline emulation covers.
 */
const BASE = '/wujin-archive/';
const LATER_SEED = '004_20bfb9a86f03d2e9.txt';
const work = mkdtempSync(join(tmpdir(), 'archive-offline-'));
let served = join(work, 'first', 'dist');
let reachable = true;
let site: StaticSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;

function deploy(name: string, seedNames: string[]): string {
  const seeds = join(work, name, 'seeds');
  mkdirSync(seeds, { recursive: true });
  for (const seed of seedNames) cpSync(join(SEEDS_DIR, seed), join(seeds, seed));
  writeFileSync(join(seeds, 'issues.json'), readFileSync(join(SEEDS_DIR, 'issues.json')));
  const content = join(work, name, 'content');
  const dist = join(work, name, 'dist');
  for (const result of [
    runIngest(seeds, content),
    runAstroBuild({ contentDir: content, seedsDir: seeds, outDir: dist, cacheDir: join(work, name, 'cache'), base: BASE }),
  ]) {
    if (result.status !== 0) throw new Error(`${name} build failed:\n${result.stdout}\n${result.stderr}`);
  }
  return dist;
}

const allSeeds = ['000_7ae84348bd6342b6.txt', '001_234e97dd3e42aa41.txt', '002_04e94acb881a18bc.txt', '003_f04102f983c17de7.txt', LATER_SEED];
let secondDist: string;

beforeAll(async () => {
  served = deploy('first', allSeeds.filter((seed) => seed !== LATER_SEED));
  secondDist = deploy('second', allSeeds);
  site = await serveStatic(served, BASE, { root: () => served, reachable: () => reachable });
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

const url = (path: string) => `${site.url}${path.replace(/^\//, '')}`;

async function goOffline(offline: boolean) {
  reachable = !offline;
  await context.setOffline(offline);
}

async function saveForOffline() {
  await page.goto(url('/zh-hans/offline/'));
  const save = page.locator('[data-offline-save]');
  await expect.poll(() => save.isEnabled(), { timeout: 20_000 }).toBe(true);
  expect(await page.locator('[data-offline-size]').textContent()).toMatch(/^需要下载 \d+ 个文件，共 [\d.]+ KB。$/);
  expect(await page.locator('[data-offline-storage]').textContent()).toMatch(/可用存储空间约/);
  await page.evaluate(() => {
    const progress = document.querySelector('[data-offline-progress]')!;
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => seen.push(progress.textContent ?? '')).observe(progress, { childList: true, characterData: true, subtree: true });
  });
  await save.click();
  await page.waitForFunction(() => document.querySelector('[data-offline-status]')?.textContent?.startsWith('已保存'), undefined, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen.filter(Boolean));
}

async function search(query: string): Promise<string[]> {
  await page.goto(url(`/zh-hans/search/?q=${encodeURIComponent(query)}`));
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('找到'), undefined, { timeout: 20_000 });
  return page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

describe('save for offline', () => {
  it('downloads the whole Simplified archive with a progress report', async () => {
    await page.goto(url('/zh-hans/'));
    const list = JSON.parse(readFileSync(join(served, 'offline', 'zh-hans.json'), 'utf8')) as { files: number };
    const progress = await saveForOffline();
    expect(progress[0]).toMatch(/^已下载 1\/\d+ 个文件/);
    expect(progress.at(-1)).toMatch(new RegExp(`^已下载 ${list.files}/${list.files} 个文件，[\\d.]+ KB/[\\d.]+ KB$`));
    expect(await page.locator('[data-offline-status]').textContent()).toMatch(new RegExp(`^已保存：${list.files} 个文件`));
    expect(await page.locator('[data-offline-remove]').isVisible()).toBe(true);
  });

  it('opens a page never visited, searches and opens a result with no network', async () => {
    await goOffline(true);
    await page.goto(url('/zh-hans/2024/10/13/'));
    expect(await page.locator('h1').textContent()).toContain('2024年10月13日');
    const online = await search('签约');
    expect(online.length).toBeGreaterThan(0);
    await page.click('[data-search-results] h2 a');
    await page.waitForURL(`${site.origin}${online[0]}`);
    expect(await page.locator('h1').textContent()).toBe('苏州丝波敦项目签约落地西太湖');
    await goOffline(false);
  });

  it('has every file of the list offline', async () => {
    const list = JSON.parse(readFileSync(join(served, 'offline', 'zh-hans.json'), 'utf8')) as { entries: Array<[string, string, number]> };
    await goOffline(true);
    const failed = await page.evaluate(async (paths) => {
      const results = await Promise.all(paths.map(async (path) => ({ path, ok: (await fetch(path).catch(() => undefined))?.ok === true })));
      return results.filter((result) => !result.ok).map((result) => result.path);
    }, list.entries.map(([path]) => `${BASE}${path}`));
    await goOffline(false);
    expect(failed).toEqual([]);
    expect(list.entries.length).toBeGreaterThan(50);
  });

  it('finds offline exactly what it finds online', async () => {
    const queries = ['发展', '發展', '朱梦琪', '学习日'];
    const online = [];
    for (const query of queries) online.push(await search(query));
    await goOffline(true);
    const offline = [];
    for (const query of queries) offline.push(await search(query));
    await goOffline(false);
    expect(offline).toEqual(online);
  });

  it('shows a page in its script that says a page was not saved', async () => {
    await goOffline(true);
    await page.goto(url('/zh-hant/2024/10/13/2/'));
    expect(await page.locator('h1').textContent()).toBe('這個頁面沒有離線副本');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    await goOffline(false);
  });
});

describe('a new deploy', () => {
  it('offers a reload, then shows the new issue, also offline', async () => {
    await page.goto(url('/zh-hans/'));
    expect(await page.content()).not.toContain('2024/12/07');
    served = secondDist;
    await page.goto(url('/zh-hans/'));
    const notice = page.locator('[data-update-notice]');
    await notice.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await notice.textContent()).toContain('有新的一期可以阅读');
    await Promise.all([page.waitForEvent('load'), notice.locator('button').click()]);
    await page.waitForFunction(() => document.body.innerHTML.includes('/2024/12/07/'));

    await goOffline(true);
    await page.goto(url('/zh-hans/2024/12/07/'));
    expect(await page.locator('h1').textContent()).toContain('2024年12月7日');
    expect(await search('液流电池')).toEqual([`${BASE}zh-hans/2024/12/07/2/`]);
    await goOffline(false);
  });

  it('keeps one build’s caches only, and removing the saved archive empties the runtime cache', async () => {
    await page.goto(url('/zh-hans/offline/'));
    await page.waitForFunction(() => document.querySelector('[data-offline-status]')?.textContent?.startsWith('已保存'), undefined, { timeout: 20_000 });
    const runtimeCaches = () => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('wujin-archive-runtime-')));
    expect(await runtimeCaches()).toHaveLength(1);
    await page.click('[data-offline-remove]');
    await page.waitForFunction(() => document.querySelector('[data-offline-status]')?.textContent === '离线副本已删除。');
    const left = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url).filter((u) => u.includes('/2024/')), (await runtimeCaches())[0]!);
    expect(left).toEqual([]);
  });
});
