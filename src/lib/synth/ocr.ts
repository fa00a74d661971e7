import type { ComposedArticle, Credit, Headline } from './compose.ts';
import { BYLINE_MARK, COMMENTATOR, DATELINE_PREFIX, PHOTO_CREDIT, REPORTER_ROLE } from './markers.ts';
import type { Random } from './random.ts';
import { CLOSING_MARKS, isDigit, isHan, OPENING_MARKS } from './text.ts';
import type { Article } from '../../schemas/article.ts';

/**
 * Prints a composed page the way the OCR dumps look: paragraphs cut at column ends, ASCII and
 * full-width punctuation mixed, stray spaces after punctuation and around numbers, headline
 * markers, irregular blank lines. Says how many cuts it made, so ingest can be checked against it.
 */

export interface PageStyle {
  /** ascii: `,` `:` `()` as in most seeds; spaced: `, ` and `75 周年` too; fullwidth: only `()` ASCII; mixed: either, per mark. */
  punctuation: 'ascii' | 'spaced' | 'fullwidth' | 'mixed';
  /** `本报讯 (记者 …) `, `本报讯(记者 …)` or `本报讯（记者 …）`. */
  dateline: 'spaced' | 'tight' | 'fullwidth';
  /** Chance of a space where a Chinese character meets a digit. */
  digitSpace: number;
  /** Two ideographic spaces before each paragraph, as some exports indent. */
  indent: boolean;
  /** Blank lines between articles (1–3), before the first line (0–4), and whether the last line ends. */
  articleGap: number;
  leadingBlankLines: number;
  finalNewline: boolean;
}

export interface RenderedPage {
  /** The page dump, LF line endings. */
  text: string;
  /** Paragraphs cut at a column end into two paragraphs (a blank line between): the ingest must join each. */
  ocrBreaks: number;
  /** Paragraphs cut onto a new line without a blank line: still one paragraph to the ingest. */
  lineBreaks: number;
}

const ASCII_FORMS: Readonly<Record<string, string>> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '？': '?', '！': '!' };
/** Characters of a column's text: a column holds a few hundred before the text moves on to the next. */
const COLUMN_CAPACITY = { min: 420, max: 760 } as const;
const LINE_BREAK_SHARE = 0.1;
/**
 * No column ends after these: it would end the paragraph, or leave an opening mark dangling.
 * Nor next to a space: a line edge swallows it, and the space between two phrases
 * (`“红武共进 双争双强”`) would be lost for good.
 */
const NO_CUT_AFTER = new Set([...'。！？…；：!?;:— \u3000', ...CLOSING_MARKS, ...OPENING_MARKS]);
/** Chinese typesetting never starts a line with these (避头点). */
const NO_CUT_BEFORE = new Set([...'，。、；：？！…—·%,.;:?! \u3000', ...CLOSING_MARKS]);
/** A paragraph opening that holds one of these can never pass for a headline. */
const CLAUSE_OR_SENTENCE = /[，。！？；]/u;

export function choosePageStyle(random: Random): PageStyle {
  const punctuation = random.weighted([['ascii', 40], ['spaced', 25], ['fullwidth', 20], ['mixed', 15]] as const);
  const dateline =
    punctuation === 'spaced' ? 'spaced' : punctuation === 'fullwidth' ? random.weighted([['spaced', 60], ['fullwidth', 40]] as const) : random.weighted([['spaced', 45], ['tight', 45], ['fullwidth', 10]] as const);
  return {
    punctuation,
    dateline,
    digitSpace: punctuation === 'spaced' ? 0.25 : 0.03,
    indent: random.chance(0.1),
    articleGap: random.weighted([[1, 60], [2, 15], [3, 25]] as const),
    leadingBlankLines: random.int(0, 4),
    finalNewline: random.chance(0.7),
  };
}

