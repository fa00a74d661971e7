import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleSite, sitemapIndex } from '../../src/lib/build/assemble.ts';

const work = mkdtempSync(join(tmpdir(), 'archive-assemble-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string | Buffer>): string {
  const root = join(work, name);
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), contents);
  }
  return root;
}

const BOM = '\uFEFF';
const hub = tree('hub', {
  'index.html': 'home',
  'zh-hans/2024/10/index.html': 'month page',
  'zh-hans/people/index.html': 'people',
  '_astro/global.css': 'css',
  'sitemap-0.xml': 'hub sitemap',
  'sitemap-index.xml': '<?xml version="1.0"?><sitemapindex><sitemap><loc>https://example.org/wujin/sitemap-0.xml</loc></sitemap></sitemapindex>',
});
const october = tree('p-2024-10', {
  'index.html': 'home as a period build renders it',
  'zh-hans/2024/10/13/index.html': 'issue',
  'zh-hans/2024/10/13/1/index.html': 'article',
  'api/issues/2024-10-13.json': '{}',
  'api/oembed/2024-10-13-001.json': '{}',
  'seeds/002_x.txt': 'seed',
  '_astro/global.css': 'css',
  '_astro/page.abc.js': 'js',
  'data/2024/articles.jsonl.gz': gzipSync('{"id":"2024-10-13-001"}\n'),
  'data/2024/articles.csv': `${BOM}"id"\r\n"2024-10-13-001"\r\n`,
  'build-parts/query-counts.json': '{}',
  'sitemap-0.xml': 'october sitemap',
  'sitemap-index.xml': 'ignored',
});
const december = tree('p-2024-12', {
  'zh-hans/2024/12/07/index.html': 'issue',
  'data/2024/articles.jsonl.gz': gzipSync('{"id":"2024-12-07-001"}\n'),
  'data/2024/articles.csv': `${BOM}"id"\r\n"2024-12-07-001"\r\n`,
  'sitemap-0.xml': 'december sitemap',
});

describe('assembleSite', () => {
  const outDir = join(work, 'dist');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'stale.html'), 'from the last build');
  const report = assembleSite({ hub, periods: [{ id: '2024-10', folder: october }, { id: '2024-12', folder: december }], outDir });
  const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

  it('takes the archive-wide pages from the hub and a period build\'s own files from it, linked, not copied', () => {
    expect(read('index.html')).toBe('home');
    expect(read('zh-hans/2024/10/13/1/index.html')).toBe('article');
    expect(read('api/oembed/2024-10-13-001.json')).toBe('{}');
    expect(read('seeds/002_x.txt')).toBe('seed');
    expect(read('_astro/page.abc.js')).toBe('js');
    expect(statSync(join(outDir, 'zh-hans/2024/10/13/1/index.html')).ino).toBe(statSync(join(october, 'zh-hans/2024/10/13/1/index.html')).ino);
  });

  it('leaves out the parts for the hub and what the last build had', () => {
    expect(existsSync(join(outDir, 'build-parts'))).toBe(false);
    expect(existsSync(join(outDir, 'stale.html'))).toBe(false);
  });

  it('joins a year\'s corpus parts in period order: one gzip stream, one CSV header', () => {
    expect(gunzipSync(readFileSync(join(outDir, 'data/2024/articles.jsonl.gz'))).toString()).toBe('{"id":"2024-10-13-001"}\n{"id":"2024-12-07-001"}\n');
    expect(read('data/2024/articles.csv')).toBe(`${BOM}"id"\r\n"2024-10-13-001"\r\n"2024-12-07-001"\r\n`);
    expect(report.corpusYears).toBe(1);
  });

  it('lists every build\'s sitemap in one index at the site\'s address', () => {
    expect(read('sitemap-hub-0.xml')).toBe('hub sitemap');
    expect(read('sitemap-2024-10-0.xml')).toBe('october sitemap');
    expect(read('sitemap-index.xml')).toContain('<loc>https://example.org/wujin/sitemap-2024-12-0.xml</loc>');
    expect(read('sitemap-index.xml').match(/<sitemap>/g)).toHaveLength(3);
  });
});

describe('sitemapIndex', () => {
  it('refuses a hub index that names no sitemap', () => {
    expect(() => sitemapIndex('<sitemapindex/>', ['sitemap-hub-0.xml'])).toThrow(/names no sitemap/);
  });
});

describe('assembleSite, again after one period changed', () => {
  const outDir = join(work, 'dist-again');
  const manifestFile = join(work, 'assembled.json');
  const periods = [
    { id: '2024-10', folder: october, key: 'k1' },
    { id: '2024-12', folder: december, key: 'k1' },
  ];
  const first = assembleSite({ hub, periods, outDir, manifestFile, baseKey: 'code-1' });
  const octoberPage = join(outDir, 'zh-hans/2024/10/13/1/index.html');
  const inode = statSync(octoberPage).ino;
  const newDecember = tree('p-2024-12-v2', {
    'zh-hans/2024/12/08/index.html': 'a new issue',
    'data/2024/articles.jsonl.gz': gzipSync('{"id":"2024-12-08-001"}\n'),
    'data/2024/articles.csv': `${BOM}"id"\r\n"2024-12-08-001"\r\n`,
    'sitemap-0.xml': 'december sitemap v2',
  });
  const second = assembleSite({ hub, periods: [periods[0]!, { id: '2024-12', folder: newDecember, key: 'k2' }], outDir, manifestFile, baseKey: 'code-1' });
  const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

  it('updates the site in place: the changed period\'s files replaced, the others left as they were', () => {
    expect([first.incremental, second.incremental]).toEqual([false, true]);
    expect(statSync(octoberPage).ino).toBe(inode);
    expect(existsSync(join(outDir, 'zh-hans/2024/12/07/index.html'))).toBe(false);
    expect(read('zh-hans/2024/12/08/index.html')).toBe('a new issue');
    expect(read('sitemap-2024-12-0.xml')).toBe('december sitemap v2');
    expect(read('index.html')).toBe('home');
  });

  it('joins the year\'s corpus again from the periods it now has', () => {
    expect(gunzipSync(readFileSync(join(outDir, 'data/2024/articles.jsonl.gz'))).toString()).toBe('{"id":"2024-10-13-001"}\n{"id":"2024-12-08-001"}\n');
  });

  it('assembles afresh when the code changed', () => {
    writeFileSync(join(outDir, 'left-by-hand.html'), 'x');
    const third = assembleSite({ hub, periods, outDir, manifestFile, baseKey: 'code-2' });
    expect(third.incremental).toBe(false);
    expect(existsSync(join(outDir, 'left-by-hand.html'))).toBe(false);
    expect(read('zh-hans/2024/12/07/index.html')).toBe('issue');
  });
});
