import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveBuild } from '../../src/integrations/archive-build.ts';
import { BUILD_REPORT_FILE, clearBuildReport, readBuildReport, writeBuildReport } from '../../src/integrations/build-report.ts';
import { runNode } from '../helpers/run.ts';
import { ROOT } from '../helpers/seeds.ts';

const work = mkdtempSync(join(tmpdir(), 'archive-build-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Hooks = {
  'astro:config:done': (options: { config: { cacheDir: URL } }) => void;
  'astro:build:done': (options: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>;
};

function recordingLogger() {
  const lines: Array<[string, string]> = [];
  const logger = { info: (message: string) => lines.push(['info', message]), warn: (message: string) => lines.push(['warn', message]) };
  return { lines, logger: logger as unknown as AstroIntegrationLogger };
}

describe('the archive-build integration at astro:build:done', () => {
  it('indexes the output by period with Pagefind, then writes the offline files, reports both and leaves a timing report', async () => {
    const site = join(work, 'site');
    const cache = join(work, 'cache');
    const article = (path: string, title: string) => {
      mkdirSync(join(site, path), { recursive: true });
      writeFileSync(join(site, path, 'index.html'), `<!doctype html><html lang="zh-Hans"><title>武进</title><body><main data-pagefind-body><h1>${title}</h1><p>项目签约。</p></main></body></html>`);
    };
    article('zh-hans/2024/10/13/1', '签约仪式');
    article('zh-hans/2024/12/07/1', '液流电池');
    // Not an article: left out of the search; nor is an article folder without its page.
    article('zh-hans', '首页');
    mkdirSync(join(site, 'zh-hans/2024/12/09/1'), { recursive: true });
    const hooks = archiveBuild().hooks as unknown as Hooks;
    hooks['astro:config:done']({ config: { cacheDir: pathToFileURL(`${cache}/`) } });
    const { lines, logger } = recordingLogger();
    await hooks['astro:build:done']({ dir: pathToFileURL(`${site}/`), logger });

    for (const file of ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind', 'zh-hans/periods.json', 'zh-hans/2024-10/pagefind-entry.json', 'zh-hans/2024-12/pagefind-entry.json']) {
      expect(existsSync(join(site, 'pagefind', file)), file).toBe(true);
    }
    expect(existsSync(join(site, 'sw.js'))).toBe(true);
    const list = JSON.parse(readFileSync(join(site, 'offline', 'zh-hans.json'), 'utf8')) as { files: number; entries: Array<[string]> };
    expect(list.files).toBeGreaterThan(0);
    expect(list.entries.map(([path]) => path)).toContain('pagefind/zh-hans/2024-10/pagefind-entry.json');
    const info = lines.filter(([level]) => level === 'info').map(([, message]) => message);
    expect(info[0]).toMatch(/^search index: 2 pages \(zh-hans 2 pages in 2 periods, zh-hant 0 pages in 0 periods\), 2 periods indexed, 0 unchanged from the cache, into .+ in \d+\.\d s$/);
    expect(info[0]).toContain(` into ${join(site, 'pagefind')} in `);
    expect(info[1]).toMatch(/^offline: build [0-9a-f]{12}, precache \d+ files \(\d+\.\d KB\); save for offline: zh-hans \d+ files, \d+\.\d KB; zh-hant 1 files, \d+\.\d KB; \d+\.\d s$/);
    // This bare site lacks most of the shell the precache expects: Workbox's warnings pass through.
    expect(lines.filter(([level]) => level === 'warn').every(([, message]) => message.startsWith('offline: '))).toBe(true);
    expect(lines.some(([level]) => level === 'warn')).toBe(true);

    const report = readBuildReport(cache);
    expect(report.pagefind).toMatchObject({ pages: 2, periods: 2, indexed: 2, reused: 0 });
    expect(report.pagefind.seconds).toBeGreaterThan(0);
    expect(report.offline.seconds).toBeGreaterThan(0);
    expect(info[1]).toContain(`build ${report.offline.build},`);

    // One more issue: only its period is indexed again, the other comes from the cache unchanged.
    const periodFiles = (id: string) => readFileSync(join(site, 'pagefind', 'zh-hans', id, 'pagefind-entry.json'), 'utf8');
    const october = periodFiles('2024-10');
    article('zh-hans/2024/12/08/1', '停车位');
    const again = recordingLogger();
    await hooks['astro:build:done']({ dir: pathToFileURL(`${site}/`), logger: again.logger });
    expect(readBuildReport(cache).pagefind).toMatchObject({ pages: 3, periods: 2, indexed: 1, reused: 1 });
    expect(periodFiles('2024-10')).toBe(october);
    const periods = JSON.parse(readFileSync(join(site, 'pagefind', 'zh-hans', 'periods.json'), 'utf8')) as { periods: Array<{ id: string; articles: number; tag: string }> };
    expect(periods.periods.map((p) => [p.id, p.articles])).toEqual([
      ['2024-12', 2],
      ['2024-10', 1],
    ]);
    expect(periods.periods[1]!.tag).toBe(JSON.parse(october).languages['zh-hans'].hash);
    // The cache holds this build's periods only (December's older key is gone), each with what the routing table keeps of it and
    // the listing of its files, and the periods' page keys of this build.
    expect(readdirSync(join(cache, 'search-periods', 'zh-hans')).map((name) => name.replace(/-[0-9a-f]{16}/, '-KEY')).sort()).toEqual([
      '2024-10-KEY',
      '2024-10-KEY.files.json',
      '2024-10-KEY.routes.json',
      '2024-12-KEY',
      '2024-12-KEY.files.json',
      '2024-12-KEY.routes.json',
      'pages-keys.json',
    ]);

    // The routing table built from the cache is the one a build without a cache writes.
    const fresh = join(work, 'fresh-site');
    cpSync(site, fresh, { recursive: true });
    hooks['astro:config:done']({ config: { cacheDir: pathToFileURL(`${join(work, 'fresh-cache')}/`) } });
    await hooks['astro:build:done']({ dir: pathToFileURL(`${fresh}/`), logger: recordingLogger().logger });
    expect(readBuildReport(join(work, 'fresh-cache')).pagefind).toMatchObject({ indexed: 2, reused: 0 });
    const routesOf = (root: string) => readdirSync(join(root, 'pagefind', 'zh-hans', 'routes')).sort().map((name) => [name, readFileSync(join(root, 'pagefind', 'zh-hans', 'routes', name), 'utf8')]);
    expect(routesOf(site).length).toBeGreaterThan(0);
    expect(routesOf(site)).toEqual(routesOf(fresh));
    expect(readFileSync(join(site, 'pagefind', 'zh-hans', 'periods.json'), 'utf8')).toBe(readFileSync(join(fresh, 'pagefind', 'zh-hans', 'periods.json'), 'utf8'));
  }, 60_000);

  it('fails with the step named when a step fails', async () => {
    const hooks = archiveBuild().hooks as unknown as Hooks;
    hooks['astro:config:done']({ config: { cacheDir: pathToFileURL(`${join(work, 'cache-2')}/`) } });
    // An output folder that cannot be written: the offline step cannot make its folder there.
    const site = join(work, 'blocked');
    mkdirSync(site, { recursive: true });
    writeFileSync(join(site, 'offline'), 'a file where the offline folder goes');
    await expect(hooks['astro:build:done']({ dir: pathToFileURL(`${site}/`), logger: recordingLogger().logger })).rejects.toThrow(/^offline build failed: /);
    // No timing report from a build that failed (the search step may have kept its cache).
    expect(existsSync(join(work, 'cache-2', BUILD_REPORT_FILE))).toBe(false);
  }, 60_000);

  it('fails rather than ending quietly when a step can never finish (Pagefind’s binary crashed)', () => {
    // Pagefind's binary dying after it has read a request (as when it panics) leaves its Node API
    // waiting forever: without the guard, Node would run out of work and `astro build` would exit
    // 0 with no index. A stand-in binary that reads a little and exits does the same.
    const site = join(work, 'crash-site');
    mkdirSync(join(site, 'zh-hans', '2024', '10', '13', '1'), { recursive: true });
    writeFileSync(join(site, 'zh-hans', '2024', '10', '13', '1', 'index.html'), '<html lang="zh-Hans"><body><main data-pagefind-body><h1>签约</h1></main></body></html>');
    const binary = join(work, 'crashing-pagefind.sh');
    writeFileSync(binary, '#!/bin/sh\nhead -c 1 >/dev/null\nexit 101\n', { mode: 0o755 });
    const script = join(work, 'stalled.mjs');
    writeFileSync(
      script,
      [
        `import { archiveBuild } from ${JSON.stringify(pathToFileURL(join(ROOT, 'src', 'integrations', 'archive-build.ts')).href)};`,
        `const hooks = archiveBuild().hooks;`,
        `hooks['astro:config:done']({ config: { cacheDir: new URL(${JSON.stringify(pathToFileURL(`${join(work, 'cache-3')}/`).href)}) } });`,
        `const logger = { info: console.log, warn: console.warn };`,
        `hooks['astro:build:done']({ dir: new URL(${JSON.stringify(pathToFileURL(`${site}/`).href)}), logger })`,
        `  .then(() => console.log('finished'), (error) => { console.error(error.message); process.exitCode = 1; });`,
        '',
      ].join('\n'),
    );
    const run = runNode([script], { PAGEFIND_BINARY_PATH: binary }, 60_000, work);
    expect(run.stdout).not.toContain('finished');
    expect(run.stderr).toContain('search index failed: it stopped before finishing');
    expect(run.status).toBe(1);
  }, 60_000);
});

describe('the build report', () => {
  it('is read back as written, and a missing one is an error naming its path', () => {
    const cache = join(work, 'report-cache');
    writeBuildReport(cache, { pagefind: { seconds: 1.5, pages: 10 }, offline: { seconds: 0.25, build: 'abc' } });
    expect(readBuildReport(cache)).toEqual({ pagefind: { seconds: 1.5, pages: 10 }, offline: { seconds: 0.25, build: 'abc' } });
    clearBuildReport(cache);
    expect(() => readBuildReport(cache)).toThrow(`no build report at ${join(cache, 'archive-build-report.json')}`);
  });
});