export function renderPage(articles: readonly ComposedArticle[], style: PageStyle, random: Random): RenderedPage {
  const counts = { ocrBreaks: 0, lineBreaks: 0 };
  const blocks = articles.map((article) => renderArticle(article, style, random, counts).join('\n\n'));
  const gap = '\n'.repeat(style.articleGap + 1);
  const text = '\n'.repeat(style.leadingBlankLines) + blocks.join(gap) + (style.finalNewline ? '\n' : '');
  return { text, ...counts };
}

function renderArticle(article: ComposedArticle, style: PageStyle, random: Random, counts: Omit<RenderedPage, 'text'>): string[] {
  const paragraphs: string[] = article.headline ? renderHeadline(article.headline, style, random) : [];
  // Each article starts somewhere down a column, after its headline.
  const column = { untilEnd: random.int(40, COLUMN_CAPACITY.max) };
  const body = (text: string, prefix: string, guardOpening: boolean) => {
    const parts = cutAtColumnEnds(text, column, random, guardOpening);
    let out = (style.indent ? '\u3000\u3000' : '') + prefix + damage(parts[0]!, style, random);
    for (const part of parts.slice(1)) {
      const lineOnly = random.chance(LINE_BREAK_SHARE);
      if (lineOnly) counts.lineBreaks++;
      else counts.ocrBreaks++;
      out += (lineOnly ? '\n' : '\n\n') + damage(part, style, random);
    }
    return out;
  };

  switch (article.kind) {
    case 'news': {
      const [first, ...rest] = article.paragraphs;
      // The dateline opens the first part, so that part is always read as a dateline, never a headline.
      paragraphs.push(body(first!, renderDateline(article.credit!, style), false));
      for (const paragraph of rest) paragraphs.push(body(paragraph, '', true));
      break;
    }
    case 'feature':
    case 'commentary': {
      paragraphs.push(`${BYLINE_MARK} ${article.credit ? creditText(article.credit) : COMMENTATOR}`);
      for (const paragraph of article.paragraphs) paragraphs.push(body(paragraph, '', true));
      break;
    }
    case 'photo': {
      const gap = random.chance(0.5) ? ' ' : '';
      paragraphs.push(`${damage(article.paragraphs[0]!, style, random)}${gap}${article.photographers.join(' ')} ${PHOTO_CREDIT}`);
      break;
    }
  }
  return paragraphs;
}

function renderHeadline(headline: Headline, style: PageStyle, random: Random): string[] {
  const line = (text: string) => damagePunctuation(text, style, random) + (random.chance(0.05) ? ' ' : '');
  const title = headline.titleLines.map(line).join('\n');
  return [
    ...(headline.kicker ? [line(headline.kicker)] : []),
    headline.marker ? `${headline.marker} ${title}` : title,
    ...(headline.subtitle ? [line(headline.subtitle)] : []),
  ];
}

export function creditText(credit: Credit): string {
  return [...credit.correspondents, REPORTER_ROLE, ...credit.reporters].join(' ');
}

function renderDateline(credit: Credit, style: PageStyle): string {
  const people = creditText(credit);
  switch (style.dateline) {
    case 'spaced':
      return `${DATELINE_PREFIX} (${people}) `;
    case 'tight':
      return `${DATELINE_PREFIX}(${people})`;
    case 'fullwidth':
      return `${DATELINE_PREFIX}（${people}）`;
  }
}

/**
 * Where the column ends fall inside a paragraph. With `guardOpening`, a cut never leaves an
 * opening that could pass for a headline (no comma, no sentence mark): on paper type size tells
 * the two apart, in the dump nothing does, and neither the ingest nor a careful reader could
 * join it with certainty. (A dateline paragraph needs no guard: its dateline marks it.)
 */
