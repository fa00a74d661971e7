import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from '../../src/lib/dev/static-server.ts';
import { launchChromium } from '../helpers/browser.ts';
import { buildSplitSample } from '../helpers/split.ts';

/**
 * A split archive (issue 15) served as its sites would be: the hub and the 2023 and 2024 sites,
 * each on an origin of its own (`hub.localhost`, `y2023.localhost`, `y2024.localhost`, which
 * Chromium is told to find on three local servers), read and searched across them in Chromium.
 */
const HUB = 'http://hub.localhost/';
const YEAR = (year: string) => `http://y${year}.localhost/`;
const work = mkdtempSync(join(tmpdir(), 'archive-split-browser-'));
const servers: StaticSite[] = [];
let browser: Browser;
/** Whether the servers answer: a worker's own requests ignore Playwright's offline switch. */
let reachable = true;

beforeAll(async () => {
  const built = buildSplitSample(work, { SITE_URL: 'http://hub.localhost', BASE_PATH: '/', YEAR_SITE_URL: 'http://y{year}.localhost/' });
  if (built.build.status !== 0) throw new Error(`build failed:\n${built.build.stdout}\n${built.build.stderr}`);
  const rules: string[] = [];
  for (const [site, host] of [['hub', 'hub.localhost'], ['2023', 'y2023.localhost'], ['2024', 'y2024.localhost']] as const) {
    const server = await serveStatic(join(built.sites, site), '/', { reachable: () => reachable });
    servers.push(server);
    rules.push(`MAP ${host} 127.0.0.1:${new URL(server.url).port}`);
  }
  browser = await launchChromium([`--host-resolver-rules=${rules.join(',')}`]);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.close();
  rmSync(work, { recursive: true, force: true });
});

/** A page that records what the policy refused and what failed to load. */
async function openPage(context?: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await (context ?? browser).newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  // A request the page's own navigation cancelled (a favicon still loading when a link is followed) is no failure.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.url()}: ${response.status()}`);
  });
  return { page, problems };
}

/** Whether the page's stylesheet (the hub's) applied: it moves the skip link out of sight. */
const styled = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')!).position === 'absolute');

