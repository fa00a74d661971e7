import sharp from 'sharp';
import decodeQR from 'qr/decode.js';
import { describe, expect, it } from 'vitest';
import { sampleInChromium } from '../helpers/sample-in-chromium.ts';
import { axeViolations } from '../helpers/browser.ts';

/**
 * What brings readers back and lets them help (issue 18), on the sample built for a repository:
 * each article's 纠错 link opening the repository's web editor on its seed at its lines
 * (CONTRIBUTING.md), and its QR code for a phone, in both trees.
 */
const REPOSITORY = 'https://github.com/wujin/archive';
const sample = sampleInChromium('readers', { env: { REPOSITORY_URL: REPOSITORY, REPOSITORY_BRANCH: 'main' } });

describe('correcting an article’s text', () => {
  it.each([
    ['zh-hans', '纠错', undefined],
    ['zh-hant', '糾錯', '（修改的是簡體原文）'],
  ])('links %s articles to the web editor on the Simplified seed at the article’s lines, without JavaScript', async (script, label, note) => {
    const context = await sample.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${sample.site.url}${script}/2024/10/13/3/`);
    const link = page.locator('a[data-correct-text]');
    expect(await link.textContent()).toBe(label);
    const source = (await page.locator('p.meta', { has: link }).textContent())!;
    // The lines the page names are the lines the editor opens at.
    const [, start, end] = /第(\d+)至(\d+)行/.exec(source)!;
    expect(await link.getAttribute('href')).toBe(`${REPOSITORY}/edit/main/seeds/002_04e94acb881a18bc.txt#L${start}-L${end}`);
    if (note) expect(source).toContain(note);
    else expect(source).not.toContain('简体原文');
    await context.close();
  });

  it('is on every article page, and axe-clean', async () => {
    const page = await sample.browser.newPage();
    for (const path of ['zh-hans/2024/01/13/3/', 'zh-hant/2024/07/27/2/']) {
      await page.goto(`${sample.site.url}${path}`);
      expect(await page.locator('a[data-correct-text]').count(), path).toBe(1);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.close();
  });
});

describe('sharing an article to a phone', () => {
  it.each(['zh-hans', 'zh-hant'])('shows on %s articles a QR code that reads back as the article’s address, and prints it', async (script) => {
    const page = await sample.browser.newPage({ deviceScaleFactor: 2 });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${sample.site.url}${script}/2024/10/13/3/`);
    const panel = page.locator('[data-share]');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const png = await panel.locator('svg').screenshot();
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(decodeQR({ width: info.width, height: info.height, data: new Uint8Array(data) })).toBe(canonical);
    // The code is for a camera; the panel's text says what it does.
    expect(await panel.locator('svg').getAttribute('aria-hidden')).toBe('true');
    // Every article page has the panel: its text is kept out of the search index.
    expect(await panel.evaluate((element) => element.closest('[data-pagefind-body]') === null || element.closest('[data-pagefind-ignore]') !== null)).toBe(true);
    expect(await panel.locator('p').textContent()).toBe(script === 'zh-hans' ? '用手机扫描二维码，在手机上打开这篇文章。' : '用手機掃描二維碼，在手機上打開這篇文章。');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await panel.isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('stays hidden without JavaScript, where the citation gives the address', async () => {
    const context = await sample.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${sample.site.url}zh-hans/2024/10/13/3/`);
    expect(await page.locator('[data-share]').isVisible()).toBe(false);
    expect(await page.locator('[data-permalink]').textContent()).toMatch(/\/zh-hans\/2024\/10\/13\/3\/$/);
    await context.close();
  });
});

describe('this day in past years', () => {
  /** A page opened on a given day at the paper, with or without JavaScript. */
  async function openOn(path: string, day: string, javaScriptEnabled = true) {
    const context = await sample.browser.newContext({ timezoneId: 'Asia/Shanghai', javaScriptEnabled });
    const page = await context.newPage();
    if (javaScriptEnabled) await page.clock.setFixedTime(new Date(`${day}T09:00:00+08:00`));
    await page.goto(`${sample.site.url}${path}`);
    return { context, page };
  }
  const items = (page: import('playwright-core').Page) => page.locator('[data-on-this-day-list] li').allTextContents();

  it('lists on the home page the issues of today’s date in earlier years, by the reader’s today', async () => {
    const { context, page } = await openOn('zh-hans/', '2026-10-13');
    await expect.poll(() => items(page)).toEqual(['2024年10月13日（2年前）：区委常委会召开会议']);
    expect(await page.locator('[data-on-this-day-list] a').getAttribute('href')).toBe('/zh-hans/2024/10/13/');
    expect(await page.locator('[data-on-this-day-note]').isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the nearest day with issues of earlier years when today has none, in the page’s script', async () => {
    const { context, page } = await openOn('zh-hant/', '2025-01-10');
    await expect.poll(() => page.locator('[data-on-this-day-note]').textContent()).toBe('往年的今天沒有出報，這是離今天最近的一天：1月13日。');
    expect(await items(page)).toEqual([expect.stringMatching(/^2024年1月13日（1年前）：/)]);
    expect(await page.locator('[data-on-this-day-list] a').getAttribute('href')).toBe('/zh-hant/2024/01/13/');
    await context.close();
  });

  it('lists the same on a month page, which without JavaScript links to the home page’s list', async () => {
    const { context, page } = await openOn('zh-hans/2024/08/', '2026-10-13');
    await expect.poll(() => items(page)).toEqual(['2024年10月13日（2年前）：区委常委会召开会议']);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
    const plain = await openOn('zh-hans/2024/08/', '2026-10-13', false);
    expect(await plain.page.locator('[data-on-this-day-note] a').getAttribute('href')).toBe('/zh-hans/#on-this-day');
    await plain.context.close();
  });

  it('lists, without JavaScript, the issues of the day the archive was built', async () => {
    const { context, page } = await openOn('zh-hans/', '2026-10-13', false);
    const today = (await page.locator('[data-on-this-day]').getAttribute('data-today'))!;
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await items(page)).length).toBeGreaterThan(0);
    await context.close();
  });
});

describe('related articles', () => {
  it.each(['zh-hans', 'zh-hant'])('lists on %s articles up to five earlier articles of other issues, in the page’s script', async (script) => {
    const page = await sample.browser.newPage();
    await page.goto(`${sample.site.url}${script}/2024/12/07/1/`);
    const links = page.locator('.related a');
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.length).toBeLessThanOrEqual(5);
    for (const href of hrefs) {
      const date = /\/(\d{4})\/(\d{2})\/(\d{2})\/\d+\/$/.exec(href)!.slice(1).join('-');
      expect(href.startsWith(`/${script}/`), href).toBe(true);
      expect(date < '2024-12-07', href).toBe(true);
    }
    // Each headline is the linked article's own, in this script.
    const first = (await links.first().textContent())!;
    await links.first().click();
    await page.waitForURL(`${sample.site.url}${hrefs[0]!.slice(1)}`);
    expect((await page.locator('h1').textContent())!.replace(/\s+/g, ' ')).toContain(first.split(' ')[0]!);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
