import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from '../../src/lib/dev/static-server.ts';
import { runAstroBuild } from '../helpers/run.ts';
import { ROOT } from '../helpers/seeds.ts';
import { freePort, startTranslationServer, type TranslationServer, type ZoteroItem } from '../helpers/zotero.ts';

/**
 * What a librarian's Zotero saves of the archive (issue 17): Zotero's own translation-server and
 * translators, pointed at the built sample served at the address it was built for, with and
 * without a base path, both with `10/` in every article's URL (an October issue) and one in the
 * base path too.
 */
const work = mkdtempSync(join(tmpdir(), 'archive-zotero-'));
let zotero: TranslationServer;
const sites = new Map<string, StaticSite>();
const BASES = ['/', '/archive-10/'];

beforeAll(async () => {
  zotero = await startTranslationServer();
  for (const base of BASES) {
    const port = await freePort();
    const dist = join(work, `dist-${sites.size}`);
    const build = runAstroBuild({ contentDir: join(ROOT, 'content'), seedsDir: join(ROOT, 'seeds'), outDir: dist, cacheDir: join(work, `cache-${sites.size}`), base, site: `http://127.0.0.1:${port}` });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
    sites.set(base, await serveStatic(dist, base, { port }));
  }
}, 600_000);

afterAll(async () => {
  await zotero?.close();
  for (const site of sites.values()) await site.close();
  rmSync(work, { recursive: true, force: true });
});

const pageUrl = (base: string, path: string) => `${sites.get(base)!.url}${path.replace(/^\//, '')}`;

describe.each(BASES)('Zotero saving an article page under the base %s', (base) => {
  it.each(['zh-hans', 'zh-hant'])('saves a newspaper article in %s, with every field and no DOI', async (script) => {
    const url = pageUrl(base, `/${script}/2024/10/13/1/`);
    const items = await zotero.save(url);
    console.log(JSON.stringify(items));
    expect(items).toHaveLength(1);
    const [item] = items as [ZoteroItem];
    expect(item.itemType).toBe('newspaperArticle');
    expect(item.url).toBe(url);
    expect(item.DOI).toBeUndefined();
    expect(String(item.extra ?? '')).not.toMatch(/DOI/i);
  });
});
