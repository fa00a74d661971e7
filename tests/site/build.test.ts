import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import stCharacters from 'opencc-js/dict/STCharacters';
import stPhrases from 'opencc-js/dict/STPhrases';
import twVariants from 'opencc-js/dict/TWVariants';
import { attribute, builtPages, decodeEntities, linksOf, readableText, type BuiltPage } from '../helpers/dist.ts';
import { buildSampleSite, type RunResult } from '../helpers/run.ts';
import { ROOT } from '../helpers/seeds.ts';

/** The sample archive built under a project-site base, as on GitHub Pages. */
const BASE = '/wujin-archive/';
const work = mkdtempSync(join(tmpdir(), 'archive-site-'));
const dist = join(work, 'dist');
let build: RunResult;
let pages: BuiltPage[];

beforeAll(() => {
  build = buildSampleSite(dist, join(work, 'cache'), BASE);
  pages = build.status === 0 ? builtPages(dist) : [];
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const scriptPages = (script: 'zh-hans' | 'zh-hant') => pages.filter((p) => p.path.startsWith(`/${script}/`));

/**
 * Characters that are never right in Traditional text: OpenCC gives them one Traditional form,
 * different from themselves, that Taiwan's variants do not map back (群 → 羣 → 群 is fine), and
 * no OpenCC phrase keeps them (征 stays in 長征, 里 in 公里).
 */
const dictionaryEntries = (dictionary: string) => dictionary.split('|').map((entry) => entry.split(' '));
const taiwanVariant = new Map(dictionaryEntries(twVariants).map(([from, to]) => [from!, to!]));
const keptInPhrases = new Set([...dictionaryEntries(stPhrases).flatMap(([, ...forms]) => forms).join('')]);
const simplifiedOnly = new Set(
  dictionaryEntries(stCharacters)
    .filter(([simplified, ...forms]) => forms.length === 1 && forms[0] !== simplified && taiwanVariant.get(forms[0]!) !== simplified && !keptInPhrases.has(simplified!))
    .map(([simplified]) => simplified!),
);

describe('the built site', () => {
  it('builds without warnings', () => {
    expect(build.status, build.stderr).toBe(0);
    expect(`${build.stdout}\n${build.stderr}`.split('\n').filter((l) => /\bwarn|error\b|deprecat/i.test(l))).toEqual([]);
  });

  it('is indexed for search and made ready for offline reading by astro build itself', () => {
    expect(build.stdout).toMatch(/\[archive-build\] search index: 42 pages \(zh-hans 21 pages in 5 periods, zh-hant 21 pages in 5 periods\), \d+ periods indexed, \d+ unchanged from the cache, into /);
    expect(build.stdout).toMatch(/\[archive-build\] offline: build [0-9a-f]+, precache \d+ files/);
    for (const file of ['pagefind/pagefind.js', 'pagefind/zh-hans/periods.json', 'pagefind/zh-hant/periods.json', 'sw.js', 'offline/zh-hans.json', 'offline/zh-hant.json']) {
      expect(existsSync(join(dist, file)), file).toBe(true);
    }
  });

  it('has every page in both trees', () => {
    const paths = new Set(pages.map((p) => p.path));
    const expected = ['/', '/404.html', '/zh-hans/404/', '/zh-hans/', '/zh-hans/people/', '/zh-hans/search/', '/zh-hans/2024/', '/zh-hans/2024/10/', '/zh-hans/2024/10/13/', '/zh-hans/2024/10/13/1/', '/zh-hans/2024/10/13/6/', '/zh-hans/people/朱梦琪/', '/zh-hans/people/朱梦琪/2024/10/'];
    for (const path of expected) {
      expect(paths.has(path), path).toBe(true);
      if (path.startsWith('/zh-hans/')) expect(paths.has(path.replace('/zh-hans/', '/zh-hant/')), path).toBe(true);
    }
    const articles = scriptPages('zh-hant').filter((p) => /^\/zh-hant\/\d{4}\/\d{2}\/\d{2}\/\d+\/$/.test(p.path));
    expect(articles).toHaveLength(21);
  });

  it('keeps month and people pages small: a month lists front pages, a person the months, each month a page', () => {
    const textOf = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, ' '));
    const month = pages.find((p) => p.path === '/zh-hans/2024/10/')!;
    const issue = pages.find((p) => p.path === '/zh-hans/2024/10/13/')!;
    const articleLinks = (html: string) => linksOf(html).filter((link) => /\/zh-hans\/2024\/10\/13\/\d+\/$/.test(link));
    // The front page's headlines (each sample issue is one printed page), as lines, not cards with leads.
    expect(new Set(articleLinks(month.html))).toEqual(new Set(articleLinks(issue.html)));
    expect(month.html).not.toContain('article-card');
    expect(month.html.length).toBeLessThan(issue.html.length);
    expect(textOf(month.html)).toMatch(/头版/);
    expect(textOf(month.html)).toMatch(new RegExp(`本期全部 ${new Set(articleLinks(issue.html)).size} 篇`));

    const person = pages.find((p) => p.path === '/zh-hans/people/朱梦琪/')!;
    const monthLinks = linksOf(person.html).filter((link) => /\/people\/.+\/\d{4}\/\d{2}\/$/.test(link));
    expect(monthLinks.length).toBeGreaterThan(0);
    // Every article of the person is on one of their month pages, once.
    const listed: string[] = [];
    for (const link of monthLinks) {
      const page = pages.find((p) => `${BASE.slice(0, -1)}${p.path}` === decodeURI(link))!;
      expect(page, link).toBeDefined();
      listed.push(...linksOf(page.html).filter((l) => /\/zh-hans\/\d{4}\/\d{2}\/\d{2}\/\d+\/$/.test(l)));
    }
    const count = Number(/(\d+)篇/.exec(textOf(person.html))![1]);
    expect(listed.length).toBe(count);
    expect(new Set(listed).size).toBe(count);
  });

  it('has no broken internal link, asset or toggle target, all under the base', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const link of linksOf(page.html)) {
        if (/^(https?:|mailto:|#|data:)/.test(link)) continue;
        if (!link.startsWith(BASE)) {
          broken.push(`${page.path} → ${link} (not under ${BASE})`);
          continue;
        }
        const target = join(dist, decodeURIComponent(link.slice(BASE.length).split('#')[0]!.split('?')[0]!));
        const file = link.endsWith('/') ? join(target, 'index.html') : target;
        if (!existsSync(file)) broken.push(`${page.path} → ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every page the right lang, a canonical link and a toggle to the same page, leaving hreflang alternates to the sitemap', () => {
    for (const script of ['zh-hans', 'zh-hant'] as const) {
      const lang = script === 'zh-hans' ? 'zh-Hans' : 'zh-Hant';
      const other = script === 'zh-hans' ? 'zh-hant' : 'zh-hans';
      for (const page of scriptPages(script)) {
        expect(attribute(page.html, /<html lang="([^"]+)"/), page.path).toBe(lang);
        expect(attribute(page.html, /<link rel="canonical" href="([^"]+)"/), page.path).toBe(`http://localhost:4321${BASE.slice(0, -1)}${encodeURI(page.path)}`);
        expect(page.html, page.path).not.toMatch(/<link rel="alternate" hreflang=/);
        const toggle = attribute(page.html, /class="script-toggle" href="([^"]+)"/);
        expect(decodeURIComponent(toggle!), page.path).toBe(`${BASE.slice(0, -1)}${page.path.replace(`/${script}/`, `/${other}/`)}`);
      }
    }
  });

  it('writes zh-Hant pages wholly in Traditional, without the wrong forms raw conversion makes', () => {
    const wrongForms = readFileSync(join(ROOT, 'tests', 'fixtures', 'wrong-traditional-forms.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    const found: string[] = [];
    for (const page of scriptPages('zh-hant')) {
      const text = readableText(page.html);
      for (const form of wrongForms) if (text.includes(form)) found.push(`${page.path}: ${form}`);
      const simplified = [...new Set([...text].filter((c) => simplifiedOnly.has(c)))];
      if (simplified.length > 0) found.push(`${page.path}: Simplified characters ${simplified.join('')}`);
    }
    expect(found).toEqual([]);
  });

  it('keeps URLs, numbers and Latin text unconverted on zh-Hant pages', () => {
    const hant = readFileSync(join(dist, 'zh-hant', '2024', '08', '28', '1', 'index.html'), 'utf8');
    expect(hant).toContain('113.6億元');
    expect(hant).toContain('8.9%、9.8%');
    const photo = readFileSync(join(dist, 'zh-hant', '2024', '01', '13', '3', 'index.html'), 'utf8');
    expect(photo).toContain('MSH');
    expect(photo).toContain('3.0T');
  });

  it('serves the seed text each article links to', () => {
    const seed = readFileSync(join(dist, 'seeds', '2024-10-13', '002_04e94acb881a18bc.txt'), 'utf8');
    expect(seed).toContain('苏州丝波敦项目签约落地西太湖');
  });
});
