import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/lib/dev/static-server.ts';
import { launchChromium } from '../helpers/browser.ts';
import { runAstroBuild, runIngest, type RunResult } from '../helpers/run.ts';
import { PAGE_FIXTURES, ROOT } from '../helpers/seeds.ts';

/**
 * End to end: a seeds folder with hostile text and bad files goes through `npm run ingest`'s
 * script and `astro build` (search index and offline files included). Bad files are reported
 * and skipped; everything else is built, and text that looks like code is shown as text.
 */
const work = mkdtempSync(join(tmpdir(), 'archive-hostile-'));
const seeds = join(work, 'seeds');
const content = join(work, 'content');
const dist = join(work, 'dist');
let ingest: RunResult;
let build: RunResult;

beforeAll(() => {
  mkdirSync(seeds);
  copyFileSync(join(ROOT, 'tests', 'ingest', 'fixtures', 'hostile-page.txt'), join(seeds, 'hostile-page.txt'));
  for (const name of ['gbk-page.txt', 'binary.txt', 'empty.txt']) copyFileSync(join(PAGE_FIXTURES, name), join(seeds, name));
  // Third in file-name order, so page 3 of the issue.
  copyFileSync(join(PAGE_FIXTURES, 'headlines-only.txt'), join(seeds, 'zz-headlines-only.txt'));
  // A name that would end the seed's URL at `#`: refused by the ingest, so the build still works.
  writeFileSync(join(seeds, 'page#2.txt'), '第二版标题\n\n本报讯 昨天, 10月12日, 2024年第五个“学习日”, 今年第五个。\n');
  writeFileSync(join(seeds, 'issues.json'), JSON.stringify({ pages: { 'zz-headlines-only.txt': { date: '2024-10-13' } } }));
  ingest = runIngest(seeds, content);
  build = runAstroBuild({ contentDir: content, seedsDir: seeds, outDir: dist, cacheDir: join(work, 'cache') });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('ingest on a folder with bad files', () => {
  it('exits non-zero and names each bad file with its line', () => {
    expect(ingest.status).toBe(1);
    expect(ingest.stderr).toContain('seeds/binary.txt:3 (byte offset 8): error: this is a binary file');
    expect(ingest.stderr).toContain('seeds/empty.txt:1: error: the file is empty');
    expect(ingest.stderr).toContain('seeds/page#2.txt: error: the file name cannot be published: it holds “#”');
  });

  it('still ingests the good pages and reports them', () => {
    expect(ingest.stdout).toMatch(/✓ seeds\/gbk-page\.txt → 2024-10-13, page 1: 1 articles, 1 paragraphs joined \(gb18030/);
    expect(ingest.stdout).toMatch(/✓ seeds\/hostile-page\.txt → 2024-10-13, page 2: 1 articles/);
    expect(ingest.stdout).toMatch(/3 of 6 pages ingested/);
  });
});

describe('astro build of hostile text', () => {
  const article = () => readFileSync(join(dist, 'zh-hans', '2024', '10', '13', '2', 'index.html'), 'utf8');

  it('builds without warnings or errors', () => {
    expect(build.status, build.stderr + build.stdout).toBe(0);
    const noise = `${build.stdout}\n${build.stderr}`.split('\n').filter((line) => /\bwarn|error\b|deprecat/i.test(line));
    expect(noise).toEqual([]);
  });

  it('renders markup-looking text literally and runs none of it', () => {
    const html = article();
    // Inside a quoted attribute value `<` is inert text; everywhere else it must be escaped.
    const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toMatch(/<script>alert|<img src=x|<div>HTML/);
    expect(html).toContain('content="区领导在{会}上讲话 <script>alert(1)</script>"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    for (const literal of ['{props.title}', 'import x from', 'export const a = 1;', '&lt;!-- 注释 --&gt;', '# 不是标题', '&gt; 引用符号', '- 减号开头', '1. 数字加点', '`code`', '*星号*', '[链接](http://example.com)', '&amp;amp；实体', '\\反斜杠\\', '| 表格 |']) {
      expect(html).toContain(literal);
    }
  });

  it('keeps the headline with braces and tags as text', () => {
    expect(article()).toContain('<h1 data-pagefind-meta="title">区领导在{会}上讲话 &lt;script&gt;alert(1)&lt;/script&gt;</h1>');
  });
});

describe('a page the ingest could not split into articles', () => {
  it.each([
    ['zh-hans', '区委常委会召开会议', '我区举办秋季招聘会', '未分篇的文字'],
    ['zh-hant', '區委常委會召開會議', '我區舉辦秋季招聘會', '未分篇的文字'],
  ])('shows its text on the %s issue page, flagged, with its source lines', (script, first, last, heading) => {
    const html = readFileSync(join(dist, script, '2024', '10', '13', 'index.html'), 'utf8');
    const section = html.slice(html.indexOf('class="remainders"'));
    expect(section).toContain(heading);
    expect(section).toContain(first);
    expect(section).toContain(last);
    expect(section).toMatch(/第7至7行/);
  });
});

describe('search over hostile text', () => {
  it('shows titles and excerpts as text in results, and runs nothing', async () => {
    const site = await serveStatic(dist, '/');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      for (const query of ['onerror', 'script']) {
        await page.goto(`${site.url}zh-hans/search/?q=${query}`);
        await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0);
        const results = page.locator('[data-search-results]');
        expect(await results.locator('img, script, div').count()).toBe(0);
        expect(await results.locator('h2').first().textContent()).toBe('区领导在{会}上讲话 <script>alert(1)</script>');
        expect(await results.locator('mark').first().textContent()).toBe(query);
      }
      expect(await page.locator('[data-search-results] .lead').first().textContent()).toContain('<script>alert(1)</script>');
      await page.goto(`${site.url}zh-hans/search/?q=onerror`);
      await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0);
      expect(await page.locator('[data-search-results] .lead').first().textContent()).toContain('<img src=x onerror=alert(1)>');
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
      await site.close();
    }
  }, 120_000);
});
