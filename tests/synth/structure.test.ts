import { describe, expect, it } from 'vitest';
import { cleanArticle, generateArchive, type GeneratedPage } from '../../src/lib/synth/index.ts';
import { BYLINE_MARK, COMMENTATOR, DATELINE_PREFIX, PHOTO_CREDIT } from '../../src/lib/synth/markers.ts';
import { options, sampleCorpus } from './helpers.ts';

/** One month of default-sized issues (about 2,000 articles), generated in memory. */
const pages: GeneratedPage[] = [...generateArchive(options({ seed: 'structure', start: '2024-03-01', end: '2024-04-01' }), sampleCorpus())];
const texts = pages.map((page) => decode(page));
const all = texts.join('\n');

function decode(page: GeneratedPage): string {
  const bytes = page.encoding === 'utf-8-bom' ? page.bytes.subarray(3) : page.bytes;
  return new TextDecoder(page.encoding === 'gb18030' ? 'gb18030' : 'utf-8', { fatal: true }).decode(bytes);
}

const count = (pattern: RegExp) => (all.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? []).length;

describe('a generated month has every structure of the seed format', () => {
  it('names files like the seeds, NNN_<16 hex>.txt, in page order', () => {
    expect(pages.every((page) => /^\d{3,}_[0-9a-f]{16}\.txt$/.test(page.fileName))).toBe(true);
    expect(pages.map((page) => page.fileName)).toEqual(pages.map((page) => page.fileName).sort());
  });

  it('has 4–8 pages an issue and 10–20 articles a page', () => {
    const perIssue = new Map<string, number>();
    for (const page of pages) perIssue.set(page.date, (perIssue.get(page.date) ?? 0) + 1);
    expect([...perIssue.values()].every((n) => n >= 4 && n <= 8)).toBe(true);
    expect(pages.every((page) => page.articles.length >= 10 && page.articles.length <= 20)).toBe(true);
  });

  it('prints headline blocks with and without # markers: kickers, two-line titles, subtitles', () => {
    expect(count(/^# \S/mu)).toBeGreaterThan(10);
    expect(count(/^## \S/mu)).toBeGreaterThan(5);
    expect(count(/——\s*\n\n(?:#{1,2} )?\S/u)).toBeGreaterThan(10);
    expect(count(/^——\S/mu)).toBeGreaterThan(10);
    const twoLineTitles = pages.flatMap((page) => page.articles.flatMap((a) => (a.headline?.titleLines.length === 2 ? [a.headline.titleLines] : [])));
    expect(twoLineTitles.length).toBeGreaterThan(10);
    for (const [first, second] of twoLineTitles.slice(0, 20)) expect(all).toMatch(new RegExp(`${escape(first!)}\\s*\\n${escape(second!)}`, 'u'));
  });

  it('prints datelines in their three forms, with and without correspondents', () => {
    expect(count(new RegExp(`${DATELINE_PREFIX} \\(记者 [^)]+\\) `, 'u'))).toBeGreaterThan(50);
    expect(count(new RegExp(`${DATELINE_PREFIX}\\(记者 [^)]+\\)\\S`, 'u'))).toBeGreaterThan(50);
    expect(count(new RegExp(`${DATELINE_PREFIX}（记者 [^）]+）`, 'u'))).toBeGreaterThan(20);
    expect(count(new RegExp(`${DATELINE_PREFIX} ?[（(]\\p{Script=Han}{2,3} 记者 `, 'u'))).toBeGreaterThan(10);
    expect(count(new RegExp(`${DATELINE_PREFIX} ?[（(]记者 \\p{Script=Han}{2,3} \\p{Script=Han}{2,3}[ ）)]`, 'u'))).toBeGreaterThan(10);
  });

  it('prints bylines of reporters, of correspondents with reporters, and of the commentator', () => {
    expect(count(new RegExp(`^${BYLINE_MARK} 记者 \\p{Script=Han}{2,3}$`, 'mu'))).toBeGreaterThan(20);
    expect(count(new RegExp(`^${BYLINE_MARK} \\p{Script=Han}{2,3} 记者 \\p{Script=Han}{2,3}$`, 'mu'))).toBeGreaterThan(5);
    expect(count(new RegExp(`^${BYLINE_MARK} ${COMMENTATOR}$`, 'mu'))).toBeGreaterThan(20);
  });

  it('prints photo captions ending with the photographers and 摄', () => {
    expect(count(new RegExp(`[。！？”）] ?(?:\\p{Script=Han}{2,3} ){1,2}${PHOTO_CREDIT}$`, 'mu'))).toBeGreaterThan(100);
  });

  it('cuts paragraphs at column ends, onto a new paragraph or a new line', () => {
    const breaks = pages.reduce((sum, page) => sum + page.rendered.ocrBreaks, 0);
    const lineBreaks = pages.reduce((sum, page) => sum + page.rendered.lineBreaks, 0);
    expect(breaks).toBeGreaterThan(pages.length);
    expect(lineBreaks).toBeGreaterThan(pages.length / 10);
    // A body paragraph (it has a comma) that stops mid-sentence, the rest after a blank line.
    expect(count(/[，,][^\n]*\p{Script=Han}\n\n\p{Script=Han}/u)).toBeGreaterThan(pages.length);
  });

  it('mixes ASCII and full-width punctuation, with stray spaces after commas and around numbers', () => {
    expect(count(/\p{Script=Han},\p{Script=Han}/u)).toBeGreaterThan(1000);
    expect(count(/\p{Script=Han}, \p{Script=Han}/u)).toBeGreaterThan(1000);
    expect(count(/\p{Script=Han}，\p{Script=Han}/u)).toBeGreaterThan(1000);
    expect(count(/\p{Script=Han} \d|\d \p{Script=Han}/u)).toBeGreaterThan(100);
    expect(count(/\p{Script=Han}\(\p{Script=Han}/u)).toBeGreaterThan(10);
  });

  it('writes some files with CRLF, some with a UTF-8 BOM, a few in GB18030, and varies blank lines', () => {
    const crlf = pages.filter((page) => page.lineEnding === 'crlf');
    expect(crlf.length).toBeGreaterThan(pages.length * 0.05);
    expect(crlf.every((page) => !/(?<!\r)\n/.test(decode(page)))).toBe(true);
    const bom = pages.filter((page) => page.encoding === 'utf-8-bom');
    expect(bom.length).toBeGreaterThan(0);
    expect(bom.every((page) => page.bytes[0] === 0xef && page.bytes[1] === 0xbb && page.bytes[2] === 0xbf)).toBe(true);
    const gb = pages.filter((page) => page.encoding === 'gb18030');
    expect(gb.length).toBeGreaterThan(0);
    expect(gb.length).toBeLessThan(pages.length * 0.1);
    expect(texts.some((text) => text.startsWith('\n\n'))).toBe(true);
    expect(count(/[^\n]\n\n\n\n[^\n]/u)).toBeGreaterThan(100);
  });

  it('dates what the text mentions to fit each issue', () => {
    for (const page of pages) {
      const year = Number(page.date.slice(0, 4));
      const month = Number(page.date.slice(5, 7));
      const text = page.articles.flatMap((article) => Object.values(cleanArticle(article)).flat()).join('\n');
      for (const m of text.matchAll(/(\d{1,2})月(\d{1,2})日/gu)) {
        const daysBefore = (Date.parse(`${page.date}T00:00:00Z`) - Date.UTC(year, Number(m[1]) - 1, Number(m[2]))) / 86_400_000;
        expect(daysBefore, `${m[0]} on ${page.date}`).toBeGreaterThanOrEqual(1);
        expect(daysBefore, `${m[0]} on ${page.date}`).toBeLessThanOrEqual(10);
      }
      for (const m of text.matchAll(/(?<!\d)1—(\d{1,2})月/gu)) expect(Number(m[1])).toBe(month - 1);
      for (const m of text.matchAll(/今年是新中国成立(\d+)周年/gu)) expect(Number(m[1])).toBe(year - 1949);
      expect(text).not.toMatch(/上半年/u);
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
