import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citationDownload, jsonLdProblems, type CitableArticle } from '../../src/lib/citation/index.ts';
import { readBibtex, readRis } from '../citation/read-back.ts';
import { attribute, builtPages, decodeEntities } from '../helpers/dist.ts';
import { buildSampleSite } from '../helpers/run.ts';
import { childrenNamed, descendants, parseXml, type XmlElement } from '../helpers/xml.ts';

/**
 * Every librarian format of the built sample archive, read back with real parsers: feeds and
 * sitemap, OAI-PMH, oEmbed, the JSON API and the CSV / JSON Lines corpus.
 */
const BASE = '/wujin-archive/';
const SITE = 'http://localhost:4321';
const ROOT_URL = `${SITE}${BASE}`;
const work = mkdtempSync(join(tmpdir(), 'archive-formats-'));
const dist = join(work, 'dist');
const ARTICLE_COUNT = 21;

beforeAll(() => {
  const build = buildSampleSite(dist, join(work, 'cache'), BASE);
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
/** The built file an absolute URL of the site names. */
const fileOf = (url: string) => {
  expect(url.startsWith(ROOT_URL), url).toBe(true);
  const path = decodeURIComponent(url.slice(ROOT_URL.length).split('?')[0]!);
  return join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
};
const text = (element: XmlElement | undefined) => element?.text ?? '';

interface ArticleJson {
  id: string;
  date: string;
  text: Record<'zh-Hans' | 'zh-Hant', { headline: string; paragraphs: string[]; authors: string[] }>;
  urls: { page: Record<'zh-Hans' | 'zh-Hant', string>; json: string; oembed: string };
}
/** The year's corpus, the one copy of the text outside the pages. */
const corpusLines = (year: string) => gunzipSync(readFileSync(join(dist, 'data', year, 'articles.jsonl.gz'))).toString('utf8');
const corpus = () => new Map(corpusLines('2024').trimEnd().split('\n').map((line) => { const a = JSON.parse(line) as ArticleJson; return [a.id, a] as const; }));
const articleIds = () => [...corpus().keys()].sort();
const articleJson = (id: string) => corpus().get(id)!;

describe('feeds', () => {
  it.each(['zh-hans', 'zh-hant'])('%s/feed.xml is well-formed RSS 2.0 with every article of the latest issues, linked to pages that exist', (script) => {
    const rss = parseXml(read(`${script}/feed.xml`));
    expect(rss.local).toBe('rss');
    const channel = rss.children.find((c) => c.local === 'channel')!;
    expect(text(channel.children.find((c) => c.local === 'language'))).toBe(script === 'zh-hans' ? 'zh-Hans' : 'zh-Hant');
    const items = channel.children.filter((c) => c.local === 'item');
    expect(items).toHaveLength(ARTICLE_COUNT);
    for (const item of items) {
      const link = text(item.children.find((c) => c.local === 'link'));
      expect(existsSync(fileOf(link)), link).toBe(true);
      expect(link).toContain(`/${script}/`);
      expect(Number.isNaN(Date.parse(text(item.children.find((c) => c.local === 'pubDate'))))).toBe(false);
    }
    const creators = descendants(channel).filter((e) => e.namespace === 'http://purl.org/dc/elements/1.1/' && e.local === 'creator').map(text);
    expect(creators).toContain(script === 'zh-hans' ? '朱梦琪' : '朱夢琪');
  });
});

describe('sitemap', () => {
  it('is well-formed, lists every public page once with its twin in the other script', () => {
    const index = parseXml(read('sitemap-index.xml'));
    const sitemaps = descendants(index).filter((e) => e.local === 'loc').map(text);
    const urls = sitemaps.flatMap((loc) => childrenNamed(parseXml(readFileSync(fileOf(loc), 'utf8')), 'http://www.sitemaps.org/schemas/sitemap/0.9', 'url'));
    const locs = urls.map((url) => text(url.children.find((c) => c.local === 'loc')));
    expect(new Set(locs).size).toBe(locs.length);
    const publicPages = builtPages(dist).filter((p) => !/\/(404|offline\/unavailable)\/$|^\/404\.html$|^\/embed\//.test(p.path));
    expect(locs.length).toBe(publicPages.length);
    for (const loc of locs) expect(existsSync(fileOf(loc)), loc).toBe(true);
    for (const url of urls.filter((u) => text(u.children.find((c) => c.local === 'loc')).includes('/zh-han'))) {
      const alternates = url.children.filter((c) => c.local === 'link').map((c) => c.attributes.hreflang);
      expect(alternates.sort()).toEqual(['x-default', 'zh-Hans', 'zh-Hant']);
    }
  });

  it('is named in robots.txt', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${ROOT_URL}sitemap-index.xml`);
  });
});

describe('OAI-PMH static repository', () => {
  it('is well-formed and lists every article once as oai_dc', () => {
    const files = readdirSync(join(dist, 'oai'));
    expect(files).toEqual(['2024.xml']);
    const repository = parseXml(read('oai/2024.xml'));
    expect(repository.namespace).toBe('http://www.openarchives.org/OAI/2.0/static-repository');
    const records = descendants(repository).filter((e) => e.local === 'record' && e.namespace === 'http://www.openarchives.org/OAI/2.0/');
    expect(records).toHaveLength(ARTICLE_COUNT);
    const identifiers = records.map((r) => text(descendants(r).find((e) => e.local === 'identifier' && e.namespace === 'http://www.openarchives.org/OAI/2.0/')));
    expect(identifiers.map((id) => id.split(':').at(-1)).sort()).toEqual(articleIds());
    for (const record of records) {
      const dc = descendants(record).find((e) => e.local === 'dc' && e.namespace === 'http://www.openarchives.org/OAI/2.0/oai_dc/');
      expect(dc).toBeDefined();
      expect(descendants(dc!).filter((e) => e.local === 'title' && e.namespace === 'http://purl.org/dc/elements/1.1/').length).toBeGreaterThan(0);
    }
  });
});

describe('oEmbed', () => {
  it('answers for every article, one file for both trees, with the fields the spec requires for type rich', () => {
    expect(readdirSync(join(dist, 'api', 'oembed')).sort()).toEqual(articleIds().map((id) => `${id}.json`));
    for (const id of articleIds()) {
      const oembed = JSON.parse(read(`api/oembed/${id}.json`)) as Record<string, unknown>;
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: articleJson(id).text['zh-Hans'].headline });
      expect(typeof oembed.width).toBe('number');
      expect(typeof oembed.height).toBe('number');
      const src = /<iframe[^>]* src="([^"]+)"/.exec(String(oembed.html))?.[1]?.replace(/&amp;/g, '&');
      expect(src, id).toBe(`${ROOT_URL}embed/article/?id=${id}`);
      expect(existsSync(fileOf(src!)), src).toBe(true);
    }
  });
});

describe('JSON API', () => {
  it('lists the years in /api/issues.json and every issue and article in the years’ lists, each issue pointing to its document', () => {
    const index = JSON.parse(read('api/issues.json')) as { version: number; counts: { issues: number; articles: number }; years: Array<{ year: string; json: string }> };
    expect(index.version).toBe(3);
    expect(index.years.map((y) => [y.year, y.json])).toEqual([['2024', `${ROOT_URL}api/years/2024.json`]]);
    expect(index.counts).toEqual({ issues: 5, articles: articleIds().length });
    const year = JSON.parse(readFileSync(fileOf(index.years[0]!.json), 'utf8')) as { issues: Array<{ date: string; json: string; pages: Array<{ articles: Array<{ id: string }> }> }> };
    expect(year.issues.map((i) => i.date)).toEqual(['2024-01-13', '2024-07-27', '2024-08-28', '2024-10-13', '2024-12-07']);
    expect(year.issues.flatMap((i) => i.pages.flatMap((p) => p.articles.map((a) => a.id))).sort()).toEqual(articleIds());
    for (const issue of year.issues) {
      expect(issue.json).toBe(`${ROOT_URL}api/issues/${issue.date}.json`);
      expect(existsSync(fileOf(issue.json)), issue.json).toBe(true);
    }
  });

  it('gives each issue one document with its articles\' metadata and leads in both scripts, as the pages show them, and no text', () => {
    const files = readdirSync(join(dist, 'api', 'issues')).sort();
    expect(files).toEqual(['2024-01-13.json', '2024-07-27.json', '2024-08-28.json', '2024-10-13.json', '2024-12-07.json']);
    const ids: string[] = [];
    for (const file of files) {
      const raw = read(`api/issues/${file}`);
      expect(raw).not.toContain('paragraphs');
      const issue = JSON.parse(raw) as { version: number; date: string; urls: { corpus: string }; articles: Array<{ id: string; text: ArticleJson['text']; urls: { page: Record<string, string> } }> };
      expect(issue.version).toBe(3);
      expect(existsSync(fileOf(issue.urls.corpus)), issue.urls.corpus).toBe(true);
      for (const article of issue.articles) {
        ids.push(article.id);
        for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
          const page = readFileSync(fileOf(article.urls.page[lang]!), 'utf8');
          expect(page, article.id).toContain(`>${article.text[lang].headline.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</h1>`);
        }
      }
    }
    expect(ids.sort()).toEqual(articleIds());
  });
});

describe('bulk corpus, by year', () => {
  it('JSON Lines (gzip) holds every article once with its text in both scripts, as the article pages show it', () => {
    const lines = corpusLines('2024').trimEnd().split('\n');
    expect(lines).toHaveLength(ARTICLE_COUNT);
    for (const line of lines) {
      const article = JSON.parse(line) as ArticleJson;
      for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
        const page = readFileSync(fileOf(article.urls.page[lang]), 'utf8');
        for (const paragraph of article.text[lang].paragraphs) expect(page, `${article.id} ${lang}`).toContain(paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
      }
    }
    expect(articleJson('2024-10-13-003').text['zh-Hant'].headline).toBe('蘇州絲波敦項目簽約落地西太湖');
  });

  it('CSV (UTF-8 with BOM) is the catalogue: every article once, its fields in both scripts, no text', () => {
    const csv = read('data/2024/articles.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.id).sort()).toEqual(articleIds());
    for (const row of rows) {
      const article = articleJson(row.id!);
      expect(row.headline_hans).toBe(article.text['zh-Hans'].headline);
      expect(row.headline_hant).toBe(article.text['zh-Hant'].headline);
      expect(row.authors_hant).toBe(article.text['zh-Hant'].authors.join('; '));
      expect(Object.keys(row).some((column) => column.startsWith('text'))).toBe(false);
    }
  });

  it('is listed by year on the data page of both trees', () => {
    for (const script of ['zh-hans', 'zh-hant']) {
      const html = read(`${script}/data/index.html`);
      expect(html).toContain(`href="${BASE}data/2024/articles.jsonl.gz"`);
      expect(html).toContain(`href="${BASE}data/2024/articles.csv"`);
    }
  });
});

const articlePages = () => builtPages(dist).filter((p) => /^\/zh-han[st]\/\d{4}\/\d{2}\/\d{2}\/\d+\/$/.test(p.path));
const issuePages = () => builtPages(dist).filter((p) => /^\/zh-han[st]\/\d{4}\/\d{2}\/\d{2}\/$/.test(p.path));
const jsonLdOf = (html: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as Record<string, unknown>;
const metaOf = (html: string, key: string) =>
  [...html.matchAll(new RegExp(`<meta (?:name|property)="${key.replace(/[.]/g, '\\.')}" content="([^"]*)"`, 'g'))].map((m) => decodeEntities(m[1]!));

describe('metadata in article and issue pages', () => {
  it('gives every article page NewsArticle JSON-LD with the fields the project requires, in its script', () => {
    const pages = articlePages();
    expect(pages).toHaveLength(ARTICLE_COUNT * 2);
    for (const page of pages) {
      const data = jsonLdOf(page.html);
      expect(jsonLdProblems(data, 'articlePage'), page.path).toEqual([]);
      expect(data.url).toBe(`${SITE}${BASE.slice(0, -1)}${encodeURI(page.path)}`);
      expect(data.inLanguage).toBe(page.path.startsWith('/zh-hant/') ? 'zh-Hant' : 'zh-Hans');
    }
  });

  it('gives every issue page PublicationIssue JSON-LD listing its articles', () => {
    const pages = issuePages();
    expect(pages).toHaveLength(10);
    for (const page of pages) {
      const data = jsonLdOf(page.html);
      expect(jsonLdProblems(data, 'issuePage'), page.path).toEqual([]);
      for (const part of data.hasPart as Array<{ url: string }>) expect(existsSync(fileOf(part.url)), part.url).toBe(true);
    }
  });

  it('carries Highwire, Dublin Core and Open Graph tags that make Zotero save a newspaper article', () => {
    const page = builtPages(dist).find((p) => p.path === '/zh-hant/2024/10/13/3/')!;
    expect(metaOf(page.html, 'citation_title')).toEqual(['蘇州絲波敦項目簽約落地西太湖']);
    expect(metaOf(page.html, 'citation_author')).toEqual(['朱夢琪']);
    expect(metaOf(page.html, 'citation_publication_date')).toEqual(['2024/10/13']);
    expect(metaOf(page.html, 'citation_firstpage')).toEqual(['1']);
    expect(metaOf(page.html, 'citation_language')).toEqual(['zh-Hant']);
    expect(metaOf(page.html, 'citation_journal_title')).toEqual([]);
    expect(metaOf(page.html, 'DC.type')).toEqual(['newspaperArticle']);
    // The newspaper is named once: Zotero's translators read it from PRISM (tests/citation/zotero.test.ts).
    expect(metaOf(page.html, 'prism.publicationName')).toEqual(['武進日報']);
    expect(metaOf(page.html, 'DC.source')).toEqual([]);
    expect(metaOf(page.html, 'eprints.place_of_pub')).toEqual(['常州']);
    expect(metaOf(page.html, 'og:type')).toEqual(['article']);
    for (const other of articlePages()) expect(metaOf(other.html, 'og:type'), other.path).toEqual(['article']);
  });

  it('links each article page to its oEmbed document', () => {
    for (const page of articlePages()) {
      expect(page.html, page.path).not.toMatch(/<meta name="DC\.(identifier|title|creator|date)"/);
      const href = attribute(page.html, /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/);
      expect(href, page.path).toBeDefined();
      expect(existsSync(fileOf(decodeEntities(href!))), href).toBe(true);
    }
  });
});

describe('RIS and BibTeX downloads', () => {
  it('are made from the record and canonical link of each article page, and parse back to the page\'s metadata, in both scripts', () => {
    for (const page of articlePages()) {
      const settings = /<script type="application\/json" data-cite-settings>([\s\S]*?)<\/script>/.exec(page.html)?.[1];
      expect(settings, page.path).toBeDefined();
      // The page's canonical link and language complete the record, as the page's script does.
      const lang = attribute(page.html, /<html lang="([^"]+)"/) as CitableArticle['lang'];
      const record: CitableArticle = {
        ...(JSON.parse(settings!) as { record: Omit<CitableArticle, 'url' | 'lang' | 'script'> }).record,
        url: decodeEntities(attribute(page.html, /<link rel="canonical" href="([^"]+)"/)!),
        lang,
        script: lang === 'zh-Hant' ? 'zh-hant' : 'zh-hans',
      };
      // A photo's devised title is bracketed in some formats and not in others.
      const title = metaOf(page.html, 'citation_title')[0]!.replace(/^\[|\]$/g, '');
      // The downloads list a photo item's photographers as authors (RIS and biblatex have no role for them); the page names them as contributors.
      const authors = [...metaOf(page.html, 'citation_author'), ...metaOf(page.html, 'eprints.contributors_name')];
      const url = metaOf(page.html, 'citation_public_url')[0]!;
      for (const [read, format] of [[readRis, 'ris'], [readBibtex, 'bibtex']] as const) {
        const back = read(citationDownload(record, format).text);
        expect(back.title.replace(/^\[|\]$/g, ''), `${page.path} ${format}`).toBe(title);
        expect(back.authors, `${page.path} ${format}`).toEqual(authors.length > 0 ? authors : back.authors);
        expect(back.date).toBe(metaOf(page.html, 'citation_publication_date')[0]!.replace(/\//g, '-'));
        expect(back.newspaper).toBe(metaOf(page.html, 'prism.publicationName')[0]);
        expect(back.page).toBe(metaOf(page.html, 'citation_firstpage')[0]);
        expect(back.url).toBe(decodeURI(url));
      }
    }
  });
});
