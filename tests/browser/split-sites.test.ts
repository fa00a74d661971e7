import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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

beforeAll(async () => {
  const built = buildSplitSample(work, { SITE_URL: 'http://hub.localhost', BASE_PATH: '/', YEAR_SITE_URL: 'http://y{year}.localhost/' });
  if (built.build.status !== 0) throw new Error(`build failed:\n${built.build.stdout}\n${built.build.stderr}`);
  const rules: string[] = [];
  for (const [site, host] of [['hub', 'hub.localhost'], ['2023', 'y2023.localhost'], ['2024', 'y2024.localhost']] as const) {
    const server = await serveStatic(join(built.sites, site), '/');
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
async function openPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
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
});
