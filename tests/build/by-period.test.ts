import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/build/file-tree.ts';
import { runNode, type RunResult } from '../helpers/run.ts';
import { ROOT } from '../helpers/seeds.ts';

/**
 * The sample archive built by period (five periods and the hub) and as one `astro build`: the
 * same site, and a change to one issue rebuilds its period only.
 */
const work = mkdtempSync(join(tmpdir(), 'archive-by-period-'));
const content = join(work, 'content');
const one = join(work, 'one');
const byPeriod = join(work, 'by-period');
let firstRun: RunResult;

const build = (mode: 'never' | 'always', outDir: string, cache: string) =>
  runNode([join(ROOT, 'scripts', 'build.ts'), '--by-period', mode, '--out', outDir], { ARCHIVE_CONTENT_DIR: content, ARCHIVE_SEEDS_DIR: join(ROOT, 'seeds'), ARCHIVE_CACHE_DIR: cache }, 400_000);

beforeAll(() => {
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const single = build('never', one, join(work, 'cache-one'));
  if (single.status !== 0) throw new Error(`one build failed:\n${single.stdout}\n${single.stderr}`);
  firstRun = build('always', byPeriod, join(work, 'cache-by-period'));
  if (firstRun.status !== 0) throw new Error(`build by period failed:\n${firstRun.stdout}\n${firstRun.stderr}`);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Files whose names or contents list the build's files: the sitemaps and the offline lists. */
const LISTS = /^(sitemap-[^/]+\.xml|offline\/(?:[^/]+\/)?[^/]+\.json|sw\.js)$/;

function expectSameSite(single: string, periods: string): void {
  const a = filesUnder(single).filter((path) => !LISTS.test(path)).sort();
  const b = filesUnder(periods).filter((path) => !LISTS.test(path)).sort();
  expect(b).toEqual(a);
  // A year's corpus is the periods' gzip streams one after another: other bytes, the same text.
  const contents = (dir: string, path: string) => (path.endsWith('.gz') ? gunzipSync(readFileSync(join(dir, path))) : readFileSync(join(dir, path)));
  expect(a.filter((path) => !contents(single, path).equals(contents(periods, path)))).toEqual([]);
  // The offline lists name the build (whose sitemaps differ), but list the same files: a build by period finds its files
  // from the assembly and the search index, without walking the site, and misses none.
  const lists = (dir: string) =>
    filesUnder(dir)
      .filter((path) => /^offline\/.+\.json$/.test(path))
      .sort()
      .map((path) => {
        const { build: _build, ...list } = JSON.parse(readFileSync(join(dir, path), 'utf8')) as { build?: string };
        return [path, list];
      });
  expect(lists(periods)).toEqual(lists(single));
  expect(lists(periods).length).toBeGreaterThan(2);
}

describe('a build by period', () => {
  it('builds every period and the hub', () => {
    expect(firstRun.stdout).toContain('build by period: 5 periods, 5 to build, 0 unchanged');
  });

  it('makes the same site as one build: every file, byte for byte, but the lists of files', () => {
    expectSameSite(one, byPeriod);
  });

  it('lists every period\'s pages in its sitemaps, once', () => {
    const urls = (dir: string) =>
      filesUnder(dir)
        .filter((path) => /^sitemap-.+\.xml$/.test(path) && path !== 'sitemap-index.xml')
        .flatMap((path) => [...readFileSync(join(dir, path), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!))
        .sort();
    expect(urls(byPeriod)).toEqual(urls(one));
    const index = readFileSync(join(byPeriod, 'sitemap-index.xml'), 'utf8');
    for (const name of filesUnder(byPeriod).filter((path) => /^sitemap-.+-\d+\.xml$/.test(path))) expect(index).toContain(`/${name}</loc>`);
  });

  it('rebuilds only the period of a changed issue and those listing its articles as related, and links the others from its cache', () => {
    const untouched = join(byPeriod, 'zh-hans/2024/08/28/1/index.html');
    const inode = statSync(untouched).ino;
    const file = join(content, 'issues', '2024-10-13', '003.mdx');
    const source = readFileSync(file, 'utf8');
    const edited = source.replace('苏州丝波敦项目', '苏州丝波敦（更正）项目');
    expect(edited).not.toBe(source);
    writeFileSync(file, edited);
    const rebuild = build('always', byPeriod, join(work, 'cache-by-period'));
    expect(rebuild.status, rebuild.stderr).toBe(0);
    // 2024-12-07's first article lists the changed one among its related articles, under its headline.
    expect(rebuild.stdout).toContain('build by period: 5 periods, 2 to build, 3 unchanged');
    expect(rebuild.stdout).toMatch(/period 2024-10: \d+ articles built/);
    expect(rebuild.stdout).toMatch(/period 2024-12: \d+ articles built/);
    expect(readFileSync(join(byPeriod, 'zh-hans/2024/12/07/1/index.html'), 'utf8')).toContain('苏州丝波敦（更正）项目');
    expect(readFileSync(join(byPeriod, 'zh-hans/2024/10/13/3/index.html'), 'utf8')).toContain('苏州丝波敦（更正）项目');
    expect(readFileSync(join(byPeriod, 'zh-hant/2024/10/13/3/index.html'), 'utf8')).toContain('（更正）');
    expect(statSync(untouched).ino).toBe(inode);
    expect(existsSync(join(byPeriod, 'pagefind', 'zh-hans', 'periods.json'))).toBe(true);
    // The hub and the rebuilt period converted from the memos the first build left (the site is compared below).
    const memo = (name: string) => JSON.parse(readFileSync(join(work, 'cache-by-period', 'by-period', 'conversions', `${name}.json`), 'utf8')) as { pairs: unknown[] };
    expect(memo('hub').pairs.length).toBeGreaterThan(100);
    expect(memo('2024-10').pairs.length).toBeGreaterThan(100);
    // OAI: the changed record's datestamp is the newest issue's date (harvesters asking for what changed since get it); the others keep theirs.
    const datestampOf = (id: string) => new RegExp(`:${id}</oai:identifier><oai:datestamp>([^<]+)<`).exec(readFileSync(join(byPeriod, 'oai', '2024.xml'), 'utf8'))?.[1];
    expect(datestampOf('2024-10-13-003')).toBe('2024-12-07');
    expect(datestampOf('2024-10-13-002')).toBe('2024-10-13');
    expect(datestampOf('2024-08-28-001')).toBe('2024-08-28');
    // Updated in place, the site is still the one a single build makes of the changed content.
    const again = join(work, 'one-again');
    expect(build('never', again, join(work, 'cache-one')).status).toBe(0);
    expectSameSite(again, byPeriod);
  }, 400_000);
});
