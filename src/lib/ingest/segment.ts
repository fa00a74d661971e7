import type { Article } from '../../schemas/article.ts';
import type { CreditTokens } from './bylines.ts';
import { classifyParagraph, endsParagraph, isHeadlineShaped, startsMidSentence, type ParagraphClass } from './classify.ts';
import { bodyText, headlineText, splitParagraphs, type Paragraph } from './paragraphs.ts';

export type ArticleKind = Article['kind'];

/** One article as found on a page, before it is dated and numbered. */
export interface ParsedArticle {
  type: 'article';
  kind: ArticleKind;
  kicker?: string;
  title?: string;
  subtitle?: string;
  /** `本报讯（记者 朱梦琪）`, taken off the first paragraph. */
  dateline?: string;
  /** `□ 记者 朱梦琪`, a paragraph of its own. */
  byline?: string;
  /** `陆新 徐芊卉 摄`, the end of a photo caption. */
  credit?: string;
  /** Names as printed in the dateline or byline; may hold run-together names. */
  authorTokens: string[];
  photographerTokens: string[];
  /** Body paragraphs; for a photo, its caption. */
  paragraphs: string[];
  startLine: number;
  endLine: number;
  /** First lines of paragraphs that OCR broke off and that were joined to the one before. */
  joinedAtLines: number[];
  warnings: string[];
}

/** Text that belongs to no article; kept and flagged so that nothing is lost. */
export interface Remainder {
  type: 'remainder';
  text: string;
  startLine: number;
  endLine: number;
  reason: string;
}

export interface ParsedPage {
  items: Array<ParsedArticle | Remainder>;
  /** Heading markers (`#`, `##`) removed from the text, by line. */
  markup: Array<{ line: number; text: string }>;
}

/** The longest single headline line that may head an article with no dateline or byline. */
const LONE_HEADLINE_MAX = 20;
const HEADLINE_BLOCK_MAX = 3;

export function segmentPage(text: string): ParsedPage {
  const paragraphs = splitParagraphs(text).map(keepMarkerUnlessHeadline);
  const classes = paragraphs.map(classifyParagraph);
  const plan = planHeadlines(paragraphs, classes);
  const items: ParsedPage['items'] = [];
  let current: ParsedArticle | undefined;

  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    const block = plan.blocks.get(index);
    if (block) {
      current = articleFromHeadline(block.map((i) => paragraphs[i]!), plan.warnings.get(index));
      items.push(current);
      index = block[block.length - 1]!;
      continue;
    }
    const remainder = plan.remainders.get(index);
    if (remainder) {
      items.push({ type: 'remainder', text: headlineText(paragraph), startLine: paragraph.startLine, endLine: paragraph.endLine, reason: remainder });
      continue;
    }
    const found = classes[index]!;
    switch (found.type) {
      case 'dateline':
      case 'byline': {
        if (!current || !awaitsCredit(current)) {
          current = emptyArticle(paragraph.startLine, [`a ${found.type} with no headline above it (line ${paragraph.startLine})`]);
          items.push(current);
        }
        addCredit(current, found.credit);
        if (found.type === 'dateline') {
          current.dateline = found.dateline;
          if (found.rest !== '') current.paragraphs.push(found.rest);
        } else {
          current.byline = found.byline;
          if (found.credit.commentary) current.kind = 'commentary';
        }
        current.endLine = paragraph.endLine;
        break;
      }
      case 'caption': {
        const photo = emptyArticle(paragraph.startLine, []);
        photo.kind = 'photo';
        photo.paragraphs.push(found.caption);
        photo.credit = found.credit;
        photo.photographerTokens = found.photographers.names;
        photo.authorTokens = [...found.photographers.names];
        photo.endLine = paragraph.endLine;
        items.push(photo);
        current = undefined;
        break;
      }
      default: {
        if (!current) {
          current = emptyArticle(paragraph.startLine, [`text with no headline above it (line ${paragraph.startLine})`]);
          items.push(current);
        }
        appendBody(current, paragraph);
      }
    }
  }

  const markup = paragraphs
    .filter((p) => p.headingMarker !== undefined)
    .map((p) => ({ line: p.startLine, text: p.headingMarker! }));
  return { items, markup };
}

interface HeadlinePlan {
  /** Paragraph indices of each headline block, by the index it starts at. */
  blocks: Map<number, number[]>;
  warnings: Map<number, string[]>;
  remainders: Map<number, string>;
}

/**
 * Decides which headline-shaped paragraphs are headlines. A block of up to three directly
 * above a dateline or byline always is. Elsewhere a short unpunctuated paragraph may be an OCR
 * fragment (`…西太湖艺术讲` + `堂，自2016年…`): it heads an article only when the text before
 * it ended a paragraph and the text after it starts a sentence.
 */
function planHeadlines(paragraphs: Paragraph[], classes: ParagraphClass[]): HeadlinePlan {
  const plan: HeadlinePlan = { blocks: new Map(), warnings: new Map(), remainders: new Map() };
  const assigned = new Set<number>();
  const isHeadline = (i: number) => classes[i]?.type === 'headline' && !assigned.has(i);

  classes.forEach((found, anchor) => {
    if (found.type !== 'dateline' && found.type !== 'byline') return;
    const block: number[] = [];
    for (let i = anchor - 1; i >= 0 && isHeadline(i) && block.length < HEADLINE_BLOCK_MAX; i--) block.unshift(i);
    if (block.length === 0) return;
    block.forEach((i) => assigned.add(i));
    plan.blocks.set(block[0]!, block);
  });

  for (let start = 0; start < paragraphs.length; start++) {
    if (!isHeadline(start)) continue;
    let end = start;
    while (isHeadline(end + 1)) end++;
    const group = range(start, end);
    group.forEach((i) => assigned.add(i));
    const next = end + 1;
    const extra = group.splice(0, Math.max(0, group.length - HEADLINE_BLOCK_MAX));
    extra.forEach((i) => plan.remainders.set(i, 'a headline-like line beyond the three a headline block can have'));

    if (next >= paragraphs.length || classes[next]!.type === 'caption') {
      group.forEach((i) => plan.remainders.set(i, 'a headline-like line with no article text after it'));
    } else if (startsArticle(group, start, paragraphs, classes)) {
      plan.blocks.set(group[0]!, group);
      plan.warnings.set(group[0]!, [`a headline with no dateline or byline (line ${paragraphs[group[0]!]!.startLine})`]);
    } else {
      // Not a headline after all: OCR fragments that read on into the next paragraph.
      group.forEach((i) => (classes[i] = { type: 'body' }));
    }
    start = end;
  }
  return plan;
}

