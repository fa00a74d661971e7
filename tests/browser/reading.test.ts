import { describe, expect, it } from 'vitest';
import { sampleInChromium } from '../helpers/sample-in-chromium.ts';
import { axeViolations } from '../helpers/browser.ts';

/** The sample archive, built under a project-site base and read in Debian's Chromium. */
const BASE = '/wujin-archive/';
const sample = sampleInChromium('browser', { base: BASE });

const url = (path: string) => `${sample.site.url}${path.replace(/^\//, '')}`;

describe('the 简/繁 toggle', () => {
  it('lands on the same article in the other script, and back', async () => {
    const page = await sample.browser.newPage();
    await page.goto(url('/zh-hans/2024/10/13/3/'));
    expect(await page.locator('h1').textContent()).toBe('苏州丝波敦项目签约落地西太湖');
    await page.click('.script-toggle');
    await page.waitForURL(url('/zh-hant/2024/10/13/3/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    expect(await page.locator('h1').textContent()).toBe('蘇州絲波敦項目簽約落地西太湖');
    await page.click('.script-toggle');
    await page.waitForURL(url('/zh-hans/2024/10/13/3/'));
    await page.close();
  });

  it('works without JavaScript', async () => {
    const context = await sample.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/zh-hant/2024/12/07/1/'));
    await page.click('.script-toggle');
    await page.waitForURL(url('/zh-hans/2024/12/07/1/'));
    expect(await page.locator('.article-body p').first().textContent()).toMatch(/^项目是稳定经济运行的/);
    await context.close();
  });
});

describe('readers’ corrections', () => {
  it('has no 纠错 link when the build knows no repository', async () => {
    const page = await sample.browser.newPage();
    await page.goto(url('/zh-hans/2024/10/13/3/'));
    expect(await page.locator('a[data-correct-text]').count()).toBe(0);
    expect(await page.locator('a[href$=".txt"]').count()).toBe(1);
    await page.close();
  });
});

describe('the root page', () => {
  it.each([
    ['zh-TW', 'zh-hant'],
    ['zh-HK', 'zh-hant'],
    ['zh-CN', 'zh-hans'],
    ['en-US', 'zh-hans'],
  ])('sends a %s browser to /%s/', async (locale, script) => {
    const context = await sample.browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(sample.site.url);
    await page.waitForURL(url(`/${script}/`));
    await context.close();
  });

  it('remembers the script the reader chose last', async () => {
    const context = await sample.browser.newContext({ locale: 'zh-TW' });
    const page = await context.newPage();
    await page.goto(url('/zh-hant/'));
    await page.click('.script-toggle');
    await page.waitForURL(url('/zh-hans/'));
    await page.goto(sample.site.url);
    await page.waitForURL(url('/zh-hans/'));
    await context.close();
  });

  it('offers both scripts without JavaScript', async () => {
    const context = await sample.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(sample.site.url);
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([`${BASE}zh-hans/`, `${BASE}zh-hant/`]);
    await context.close();
  });
});

describe('accessibility', () => {
  const pages = ['/', '/2024/10/13/', '/2024/10/13/3/', '/2024/01/13/3/', '/2024/', '/2024/10/', '/people/', '/people/朱梦琪/', '/people/朱梦琪/2024/10/', '/search/', '/404/', '/offline/', '/offline/unavailable/', '/data/', '/libraries/'];
  for (const script of ['zh-hans', 'zh-hant']) {
    for (const path of pages) {
      it(`axe finds no violations on /${script}${path}`, async () => {
        const page = await sample.browser.newPage();
        await page.goto(url(`/${script}${path}`));
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }

  it('axe finds no violations on the shared 404 page', async () => {
    const page = await sample.browser.newPage();
    const response = await page.goto(url('/no-such-page/'));
    expect(response!.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('找不到这个页面');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('axe finds no violations on the root page as a reader without JavaScript sees it', async () => {
    const html = await (await fetch(sample.site.url)).text();
    const page = await sample.browser.newPage();
    await page.goto(url('/zh-hans/'));
    await page.setContent(html.replace(/<script[\s\S]*?<\/script>/g, ''));
    expect(await page.locator('main a').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('axe finds no violations in dark mode either', async () => {
    const page = await sample.browser.newPage({ colorScheme: 'dark' });
    for (const path of ['/zh-hans/', '/zh-hant/2024/10/13/3/', '/zh-hans/2024/10/']) {
      await page.goto(url(path));
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.close();
  });

  it('lets a keyboard reader skip to the article, with a visible focus', async () => {
    const page = await sample.browser.newPage();
    await page.goto(url('/zh-hans/2024/10/13/3/'));
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('fits a 320 px screen without horizontal scrolling', async () => {
    const page = await sample.browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const path of ['/zh-hans/', '/zh-hans/2024/10/13/', '/zh-hant/2024/10/13/3/', '/zh-hans/2024/']) {
      await page.goto(url(path));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    await page.close();
  });
});
