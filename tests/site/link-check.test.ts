import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, LinkState, type LinkResult } from 'linkinator';
import { fragmentsOfFile } from '../../src/lib/search/pagefind-files.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from '../../src/lib/dev/static-server.ts';
import type { OfflineList } from '../../src/lib/offline/archive-list.ts';
import { runAstroBuild } from '../helpers/run.ts';
import { ROOT } from '../helpers/seeds.ts';

/**
 * The whole built site (pages, search index, offline files) served under a project-site base
 * as GitHub Pages would, crawled over HTTP from the root: every link, asset, toggle target,
 * manifest icon, search result and offline list entry must answer 200.
 */
const BASE = '/wujin-archive/';
const SITE = 'https://example.github.io';
const work = mkdtempSync(join(tmpdir(), 'archive-links-'));
const dist = join(work, 'dist');
let site: StaticSite;
const served = new Map<string, number>();

beforeAll(async () => {
  const build = runAstroBuild({ contentDir: join(ROOT, 'content'), seedsDir: join(ROOT, 'seeds'), outDir: dist, cacheDir: join(work, 'cache'), base: BASE, site: SITE });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  site = await serveStatic(dist, BASE, { onServe: ({ path, status }) => served.set(path, status) });
}, 300_000);

afterAll(async () => {
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

const sitePath = (path: string) => `${site.url}${path.replace(/^\//, '')}`;

async function status(url: string): Promise<number> {
  const response = await fetch(url, { redirect: 'manual' });
  await response.arrayBuffer();
  return response.status;
}

describe('every link of the site served under a base path', () => {
  let links: LinkResult[] = [];

  beforeAll(async () => {
    const result = await check({
      path: site.url,
      recurse: true,
      checkCss: true,
      checkFragments: true,
      concurrency: 8,
      // Canonical, hreflang and feed links are absolute on the configured site: check them here.
      urlRewriteExpressions: [{ pattern: new RegExp(`^${SITE.replace(/[.]/g, '\\.')}`), replacement: site.origin }],
    });
    links = result.links;
  }, 300_000);

  it('reaches every page of both trees from the root', () => {
    const pages = links.filter((link) => link.state === LinkState.OK && /\/zh-han[st]\/2024\/\d{2}\/\d{2}\/\d+\/$/.test(link.url));
    expect(new Set(pages.map((link) => new URL(link.url).pathname)).size).toBe(42);
  });

  it('finds no broken link, asset or toggle target, and nothing outside the base', () => {
    const broken = links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.parent} → ${link.url} (${link.status})`);
    expect(broken).toEqual([]);
    const outside = links.filter((link) => link.url.startsWith(site.origin) && !new URL(link.url).pathname.startsWith(BASE));
    expect(outside.map((link) => `${link.parent} → ${link.url}`)).toEqual([]);
  });

  it('serves the web app manifests, their icons and start pages, and the service worker, under the base', async () => {
    for (const script of ['zh-hans', 'zh-hant']) {
      const manifest = (await (await fetch(sitePath(`${script}/manifest.webmanifest`))).json()) as { start_url: string; scope: string; icons: Array<{ src: string }> };
      expect(manifest.scope).toBe(BASE);
      for (const path of [manifest.start_url, ...manifest.icons.map((icon) => icon.src)]) expect(await status(`${site.origin}${path}`), path).toBe(200);
    }
    const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
    expect(await status(sitePath('sw.js'))).toBe(200);
    const workboxFolder = /"workboxPath":"([^"]+)"/.exec(worker)![1]!;
    expect(await status(sitePath(`${workboxFolder}workbox-sw.js`))).toBe(200);
    for (const url of [...worker.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!)) expect(await status(sitePath(url)), url).toBe(200);
  });

  it('serves every file the offline lists name', async () => {
    for (const script of ['zh-hans', 'zh-hant']) {
      const list = JSON.parse(readFileSync(join(dist, 'offline', `${script}.json`), 'utf8')) as OfflineList;
      const failures: string[] = [];
      for (const [path] of list.entries) if ((await status(sitePath(path))) !== 200) failures.push(path);
      expect(failures, script).toEqual([]);
      expect(list.entries.filter(([path]) => /^zh-han[st]\/\d{4}\/\d{2}\/\d{2}\/\d+\/$/.test(path))).toHaveLength(21);
    }
  });

  it('links every search result to a page that exists under the base', async () => {
    const files = readdirSync(join(dist, 'pagefind'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.pf_fragment'));
    const fragments = files.flatMap((name) => [...fragmentsOfFile(readFileSync(join(dist, 'pagefind', name)), name).values()].map((fragment) => ({ name, url: fragment.url })));
    // Every article page of both scripts, two to a file (a period's odd one alone).
    expect(fragments).toHaveLength(42);
    expect(files.length).toBeLessThan(42);
    for (const { name, url } of fragments) {
      // The search page puts the base in front of `url`.
      expect(await status(sitePath(url)), `${name}: ${url}`).toBe(200);
    }
  });
});

describe('the crawler itself', () => {
  it('reports a missing page, a missing stylesheet and a link outside the base', async () => {
    const root = join(work, 'broken');
    mkdirSync(join(root, 'zh-hans'), { recursive: true });
    writeFileSync(join(root, 'index.html'), `<!doctype html><link rel="stylesheet" href="${BASE}gone.css"><a href="${BASE}zh-hans/">ok</a><a href="${BASE}zh-hans/missing/">missing</a><a href="/elsewhere/">outside</a>`);
    writeFileSync(join(root, 'zh-hans', 'index.html'), '<!doctype html><p>ok</p>');
    const broken = await serveStatic(root, BASE);
    try {
      const result = await check({ path: broken.url, recurse: true });
      const states = Object.fromEntries(result.links.map((link) => [new URL(link.url).pathname, link.state]));
      expect(states).toMatchObject({ [`${BASE}zh-hans/`]: LinkState.OK, [`${BASE}zh-hans/missing/`]: LinkState.BROKEN, [`${BASE}gone.css`]: LinkState.BROKEN, '/elsewhere/': LinkState.BROKEN });
    } finally {
      await broken.close();
    }
  });
});
