import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/build/file-tree.ts';
import { runNode, type RunResult } from '../helpers/run.ts';
import { ROOT } from '../helpers/seeds.ts';
import { buildSplitSample } from '../helpers/split.ts';

/**
 * The sample archive, one of its issues dated in 2023, built with YEAR_SITE_URL: a hub and one
 * site per year (issue 15), each folder holding what its site serves, every link and address on
 * the right site.
 */
const HUB = 'https://example.github.io/wujin/';
const YEAR = (year: string) => `https://example.github.io/wujin-${year}/`;
const work = mkdtempSync(join(tmpdir(), 'archive-split-'));
let content: string;
let sites: string;
let build: RunResult;

beforeAll(() => {
  const built = buildSplitSample(work, { SITE_URL: 'https://example.github.io', BASE_PATH: '/wujin/', YEAR_SITE_URL: 'https://example.github.io/wujin-{year}/' });
  ({ content, sites, build } = built);
  if (built.ingest.status !== 0) throw new Error(`ingest failed:\n${built.ingest.stdout}\n${built.ingest.stderr}`);
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const read = (site: string, path: string) => readFileSync(join(sites, site, path), 'utf8');
const hrefs = (html: string) => [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);

describe('an archive split into a hub and year sites', () => {
  it('divides the built site into one folder per site, each file on the site that serves it', () => {
    expect(filesUnder(sites).map((path) => path.split('/')[0]).filter((v, i, all) => all.indexOf(v) === i).sort()).toEqual(['2023', '2024', 'hub']);
    const hub = filesUnder(join(sites, 'hub'));
    expect(hub).toContain('zh-hans/index.html');
    expect(hub).toContain('zh-hans/2024/index.html');
    expect(hub.filter((path) => /^zh-han[st]\/\d{4}\/\d{2}\//.test(path))).toEqual([]);
    expect(existsSync(join(sites, '2024', 'zh-hans', '2024', '10', '13', 'index.html'))).toBe(true);
    expect(existsSync(join(sites, '2023', 'zh-hant', '2023', '12', '30', 'index.html'))).toBe(true);
    expect(existsSync(join(sites, '2023', 'zh-hans', '2024'))).toBe(false);
    expect(build.stdout).toMatch(/\[build\] sites: hub \d+ files, [\d.]+ MB \(https:\/\/example\.github\.io\/wujin\/\); 2023 /);
  });

  it('gives a year’s page its address on its year’s site, and links home to the hub', () => {
    const page = read('2024', 'zh-hans/2024/10/13/index.html');
    expect(page).toContain(`<link rel="canonical" href="${YEAR('2024')}zh-hans/2024/10/13/">`);
    expect(hrefs(page)).toContain(`${HUB}zh-hans/`);
    expect(hrefs(page)).toContain('/wujin-2024/zh-hant/2024/10/13/');
    // Stylesheets and scripts come from the hub, wherever the page is published.
    expect(hrefs(page).filter((href) => href.includes('/_astro/')).every((href) => href.startsWith(`${HUB}_astro/`))).toBe(true);
  });

  it('links across years to the other year’s site', () => {
    const last2023 = read('2023', 'zh-hans/2023/12/30/index.html');
    expect(hrefs(last2023).filter((href) => href.includes('/2024/'))).toContain(`${YEAR('2024')}zh-hans/2024/07/27/`);
  });

  it('links the hub’s calendars and home to the issues on their year’s sites', () => {
    expect(hrefs(read('hub', 'zh-hans/2023/index.html'))).toContain(`${YEAR('2023')}zh-hans/2023/12/30/`);
    expect(hrefs(read('hub', 'zh-hans/index.html')).some((href) => href.startsWith(`${YEAR('2024')}zh-hans/2024/12/07/`))).toBe(true);
  });

  it('puts each year’s search periods on its site, and tells the search where', () => {
    const periods = JSON.parse(read('hub', 'pagefind/zh-hans/periods.json')) as { periods: Array<{ id: string; site?: string }> };
    expect(periods.periods.map((p) => [p.id, p.site])).toEqual([
      ['2024-12', YEAR('2024')],
      ['2024-10', YEAR('2024')],
      ['2024-08', YEAR('2024')],
      ['2024-07', YEAR('2024')],
      ['2023-12', YEAR('2023')],
    ]);
    expect(existsSync(join(sites, '2023', 'pagefind', 'zh-hans', '2023-12', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(sites, '2023', 'pagefind', 'wasm.unknown.pagefind'))).toBe(true);
  });

  it('writes each site a sitemap of its own pages at its own address', () => {
    expect(read('2023', 'sitemap-index.xml')).toContain(`<loc>${YEAR('2023')}sitemap-0.xml</loc>`);
    const year = read('2023', 'sitemap-0.xml');
    expect(year).toContain(`<loc>${YEAR('2023')}zh-hans/2023/12/30/</loc>`);
    expect(year).not.toContain(`<loc>${HUB}`);
    expect(read('hub', 'sitemap-0.xml')).not.toContain('/2023/12/30/');
  });

  it('cites and exports each article at its year’s site', () => {
    const article = read('2024', 'zh-hans/2024/10/13/1/index.html');
    expect(article).toContain(`<meta name="citation_public_url" content="${YEAR('2024')}zh-hans/2024/10/13/1/">`);
    expect(hrefs(article).filter((href) => href.includes('/seeds/'))).toEqual([expect.stringMatching(/^\/wujin-2024\/seeds\/2024-10-13\/\d{3}_[0-9a-f]+\.txt$/)]);
    const index = JSON.parse(read('hub', 'api/issues.json')) as { years: Array<{ year: string; json: string }> };
    expect(index.years.map((y) => y.json)).toEqual([`${YEAR('2023')}api/years/2023.json`, `${YEAR('2024')}api/years/2024.json`]);
    const listing = JSON.parse(read('2023', 'api/years/2023.json')) as { issues: Array<{ date: string; json: string; urls: Record<string, string> }> };
    expect(listing.issues[0]).toMatchObject({ date: '2023-12-30', json: `${YEAR('2023')}api/issues/2023-12-30.json`, urls: { 'zh-Hans': `${YEAR('2023')}zh-hans/2023/12/30/` } });
  });

  it('lists its sites for the deploy workflow without building', () => {
    const listed = runNode([join(ROOT, 'scripts', 'build.ts'), '--list-sites'], { ARCHIVE_CONTENT_DIR: content, YEAR_SITE_URL: 'https://example.github.io/wujin-{year}/' });
    expect(listed.status).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual(['hub', '2023', '2024']);
    const one = runNode([join(ROOT, 'scripts', 'build.ts'), '--list-sites'], { ARCHIVE_CONTENT_DIR: content, YEAR_SITE_URL: '' });
    expect(JSON.parse(one.stdout)).toEqual(['hub']);
  });

  it('refuses a year site setting that cannot work before building anything', () => {
    const refused = runNode([join(ROOT, 'scripts', 'build.ts'), '--list-sites'], { ARCHIVE_CONTENT_DIR: content, YEAR_SITE_URL: 'https://example.github.io/wujin/' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('error: YEAR_SITE_URL=https://example.github.io/wujin/: it has no {year}');
  });

  it('refuses to build for publishing (CI) without SITE_URL before building anything, and lists sites without it', () => {
    const refused = runNode([join(ROOT, 'scripts', 'build.ts'), '--out', join(work, 'never')], { ARCHIVE_CONTENT_DIR: content, CI: 'true' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('error: SITE_URL is not set.');
    expect(existsSync(join(work, 'never'))).toBe(false);
    const listed = runNode([join(ROOT, 'scripts', 'build.ts'), '--list-sites'], { ARCHIVE_CONTENT_DIR: content, CI: 'true' });
    expect(listed.status).toBe(0);
  });

  it('says which address a local build uses', () => {
    expect(build.stdout).toContain('[build] addresses: https://example.github.io/wujin/, each year at https://example.github.io/wujin-{year}/');
  });

  it('saves for offline on the hub only the hub’s files, in one part', () => {
    for (const script of ['zh-hans', 'zh-hant']) {
      const list = JSON.parse(read('hub', `offline/${script}.json`)) as { entries: Array<[string, ...unknown[]]> };
      const paths = list.entries.map(([path]) => path);
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.filter((path) => /^zh-han[st]\/\d{4}\/(\d{2}|search|offline)\/|^seeds\/|^api\/(issues|years)\/|^pagefind\/zh-han[st]\/\d{4}-/.test(path))).toEqual([]);
      expect(paths.filter((path) => !existsSync(join(sites, 'hub', path.endsWith('/') || path === '' ? `${path}index.html` : path)))).toEqual([]);
      const parts = JSON.parse(read('hub', `offline/${script}/parts.json`)) as { parts: Array<{ id: string }> };
      expect(parts.parts.map((part) => part.id)).toEqual(['base']);
    }
    // The hub's save page names the year sites, where each year's issues are saved.
    expect(hrefs(read('hub', 'zh-hans/offline/index.html'))).toEqual(expect.arrayContaining([`${YEAR('2023')}zh-hans/2023/offline/`, `${YEAR('2024')}zh-hans/2024/offline/`]));
  });

  it('gives each year’s site its own worker, which saves that year’s issues by period with its own search', () => {
    for (const [year, periods] of [['2023', ['2023-12']], ['2024', ['2024-12', '2024-10', '2024-08', '2024-07']]] as const) {
      const files = new Set(filesUnder(join(sites, year)));
      expect(files.has('sw.js'), year).toBe(true);
      for (const script of ['zh-hans', 'zh-hant']) {
        const list = JSON.parse(read(year, `offline/${script}.json`)) as { entries: Array<[string, ...unknown[]]> };
        const paths = list.entries.map(([path]) => path);
        // Every file listed is the year's site's, and the year's pages and search are among them.
        expect(paths.filter((path) => !files.has(path.endsWith('/') ? `${path}index.html` : path))).toEqual([]);
        expect(paths).toEqual(expect.arrayContaining([`${script}/${year}/search/`, `pagefind/${script}/periods.json`, `${script}/search/query-map.json`]));
        expect(paths.filter((path) => /^zh-han[st]\/\d{4}\/\d{2}\//.test(path) && !path.startsWith(`${script}/${year}/`))).toEqual([]);
        const parts = JSON.parse(read(year, `offline/${script}/parts.json`)) as { parts: Array<{ id: string }> };
        expect(parts.parts.map((part) => part.id)).toEqual(['base', ...periods]);
      }
      // Its worker precaches its own search pages, and the hub's stylesheets and scripts at the hub's address.
      const worker = read(year, 'sw.js');
      expect(worker).toContain(`"${year}/search/index.html"`.replace(/^"/, '"zh-hans/'));
      expect(worker).toMatch(new RegExp(`"url":"${HUB.replace(/[.]/g, '\\.')}_astro/[^"]+\\.css"`));
      expect(worker).toContain(`zh-hans/${year}/offline/unavailable/index.html`);
    }
    // A year's page registers its own site's worker, and its header links to its own search and save pages.
    const page = read('2024', 'zh-hans/2024/10/13/index.html');
    expect(page).toContain('data-base="/wujin-2024/"');
    expect(hrefs(page)).toEqual(expect.arrayContaining(['/wujin-2024/zh-hans/2024/search/', '/wujin-2024/zh-hans/2024/offline/']));
  });
});
