import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from '../../src/lib/dev/static-server.ts';
import { SCRIPT_SEGMENTS, SCRIPT_TABLE, type ScriptSegment } from '../../src/lib/archive/scripts.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/content-security-policy.ts';
import { launchChromium } from '../helpers/browser.ts';
import { builtPages } from '../helpers/dist.ts';
import { buildSampleSite } from '../helpers/run.ts';

/**
 * The Content-Security-Policy of src/lib/site/content-security-policy.ts on every kind of page,
 * in both trees and in the embeds (framed and through embed.js on another origin): the meta tag is
 * there before anything it governs, and Chromium reports no violation, neither as a
 * `securitypolicyviolation` event in any frame nor on the console, while each page does its work
 * (search with results, a save for offline, the service worker, Pagefind's worker and wasm).
 */
const BASE = '/wujin-archive/';
const work = mkdtempSync(join(tmpdir(), 'archive-csp-'));
const dist = join(work, 'dist');
let archive: StaticSite;
let host: StaticSite;
let browser: Browser;

/** A librarian's page on another origin: both embeds framed, and the web component. */
function hostPages(hostRoot: string, archiveUrl: string): void {
  for (const script of SCRIPT_SEGMENTS) {
    const parameter = SCRIPT_TABLE[script].embedParameter;
    const q = encodeURIComponent('签约');
    writeFileSync(
      join(hostRoot, `frames-${parameter}.html`),
      `<!doctype html><html lang="en"><title>Library</title><h1>Our library</h1>
<iframe title="Archive article" src="${archiveUrl}embed/article/?id=2024-10-13-003&script=${parameter}"></iframe>
<iframe title="Archive search" src="${archiveUrl}embed/search/?script=${parameter}&q=${q}"></iframe>`,
    );
    writeFileSync(
      join(hostRoot, `component-${parameter}.html`),
      `<!doctype html><html lang="en"><title>Library</title>
<script type="module" src="${archiveUrl}embed.js"></script>
<wujin-archive-search script="${parameter}" q="签约"></wujin-archive-search>`,
    );
  }
}

beforeAll(async () => {
  const build = buildSampleSite(dist, join(work, 'cache'), BASE);
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  archive = await serveStatic(dist, BASE);
  const hostRoot = join(work, 'host');
  mkdirSync(hostRoot);
  hostPages(hostRoot, archive.url);
  host = await serveStatic(hostRoot, '/');
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await archive?.close();
  await host?.close();
  rmSync(work, { recursive: true, force: true });
});

const url = (path: string) => `${archive.url}${path.replace(/^\//, '')}`;

/** A browser context that records every CSP violation of every page and frame it opens. */
interface WatchedContext {
  context: BrowserContext;
  page: Page;
  violations: string[];
}

