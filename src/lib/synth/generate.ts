import { createHash } from 'node:crypto';
import { publicationDays } from './calendar.ts';
import { composePage, hireStaff, materialForIssue, type ComposedArticle } from './compose.ts';
import type { Corpus } from './corpus.ts';
import { encodePage, type LineEnding, type PageEncoding } from './encode.ts';
import { choosePageStyle, renderPage, type PageStyle, type RenderedPage } from './ocr.ts';
import { createRandom } from './random.ts';

/**
 * A synthetic archive, one page at a time: the calendar gives the issues, each issue its pages,
 * each page is composed, damaged and encoded. Every issue and page draws from its own random
 * stream, so a longer archive starts with exactly the pages of a shorter one.
 */

export interface CountRange {
  min: number;
  max: number;
}

export interface SynthOptions {
  /** Any text; the same seed and options give byte-identical output. */
  seed: string;
  /** First day considered, `YYYY-MM-DD`. */
  start: string;
  /** First day no longer generated (exclusive). Either this or `articles` bounds the archive. */
  end?: string;
  /** Stop after the issue that brings the archive to at least this many articles. */
  articles?: number;
  pagesPerIssue: CountRange;
  articlesPerPage: CountRange;
  /** Shares of pages with CRLF line endings, a UTF-8 byte order mark, GB18030 bytes. */
  shares: { crlf: number; bom: number; gb18030: number };
}

export const DEFAULT_OPTIONS = {
  start: '2005-01-01',
  pagesPerIssue: { min: 4, max: 8 },
  articlesPerPage: { min: 10, max: 20 },
  shares: { crlf: 0.12, bom: 0.06, gb18030: 0.03 },
} as const satisfies Partial<SynthOptions>;

export interface IssuePlan {
  date: string;
  /** Number of articles on each page, in page order. */
  articlesPerPage: number[];
}

export interface GeneratedPage {
  date: string;
  /** 1-based position in the issue; also the printed page label. */
  order: number;
  label: string;
  /** `NNN_<16 hex>.txt`: running number, then the start of the SHA-256 of the bytes. */
  fileName: string;
  bytes: Uint8Array;
  encoding: PageEncoding;
  lineEnding: LineEnding;
  style: PageStyle;
  /** The clean content the page was printed from. */
  articles: ComposedArticle[];
  rendered: RenderedPage;
}

/** Issue dates and page sizes only: cheap, so file names can be numbered to a fixed width. */
export function planArchive(options: SynthOptions): IssuePlan[] {
  if (options.end === undefined && options.articles === undefined) {
    throw new Error('the archive needs an end: an end date or a number of articles');
  }
  const plans: IssuePlan[] = [];
  let articles = 0;
  for (const date of publicationDays(options.start, options.seed, options.end)) {
    if (options.articles !== undefined && articles >= options.articles) break;
    const random = createRandom(`${options.seed}/issue/${date}`);
    const pages = random.int(options.pagesPerIssue.min, options.pagesPerIssue.max);
    const articlesPerPage = Array.from({ length: pages }, () => random.int(options.articlesPerPage.min, options.articlesPerPage.max));
    plans.push({ date, articlesPerPage });
    articles += articlesPerPage.reduce((sum, n) => sum + n, 0);
  }
  return plans;
}

export function* generateArchive(options: SynthOptions, corpus: Corpus, plans: IssuePlan[] = planArchive(options)): Generator<GeneratedPage> {
  const staff = hireStaff(corpus, createRandom(`${options.seed}/staff`));
  const totalPages = plans.reduce((sum, plan) => sum + plan.articlesPerPage.length, 0);
  const width = Math.max(3, String(Math.max(0, totalPages - 1)).length);
  let index = 0;
  for (const plan of plans) {
    const material = materialForIssue(corpus, plan.date);
    for (const [position, articleCount] of plan.articlesPerPage.entries()) {
      const order = position + 1;
      const random = createRandom(`${options.seed}/page/${plan.date}/${order}`);
      const articles = composePage(material, staff, random, articleCount);
      const style = choosePageStyle(random);
      const rendered = renderPage(articles, style, random);
      const wanted: PageEncoding = random.chance(options.shares.gb18030) ? 'gb18030' : random.chance(options.shares.bom) ? 'utf-8-bom' : 'utf-8';
      const lineEnding: LineEnding = random.chance(options.shares.crlf) ? 'crlf' : 'lf';
      const { bytes, encoding } = encodePage(rendered.text, wanted, lineEnding);
      const hex = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
      const fileName = `${String(index++).padStart(width, '0')}_${hex}.txt`;
      yield { date: plan.date, order, label: String(order), fileName, bytes, encoding, lineEnding, style, articles, rendered };
    }
  }
}
