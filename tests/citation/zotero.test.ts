import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citableOfPage, type CiteSettings } from '../../src/lib/citation/cite-section.ts';
import { citationDownload } from '../../src/lib/citation/downloads.ts';
import type { CitableArticle } from '../../src/lib/citation/record.ts';
import { serveStatic, type StaticSite } from '../../src/lib/dev/static-server.ts';
import { attribute, decodeEntities } from '../helpers/dist.ts';
import { runAstroBuild } from '../helpers/run.ts';
import { ROOT } from '../helpers/seeds.ts';
import { freePort, startTranslationServer, type TranslationServer, type ZoteroItem } from '../helpers/zotero.ts';

/**
 * What a librarian's Zotero saves of the archive (issue 17): Zotero's own translation-server and
 * translators (tests/helpers/zotero.ts), pointed at the built sample served at the address it was
 * built for, without a base path and under one with `10/` in it. Every article of the October
 * issue has `10/` in its URL, which Zotero's RDF reader once took for a DOI.
 */
const work = mkdtempSync(join(tmpdir(), 'archive-zotero-'));
let zotero: TranslationServer;
const sites = new Map<string, { site: StaticSite; dist: string }>();
const BASES = ['/', '/archive-10/'];
const SCRIPTS = ['zh-hans', 'zh-hant'] as const;

beforeAll(async () => {
  zotero = await startTranslationServer();
  for (const base of BASES) {
    const port = await freePort();
    const dist = join(work, `dist-${sites.size}`);
    const build = runAstroBuild({ contentDir: join(ROOT, 'content'), seedsDir: join(ROOT, 'seeds'), outDir: dist, cacheDir: join(work, `cache-${sites.size}`), base, site: `http://127.0.0.1:${port}` });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
    sites.set(base, { site: await serveStatic(dist, base, { port }), dist });
  }
}, 600_000);

afterAll(async () => {
  await zotero?.close();
  for (const { site } of sites.values()) await site.close();
  rmSync(work, { recursive: true, force: true });
});

/** An article page: its address, and the record its Cite section makes its downloads from. */
function article(base: string, path: string): { url: string; record: CitableArticle; description: string } {
  const { site, dist } = sites.get(base)!;
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const settings = JSON.parse(/<script type="application\/json" data-cite-settings>([\s\S]*?)<\/script>/.exec(html)![1]!) as CiteSettings;
  const canonical = decodeEntities(attribute(html, /<link rel="canonical" href="([^"]*)"/)!);
  const lang = attribute(html, /<html lang="([^"]*)"/) as CitableArticle['lang'];
  return { url: `${site.url}${path}/`, record: citableOfPage(settings, canonical, lang), description: decodeEntities(attribute(html, /<meta name="description" content="([^"]*)"/)!) };
}

/** The fields every item of an article must have, saved from its page or imported from its RIS file. */
const articleFields = (page: ReturnType<typeof article>, date: string) => ({
  title: page.record.title,
  creators: page.record.authors.map((name) => ({ name, creatorType: 'author' })),
  date,
  publicationTitle: page.record.newspaper,
  pages: '1',
  place: page.record.place,
  language: page.record.lang,
  url: page.url,
});

const only = (items: ZoteroItem[]) => {
  expect(items).toHaveLength(1);
  return items[0]!;
};

describe.each(BASES)('Zotero under the base %s', (base) => {
  describe.each(SCRIPTS)('in %s', (script) => {
    it('saves an October article as a newspaper article with every field, and no DOI', async () => {
      const page = article(base, `${script}/2024/10/13/1`);
      const item = only(await zotero.save(page.url));
      expect(page.url).toContain('10/');
      expect(item).toMatchObject({ itemType: 'newspaperArticle', ...articleFields(page, '2024/10/13'), abstractNote: page.description });
      expect(page.record.place).toMatch(/^常州$/);
      expect(item.abstractNote).not.toMatch(/…$/);
      expect(item.DOI).toBeUndefined();
      expect(String(item.extra ?? '')).not.toMatch(/DOI/i);
    });

    it('saves the paper’s commentator as one name, not a person’s given and family names', async () => {
      const item = only(await zotero.save(article(base, `${script}/2024/01/13/2`).url));
      expect(item.creators).toEqual([{ name: script === 'zh-hans' ? '本报评论员' : '本報評論員', creatorType: 'author' }]);
    });

    it('saves a photo item’s photographers as contributors, not authors', async () => {
      const page = article(base, `${script}/2024/01/13/3`);
      const item = only(await zotero.save(page.url));
      expect(page.record.photographers).toHaveLength(2);
      expect(item.creators).toEqual(page.record.photographers!.map((name) => ({ name, creatorType: 'contributor' })));
    });

    it('imports the RIS download as a newspaper article, and the BibTeX download as Zotero reads it (a journal article) with its language', async () => {
      const page = article(base, `${script}/2024/10/13/1`);
      const ris = only(await zotero.import(citationDownload(page.record, 'ris').text));
      expect(ris).toMatchObject({ itemType: 'newspaperArticle', ...articleFields(page, '2024-10-13') });
      const bibtex = only(await zotero.import(citationDownload(page.record, 'bibtex').text));
      expect(bibtex).toMatchObject({ itemType: 'journalArticle', title: page.record.title, creators: page.record.authors.map((name) => ({ name, creatorType: 'author' })), publicationTitle: page.record.newspaper, language: 'chinese', url: page.url });
    });
  });
});