describe('a split archive on three origins', () => {
  it('goes from the hub’s home to an issue on its year’s site, styled by the hub’s stylesheet', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${HUB}zh-hans/`);
    expect(await styled(page)).toBe(true);
    const issue = page.locator(`a[href^="${YEAR('2024')}zh-hans/2024/12/07/"]`).first();
    await issue.click();
    await page.waitForURL(`${YEAR('2024')}zh-hans/2024/12/07/**`);
    expect(await styled(page)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('toggles the script on the year’s site, and goes home to the hub', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${YEAR('2024')}zh-hans/2024/10/13/`);
    await page.click('a[hreflang="zh-Hant"], a[lang="zh-Hant"]');
    await page.waitForURL(`${YEAR('2024')}zh-hant/2024/10/13/`);
    await page.click(`a[href="${HUB}zh-hant/"]`);
    await page.waitForURL(`${HUB}zh-hant/`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('goes from the last issue of 2023 to the first of 2024 on the other year’s site', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${YEAR('2023')}zh-hans/2023/12/30/`);
    await page.click(`a[href="${YEAR('2024')}zh-hans/2024/07/27/"]`);
    await page.waitForURL(`${YEAR('2024')}zh-hans/2024/07/27/`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('searches the periods of both years from the hub, each result on its year’s site', async () => {
    const { page, problems } = await openPage();
    for (const [query, year] of [['项目攻坚之势', '2023'], ['支撑武进产业之进', '2024']] as const) {
      await page.goto(`${HUB}zh-hans/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => document.querySelectorAll('[data-search-results] h2 a').length > 0, undefined, { timeout: 20_000 });
      const links = await page.locator('[data-search-results] h2 a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      expect(links[0], query).toMatch(new RegExp(`^${YEAR(year).replace(/[.]/g, '\\.')}zh-hans/${year}/\\d{2}/\\d{2}/\\d+/$`));
    }
    await page.locator('[data-search-results] h2 a').first().click();
    await page.waitForURL(`${YEAR('2024')}zh-hans/2024/**`);
    // Nothing refused by the policy, nothing missing. (Pagefind cannot start its worker from
    // another origin's index: it warns, and searches in the page instead.)
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists this day in past years on a year’s month page from the hub’s day file, linking to each issue’s site', async () => {
    const context = await browser.newContext({ timezoneId: 'Asia/Shanghai' });
    const { page, problems } = await openPage(context);
    await page.clock.setFixedTime(new Date('2026-12-30T09:00:00+08:00'));
    await page.goto(`${YEAR('2024')}zh-hans/2024/10/`);
    await expect.poll(() => page.locator('[data-on-this-day-list] a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).toEqual([`${YEAR('2023')}zh-hans/2023/12/30/`]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('saves one month of a year on that year’s site, and reads and searches exactly that offline there', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openPage(context);
    // The hub's save page sends a reader to the year's.
    await page.goto(`${HUB}zh-hans/offline/`);
    await page.click(`[data-offline-year-sites] a[href="${YEAR('2024')}zh-hans/2024/offline/"]`);
    await page.waitForURL(`${YEAR('2024')}zh-hans/2024/offline/`);
    expect(await page.locator('h1').textContent()).toBe('保存2024年的报纸，离线阅读和搜索');
    const row = page.locator('[data-offline-part="2024-10"]');
    await expect.poll(async () => row.getAttribute('data-offline-part-state'), { timeout: 30_000 }).toBe('none');
    expect(await row.locator('.offline-part-label').textContent()).toMatch(/^2024年10月13日至2024年10月13日，6 篇，[\d.]+ KB$/);
    // Only this year's months are offered.
    expect(await page.locator('[data-offline-part]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-offline-part')))).toEqual(['2024-12', '2024-10', '2024-08', '2024-07']);
    await expect.poll(() => row.locator('button').isEnabled(), { timeout: 20_000 }).toBe(true);
    await row.locator('button').click();
    await expect.poll(async () => row.getAttribute('data-offline-part-state'), { timeout: 60_000 }).toBe('complete');
    expect(await page.locator('[data-offline-parts-status]').textContent()).toMatch(/^已保存 1 个时段，共 [\d.]+ KB。$/);

    // The browser goes offline before the servers drop connections, and the servers answer again
    // before it comes back: a request sent in between would fail for the order of these steps
    // (its socket destroyed: ERR_EMPTY_RESPONSE), not for anything the site does.
    await context.setOffline(true);
    reachable = false;
    try {
      await page.goto(`${YEAR('2024')}zh-hans/2024/10/13/3/`);
      expect(await page.locator('h1').textContent()).toMatch(/^苏州丝波敦.*签约落地西太湖$/);
      // The hub's stylesheet, precached by the year's worker at the hub's address.
      expect(await styled(page)).toBe(true);
      await page.goto(`${YEAR('2024')}zh-hans/2024/08/28/1/`);
      expect(await page.locator('h1').textContent()).toBe('这个页面没有离线副本');
      await page.goto(`${YEAR('2024')}zh-hans/2024/search/?q=${encodeURIComponent('发展')}`);
      await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false' && document.querySelector('[data-search-status]')?.textContent?.includes('找到'), undefined, { timeout: 20_000 });
      expect(await page.locator('[data-search-offline]').textContent()).toBe('离线：只搜索已保存的 1 个时段（2024年10月13日）。');
      const found = await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(found.length).toBeGreaterThan(0);
      expect(found.filter((href) => !href.startsWith(`${YEAR('2024')}zh-hans/2024/10/`))).toEqual([]);
      await page.locator('[data-search-results] h2 a').first().click();
      await page.waitForURL(`${YEAR('2024')}zh-hans/2024/10/**`);
      expect(await styled(page)).toBe(true);
    } finally {
      reachable = true;
      await context.setOffline(false);
    }
    expect(problems.filter((problem) => !/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION|Failed to load resource/.test(problem))).toEqual([]);
    await context.close();
  }, 180_000);
});
