import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from '../../src/lib/dev/static-server.ts';
import { launchChromium } from '../helpers/browser.ts';
import { buildSampleSite } from '../helpers/run.ts';

/** The archive on one local port, a librarian's page that embeds it on another (another origin). */
const BASE = '/wujin-archive/';
const work = mkdtempSync(join(tmpdir(), 'archive-embed-'));
let archive: StaticSite;
let host: StaticSite;
let browser: Browser;

beforeAll(async () => {
  const dist = join(work, 'dist');
  const build = buildSampleSite(dist, join(work, 'cache'), BASE);
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  archive = await serveStatic(dist, BASE);
  const hostRoot = join(work, 'host');
  mkdirSync(hostRoot);
  writeFileSync(
    join(hostRoot, 'iframe.html'),
    `<!doctype html><html lang="en"><title>Library</title><h1>Our library</h1>
<iframe id="archive" title="Archive search" style="width:100%;border:0;height:120px" src="${archive.url}embed/search/?script=hant&q=${encodeURIComponent('签约')}"></iframe>
<script>
  window.heights = [];
  window.addEventListener('message', (event) => {
    if (event.origin !== ${JSON.stringify(archive.origin)} || event.data?.type !== 'wujin-archive:height') return;
    window.heights.push(event.data.height);
    document.getElementById('archive').style.height = event.data.height + 'px';
  });
</script>`,
  );
  writeFileSync(
    join(hostRoot, 'component.html'),
    `<!doctype html><html lang="en"><title>Library</title><style>iframe { display: none !important }</style>
<script type="module" src="${archive.url}embed.js"></script>
<wujin-archive-search q="发展"></wujin-archive-search>`,
  );
  host = await serveStatic(hostRoot, '/');
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await archive?.close();
  await host?.close();
  rmSync(work, { recursive: true, force: true });
});

async function embeddedFrame(pageFrames: () => Frame[]): Promise<Frame> {
  await expect.poll(() => pageFrames().some((frame) => frame.url().startsWith(`${archive.url}embed/search/`)), { timeout: 20_000 }).toBe(true);
  return pageFrames().find((frame) => frame.url().startsWith(`${archive.url}embed/search/`))!;
}

describe('the search embed in an iframe on another origin', () => {
  it('runs the query from the URL in Traditional, opens articles in a new tab, and sizes its iframe', async () => {
    const page = await browser.newPage();
    await page.goto(`${host.url}iframe.html`);
    const frame = await embeddedFrame(() => page.frames());
    await frame.waitForSelector('[data-embed-results] li a', { timeout: 20_000 });
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    expect(await frame.locator('label').textContent()).toBe('搜索檔案');
    const links = await frame.locator('[data-embed-results] li a').evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, target: (a as HTMLAnchorElement).target, text: a.textContent })));
    expect(links.length).toBeGreaterThan(0);
    expect(links.map((l) => l.text)).toContain('蘇州絲波敦項目簽約落地西太湖');
    for (const link of links) {
      expect(link.href).toMatch(new RegExp(`^${archive.url}zh-hant/2024/\\d{2}/\\d{2}/\\d+/$`));
      expect(link.target).toBe('_blank');
    }
    await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0)).toBeGreaterThan(120);
    const frameHeight = await page.locator('#archive').evaluate((el) => el.getBoundingClientRect().height);
    const contentHeight = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(1);

    const [article] = await Promise.all([page.context().waitForEvent('page'), frame.locator('[data-embed-results] li a').first().click()]);
    await article.waitForLoadState();
    expect(article.url()).toBe(links[0]!.href);
    await article.close();
    await page.close();
  });

  it('searches again when the reader types', async () => {
    const page = await browser.newPage();
    await page.goto(`${host.url}iframe.html`);
    const frame = await embeddedFrame(() => page.frames());
    await frame.waitForSelector('[data-embed-results] li a', { timeout: 20_000 });
    await frame.fill('input[name="q"]', '液流电池');
    await frame.press('input[name="q"]', 'Enter');
    await frame.waitForFunction(() => document.querySelector('[data-embed-results] li a')?.textContent === '長三角液流電池產業生態大會在我區舉行');
    await page.close();
  });

  it('lists the newest results first and stops after the first periods, with an honest count', async () => {
    const page = await browser.newPage();
    await page.goto(`${host.url}iframe.html`);
    const frame = await embeddedFrame(() => page.frames());
    await frame.waitForSelector('[data-embed-results] li a', { timeout: 20_000 });
    await frame.fill('input[name="q"]', '发展');
    await frame.press('input[name="q"]', 'Enter');
    await frame.waitForFunction(() => /^至少 \d+ 篇$/.test(document.querySelector('[data-embed-status]')?.textContent ?? ''));
    const dates = await frame.locator('[data-embed-results] li .meta').evaluateAll((metas) => metas.map((m) => m.textContent!.slice(0, 10)));
    expect(dates).toHaveLength(5);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(await frame.isVisible('[data-embed-more]')).toBe(true);
    await page.close();
  });
});