export function cutAtColumnEnds(text: string, column: { untilEnd: number }, random: Random, guardOpening: boolean): string[] {
  const chars = [...text];
  // The column filled up with the paragraph before: this one starts at the top of the next.
  if (column.untilEnd <= 0) column.untilEnd += random.int(COLUMN_CAPACITY.min, COLUMN_CAPACITY.max);
  const parts: string[] = [];
  let start = 0;
  let target = column.untilEnd;
  while (target < chars.length) {
    let cut = target;
    while (cut < chars.length && !mayCut(chars, cut, start, guardOpening && parts.length === 0)) cut++;
    if (cut >= chars.length) break;
    parts.push(chars.slice(start, cut).join(''));
    start = cut;
    target = cut + random.int(COLUMN_CAPACITY.min, COLUMN_CAPACITY.max);
  }
  parts.push(chars.slice(start).join(''));
  // The last line of a paragraph is rarely full.
  column.untilEnd = target - chars.length - random.int(0, 14);
  return parts;
}

function mayCut(chars: string[], at: number, start: number, opening: boolean): boolean {
  if (at - start < 2 || chars.length - at < 2) return false;
  if (NO_CUT_AFTER.has(chars[at - 1]!) || NO_CUT_BEFORE.has(chars[at]!)) return false;
  return !opening || CLAUSE_OR_SENTENCE.test(chars.slice(start, at).join(''));
}

/** Punctuation and spacing noise of body text. */
export function damage(text: string, style: PageStyle, random: Random): string {
  const punctuated = damagePunctuation(text, style, random);
  let out = '';
  for (let i = 0; i < punctuated.length; i++) {
    const char = punctuated[i]!;
    out += char;
    const next = punctuated[i + 1];
    if (next === undefined) break;
    if (char === ',' && style.punctuation === 'spaced' && random.chance(0.9)) out += ' ';
    else if ('。、：'.includes(char) && random.chance(0.01)) out += ' ';
    else if (((isHan(char) && isDigit(next)) || (isDigit(char) && isHan(next))) && random.chance(style.digitSpace)) out += ' ';
  }
  return out;
}

function damagePunctuation(text: string, style: PageStyle, random: Random): string {
  let out = '';
  for (const char of text) {
    const ascii = ASCII_FORMS[char];
    if (ascii === undefined) {
      out += char;
      continue;
    }
    const parenthesis = char === '（' || char === '）';
    const chance =
      style.punctuation === 'mixed' ? 0.5 : style.punctuation === 'fullwidth' ? (parenthesis ? 0.5 : 0) : 0.97;
    out += random.chance(chance) ? ascii : char;
  }
  return out;
}

/** What a careful reader (and the ingest) should recover from a printed article: the clean fields. */
export type CleanArticle = Pick<Article, 'kind' | 'kicker' | 'title' | 'subtitle' | 'dateline' | 'byline' | 'credit' | 'authors' | 'photographers'> & {
  paragraphs: string[];
};

export function cleanArticle(article: ComposedArticle): CleanArticle {
  const headline = article.headline;
  const fields: CleanArticle = {
    kind: article.kind === 'feature' ? 'news' : article.kind,
    ...(headline?.kicker ? { kicker: headline.kicker } : {}),
    ...(headline ? { title: headline.titleLines.join(' ') } : {}),
    ...(headline?.subtitle ? { subtitle: headline.subtitle } : {}),
    authors: article.kind === 'photo' ? [...article.photographers] : article.credit ? [...article.credit.correspondents, ...article.credit.reporters] : [],
    photographers: [...article.photographers],
    paragraphs: [...article.paragraphs],
  };
  if (article.kind === 'news') fields.dateline = `${DATELINE_PREFIX}（${creditText(article.credit!)}）`;
  if (article.kind === 'feature' || article.kind === 'commentary') fields.byline = `${BYLINE_MARK} ${article.credit ? creditText(article.credit) : COMMENTATOR}`;
  if (article.kind === 'photo') fields.credit = `${article.photographers.join(' ')} ${PHOTO_CREDIT}`;
  return fields;
}