async function watchedContext(options: BrowserContextOptions = {}): Promise<WatchedContext> {
  const context = await browser.newContext(options);
  const violations: string[] = [];
  await context.exposeBinding('reportCspViolation', ({ frame }, report: string) => {
    violations.push(`${frame.url()}: ${report}`);
  });
  await context.addInitScript(() => {
    addEventListener('securitypolicyviolation', (event) => {
      const report = `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`;
      void (window as unknown as { reportCspViolation(report: string): Promise<void> }).reportCspViolation(report);
    });
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console ${message.type()}: ${message.text()}`);
  });
  return { context, page: await context.newPage(), violations };
}

/** Runs `visit` in a watched context and fails on any violation it caused, first: a violation explains a failed step. */
async function withoutViolations(visit: (watched: WatchedContext) => Promise<void>, options?: BrowserContextOptions): Promise<void> {
  const watched = await watchedContext(options);
  let failure: unknown;
  try {
    await visit(watched);
    // Let reports of the last tasks reach the test before the context goes.
    for (const page of watched.context.pages()) {
      await Promise.all(page.frames().map((frame) => frame.evaluate(() => new Promise((done) => setTimeout(done, 100))).catch(() => undefined)));
    }
  } catch (error) {
    failure = error;
  } finally {
    await watched.context.close();
  }
  expect(watched.violations).toEqual([]);
  if (failure) throw failure;
}

/** The page's policy: its one CSP meta tag, placed before every script, stylesheet and style. */
async function expectPolicy(frame: Page | Frame): Promise<void> {
  const found = await frame.evaluate(() => {
    const metas = [...document.querySelectorAll('meta[http-equiv="content-security-policy" i]')];
    const meta = metas[0];
    const governed = [...document.querySelectorAll('script, link, style')];
    return {
      count: metas.length,
      inHead: meta?.parentElement === document.head,
      content: meta?.getAttribute('content') ?? null,
      firstInHead: meta !== undefined && governed.every((el) => (meta.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0),
    };
  });
  expect(found, frame.url()).toEqual({ count: 1, inHead: true, content: CONTENT_SECURITY_POLICY, firstInHead: true });
}

const archiveFrame = (page: Page, path: string) => page.frames().find((frame) => frame.url().startsWith(url(path)));

async function framedArchive(page: Page, path: string): Promise<Frame> {
  await expect.poll(() => archiveFrame(page, path) !== undefined, { timeout: 20_000 }).toBe(true);
  return archiveFrame(page, path)!;
}

describe('every HTML file of the build', () => {
  it('carries the policy first in its head, and nothing inline it would block', () => {
    const pages = builtPages(dist);
    expect(pages.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const { path, html } of pages) {
      const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
      const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)];
      if (metas.length !== 1 || metas[0]![1]!.replace(/&#39;/g, "'") !== CONTENT_SECURITY_POLICY) problems.push(`${path}: ${metas.length} CSP meta tags`);
      if (!head.startsWith('<meta charset="utf-8"><meta http-equiv="Content-Security-Policy"')) problems.push(`${path}: the policy is not first in <head>`);
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
        if (!/\ssrc="/.test(tag) && !/\stype="application\/(ld\+)?json"/.test(tag)) problems.push(`${path}: inline script ${tag}`);
      }
      if (/<style\b/.test(html)) problems.push(`${path}: <style> element`);
      for (const [tag] of html.matchAll(/<[a-z][^>]*>/g)) {
        if (/\sstyle=/.test(tag)) problems.push(`${path}: style attribute in ${tag}`);
        if (/\son[a-z]+=/.test(tag)) problems.push(`${path}: event handler in ${tag}`);
        if (/\s(?:href|src|action)="\s*javascript:/i.test(tag)) problems.push(`${path}: javascript: URL in ${tag}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

const pageKinds: Array<[kind: string, path: string]> = [
  ['home', '/'],
  ['issue', '/2024/10/13/'],
  ['article', '/2024/10/13/3/'],
  ['photo article', '/2024/01/13/3/'],
  ['year calendar', '/2024/'],
  ['month calendar', '/2024/10/'],
  ['people', '/people/'],
  ['person', '/people/朱梦琪/'],
  ['data', '/data/'],
  ['offline fallback', '/offline/unavailable/'],
  ['404', '/404/'],
];

/** The browser language that sends a reader to each tree from the root page. */
const LOCALES: Record<ScriptSegment, string> = { 'zh-hans': 'zh-CN', 'zh-hant': 'zh-TW' };

describe.each(SCRIPT_SEGMENTS)('the policy on /%s/', (script) => {
  const parameter = SCRIPT_TABLE[script].embedParameter;
  const lang = SCRIPT_TABLE[script].lang;

  it.each(pageKinds)('%s page: present, and no violation', async (_kind, path) => {
    await withoutViolations(async ({ page }) => {
      await page.goto(url(`/${script}${path}`), { waitUntil: 'networkidle' });
      await expectPolicy(page);
    });
  });

  it('home page: the service worker registers and takes control', async () => {
    await withoutViolations(async ({ page }) => {
      await page.goto(url(`/${script}/`));
      await expectPolicy(page);
      const ready = page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
      expect(await Promise.race([ready, new Promise((done) => setTimeout(() => done('not ready in 15 s'), 15_000))])).toBe(url('/sw.js'));
    });
  });

  it('article page: the Embed this dialog opens and the Cite buttons show', async () => {
    await withoutViolations(async ({ page }) => {
      await page.goto(url(`/${script}/2024/10/13/3/`), { waitUntil: 'networkidle' });
      await expectPolicy(page);
      await page.click('[data-open-embed]');
      expect(await page.locator('[data-embed-dialog] dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      expect(await page.locator('.cite [data-copy]').first().isVisible()).toBe(true);
    });
  });

  it('search page: a real search shows results, through Pagefind’s worker and wasm', async () => {
    await withoutViolations(async ({ page }) => {
      await page.goto(url(`/${script}/search/?q=${encodeURIComponent('签约')}`));
      await expectPolicy(page);
      await page.waitForSelector('[data-search-results] li a', { timeout: 20_000 });
      expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
      // Pagefind starts its worker from the first period's folder: a one-line stub importing the shared worker.
      const workerUrls = page.workers().map((worker) => worker.url());
      expect(workerUrls.some((worker) => new RegExp(`^${url(`/pagefind/${script}/`)}\\d{4}-\\d{2}[a-z]?/pagefind-worker\\.js$`).test(worker)), workerUrls.join(' ')).toBe(true);
    });
  });

  it('search page without Web Workers: Pagefind compiles its wasm in the page, and still finds', async () => {
    await withoutViolations(async ({ page }) => {
      // Pagefind falls back to the main thread when it cannot start its worker ('wasm-unsafe-eval').
      await page.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined }));
      await page.goto(url(`/${script}/search/?q=${encodeURIComponent('签约')}`));
      await page.waitForSelector('[data-search-results] li a', { timeout: 20_000 });
      expect(page.workers()).toEqual([]);
    });
  });

  it('offline page: a save for offline runs to the end', async () => {
    await withoutViolations(async ({ page }) => {
      await page.goto(url(`/${script}/offline/`));
      await expectPolicy(page);
      const save = page.locator('[data-offline-save]');
      await expect.poll(() => save.isEnabled(), { timeout: 20_000 }).toBe(true);
      await save.click();
      await page.locator('[data-offline-remove]').waitFor({ state: 'visible', timeout: 60_000 });
    });
  });

  it('libraries page: present, with both live embeds framed', async () => {
    await withoutViolations(async ({ page }) => {
      await page.goto(url(`/${script}/libraries/`));
      await expectPolicy(page);
      for (const frame of await page.locator('iframe.live-example').all()) await frame.scrollIntoViewIfNeeded();
      await expectPolicy(await framedArchive(page, '/embed/search/'));
      await expectPolicy(await framedArchive(page, '/embed/article/'));
      await (await framedArchive(page, '/embed/search/')).waitForSelector('[data-embed-results] li a', { timeout: 20_000 });
    });
  });

  it('root page: sends a reader to this tree with no violation', async () => {
    await withoutViolations(
      async ({ page }) => {
        await page.goto(archive.url);
        await page.waitForURL(url(`/${script}/`));
      },
      { locale: LOCALES[script] },
    );
  });

  it(`article card embed (?script=${parameter}): present, and shows this tree’s card`, async () => {
    await withoutViolations(async ({ page }) => {
      await page.goto(url(`/embed/article/?id=2024-10-13-003&script=${parameter}`), { waitUntil: 'networkidle' });
      await expectPolicy(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await page.locator('.embed-card:visible').getAttribute('lang')).toBe(lang);
    });
  });

  it(`search embed (?script=${parameter}): present, and shows results`, async () => {
    await withoutViolations(async ({ page }) => {
      await page.goto(url(`/embed/search/?script=${parameter}&q=${encodeURIComponent('签约')}`));
      await expectPolicy(page);
      await page.waitForSelector('[data-embed-results] li a', { timeout: 20_000 });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    });
  });

  it('both embeds framed by a page on another origin', async () => {
    await withoutViolations(async ({ page }) => {
      await page.goto(`${host.url}frames-${parameter}.html`);
      const card = await framedArchive(page, '/embed/article/');
      const search = await framedArchive(page, '/embed/search/');
      await search.waitForSelector('[data-embed-results] li a', { timeout: 20_000 });
      await expectPolicy(card);
      await expectPolicy(search);
      expect(await card.locator('.embed-card:visible').getAttribute('lang')).toBe(lang);
    });
  });

  it('the web component (embed.js) on a page on another origin', async () => {
    await withoutViolations(async ({ page }) => {
      await page.goto(`${host.url}component-${parameter}.html`);
      await page.waitForFunction(() => customElements.get('wujin-archive-search') !== undefined);
      const frame = await framedArchive(page, '/embed/search/');
      await frame.waitForSelector('[data-embed-results] li a', { timeout: 20_000 });
      await expectPolicy(frame);
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe(lang);
    });
  });
});

describe('the shared 404 page', () => {
  it('has the policy and no violation', async () => {
    await withoutViolations(async ({ page }) => {
      const response = await page.goto(url('/no-such-page/'), { waitUntil: 'networkidle' });
      expect(response!.status()).toBe(404);
      await expectPolicy(page);
    });
  });
});