describe('the web component', () => {
  it('renders <wujin-archive-search> in Shadow DOM on a plain page, unaffected by the page’s CSS', async () => {
    const page = await browser.newPage();
    await page.goto(`${host.url}component.html`);
    await page.waitForFunction(() => customElements.get('wujin-archive-search') !== undefined);
    const shadowFrame = page.locator('wujin-archive-search').locator('iframe');
    expect(await shadowFrame.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    const frame = await embeddedFrame(() => page.frames());
    await frame.waitForSelector('[data-embed-results] li a', { timeout: 20_000 });
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await expect.poll(() => shadowFrame.evaluate((el) => el.getBoundingClientRect().height), { timeout: 10_000 }).toBeGreaterThan(200);
    await page.close();
  });
});

describe('the article card embed', () => {
  it('shows headline, date, page, lead and a link, in the script asked for', async () => {
    const page = await browser.newPage();
    await page.goto(`${archive.url}embed/article/?id=2024-10-13-003&script=hant`);
    const card = page.locator('.embed-card:visible');
    await card.waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.locator('h1').textContent()).toBe('蘇州絲波敦項目簽約落地西太湖');
    expect(await card.locator('.meta').textContent()).toBe('武進日報 2024年10月13日 · 第1版');
    expect(await card.locator('h1 a').evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${archive.url}zh-hant/2024/10/13/3/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    await page.goto(`${archive.url}embed/article/?id=2024-10-13-003&script=hans`);
    expect(await page.locator('.embed-card:visible h1').textContent()).toBe('苏州丝波敦项目签约落地西太湖');
    await page.close();
  });

  it('follows the reader\'s languages when no script is asked for (oEmbed\'s card)', async () => {
    for (const [locale, headline] of [['zh-TW', '蘇州絲波敦項目簽約落地西太湖'], ['zh-CN', '苏州丝波敦项目签约落地西太湖'], ['en-US', '苏州丝波敦项目签约落地西太湖']] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${archive.url}embed/article/?id=2024-10-13-003`);
      expect(await page.locator('.embed-card:visible h1').textContent(), locale).toBe(headline);
      await context.close();
    }
  });

  it('says so for an article that does not exist, and for a malformed id', async () => {
    const page = await browser.newPage();
    for (const id of ['2024-10-13-099', '1999-01-01-001', 'x']) {
      await page.goto(`${archive.url}embed/article/?id=${id}`);
      await expect.poll(() => page.locator('[data-card-status]').textContent(), { timeout: 10_000 }).toBe('找不到这篇文章。');
      expect(await page.locator('.embed-card').isVisible()).toBe(false);
    }
    await page.close();
  });
});

describe('the Cite section', () => {
  it('adds the other styles in order, copy buttons, and RIS and BibTeX downloads of the article', async () => {
    const page = await browser.newPage();
    await page.goto(`${archive.url}zh-hant/2024/10/13/3/`);
    await page.locator('.cite-downloads').waitFor();
    expect(await page.locator('.cite-style').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.citeStyle))).toEqual(['gbt2025', 'gbt2025-online', 'gbt2015', 'apa', 'mla', 'chicago']);
    expect(await page.locator('[data-cite-style="mla"] dd span').textContent()).toContain('蘇州絲波敦項目簽約落地西太湖');
    expect(await page.locator('.cite button[data-copy]').count()).toBe(6);
    for (const [format, extension, start] of [['ris', 'ris', 'TY  - NEWS'], ['bibtex', 'bib', '@']] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`a[data-cite-download="${format}"]`)]);
      expect(download.suggestedFilename()).toBe(`2024-10-13-003.${extension}`);
      const { readFile } = await import('node:fs/promises');
      const text = await readFile((await download.path())!, 'utf8');
      expect(text.startsWith(start), text).toBe(true);
      expect(text).toContain('蘇州絲波敦項目簽約落地西太湖');
    }
    await page.close();
  });
});

describe('the Embed this dialog', () => {
  it.each([
    ['/zh-hans/2024/10/13/3/', 'embed/article/?id=2024-10-13-003&amp;script=hans'],
    ['/zh-hant/search/', 'embed/search/?script=hant'],
  ])('on %s gives copy-paste code for %s', async (path, target) => {
    const page = await browser.newPage();
    await page.goto(`${archive.url}${path.slice(1)}`);
    await page.click('[data-open-embed]');
    const dialog = page.locator('[data-embed-dialog] dialog');
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    const code = await dialog.locator('textarea').first().inputValue();
    expect(code).toContain('<iframe src="');
    expect(code).toContain(target);
    await dialog.locator('form button').click();
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await page.close();
  });
});