function startsArticle(group: number[], start: number, paragraphs: Paragraph[], classes: ParagraphClass[]): boolean {
  if (start === 0 || group.some((i) => paragraphs[i]!.headingMarker !== undefined)) return true;
  const previous = classes[start - 1]!;
  const previousEnds = previous.type === 'caption' || endsParagraph(bodyText(paragraphs[start - 1]!));
  const next = paragraphs[group[group.length - 1]! + 1]!;
  const short = group.length >= 2 || [...headlineText(paragraphs[group[0]!]!)].length <= LONE_HEADLINE_MAX;
  return previousEnds && short && !startsMidSentence(bodyText(next));
}

/**
 * Kicker (引题), title (主题) and subtitle (副题). A `#` marks the title; a kicker may end in
 * `——` and a subtitle start with it. Unmarked, the line of two phrases is the title, and a
 * plain line above it is a kicker, below it a subtitle.
 */
export function assignHeadlineRoles(texts: string[], marked: boolean[]): Pick<ParsedArticle, 'kicker' | 'title' | 'subtitle'> {
  const markedIndex = marked.filter(Boolean).length === 1 ? marked.indexOf(true) : -1;
  let roles: Array<'kicker' | 'title' | 'subtitle'>;
  if (markedIndex !== -1) {
    roles = texts.map((_, i) => (i < markedIndex ? 'kicker' : i === markedIndex ? 'title' : 'subtitle'));
  } else {
    roles = new Array(texts.length);
    let first = 0;
    let last = texts.length - 1;
    while (first <= last && texts[first]!.endsWith('——')) roles[first++] = 'kicker';
    while (last >= first && texts[last]!.startsWith('——')) roles[last--] = 'subtitle';
    const rest = range(first, last);
    const phrased = (i: number) => texts[i]!.includes(' ');
    if (rest.length === 1) roles[rest[0]!] = 'title';
    else if (rest.length === 2) {
      const [a, b] = rest as [number, number];
      const hasKicker = first > 0;
      const hasSubtitle = last < texts.length - 1;
      const plainThenPhrased = !phrased(a) && phrased(b);
      const titleFirst = hasKicker || (!hasSubtitle && !plainThenPhrased);
      [roles[a], roles[b]] = titleFirst ? ['title', 'subtitle'] : ['kicker', 'title'];
    } else if (rest.length >= 3) {
      rest.forEach((i, k) => (roles[i] = k === 0 ? 'kicker' : k === rest.length - 1 ? 'subtitle' : 'title'));
    }
  }
  const join = (role: string) => {
    const parts = texts.filter((_, i) => roles[i] === role);
    return parts.length > 0 ? parts.join(' ') : undefined;
  };
  return { kicker: join('kicker'), title: join('title'), subtitle: join('subtitle') };
}

function articleFromHeadline(block: Paragraph[], warnings: string[] = []): ParsedArticle {
  const article = emptyArticle(block[0]!.startLine, [...warnings]);
  const roles = assignHeadlineRoles(block.map(headlineText), block.map((p) => p.headingMarker !== undefined));
  Object.assign(article, stripUndefined(roles));
  if (!roles.title) article.warnings.push(`a headline block with no main title (line ${article.startLine})`);
  article.endLine = block[block.length - 1]!.endLine;
  return article;
}

function emptyArticle(startLine: number, warnings: string[]): ParsedArticle {
  return {
    type: 'article', kind: 'news', authorTokens: [], photographerTokens: [], paragraphs: [],
    startLine, endLine: startLine, joinedAtLines: [], warnings,
  };
}

function awaitsCredit(article: ParsedArticle): boolean {
  return article.kind !== 'photo' && !article.dateline && !article.byline && article.paragraphs.length === 0;
}

function addCredit(article: ParsedArticle, credit: CreditTokens): void {
  article.authorTokens.push(...credit.names);
  for (const token of credit.unrecognized) article.warnings.push(`not read as a name in the credit: ${token}`);
}

function appendBody(article: ParsedArticle, paragraph: Paragraph): void {
  const text = bodyText(paragraph);
  const last = article.paragraphs.length - 1;
  if (last >= 0 && !endsParagraph(article.paragraphs[last]!)) {
    article.paragraphs[last] += text;
    article.joinedAtLines.push(paragraph.startLine);
  } else {
    article.paragraphs.push(text);
  }
  article.endLine = paragraph.endLine;
}

/** A `#` before a line that is no headline (`# 话题……。`) is text, not markup: put it back. */
function keepMarkerUnlessHeadline(paragraph: Paragraph): Paragraph {
  if (paragraph.headingMarker === undefined || isHeadlineShaped(paragraph)) return paragraph;
  const [first, ...rest] = paragraph.lines;
  return { ...paragraph, headingMarker: undefined, lines: [`${paragraph.headingMarker} ${first}`, ...rest] };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
