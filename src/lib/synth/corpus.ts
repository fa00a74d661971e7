import { parseDatedText, mostMentionedYear, type DatedText, type DatingPhrase } from './dated-text.ts';
import { BYLINE_MARK, COMMENTATOR, DATELINE_PREFIX, HEADLINE_DASH, PHOTO_CREDIT, REPORTER_ROLE } from './markers.ts';
import { canonicalize, charLength, SENTENCE_END, splitSentences } from './text.ts';
import { compareFileNames } from '../archive/order.ts';

/**
 * Reads the sample pages into reusable pieces: headline phrases, leads, body sentences,
 * commentary sentences, caption sentences and the names in credits. Its own small parser, not
 * the ingest's: the generator must not inherit the ingest's mistakes, or tests could not catch them.
 */

export interface SeedPage {
  name: string;
  /** Decoded text, LF line endings. */
  text: string;
  /** The year the page was printed, when known (e.g. from `seeds/issues.json`). */
  year?: number;
}

export interface Corpus {
  /** Phrases of headlines (a title of two phrases is split at its space). */
  titlePhrases: DatedText[];
  /** Kickers (引题) that end with `——`, as printed. */
  dashKickers: DatedText[];
  /** First sentences after a dateline: what happened, when. */
  leads: DatedText[];
  /** Other sentences of news articles and features. */
  newsSentences: DatedText[];
  /** Sentences of commentaries (`□ 本报评论员`). */
  commentarySentences: DatedText[];
  /** Sentences of photo captions, without the credit. */
  captionSentences: DatedText[];
  /** Staff reporters, correspondents and photographers, as named in credits. */
  reporters: string[];
  correspondents: string[];
  photographers: string[];
}

interface RawParagraph {
  lines: string[];
  /** Joined without separator: OCR line breaks inside a paragraph mean nothing in Chinese. */
  text: string;
}

type Classified =
  | { type: 'dateline'; credit: string; rest: string }
  | { type: 'byline'; credit: string }
  | { type: 'caption'; caption: string; photographers: string[] }
  | { type: 'headline' }
  | { type: 'body' };

interface SeedArticle {
  kind: 'news' | 'feature' | 'commentary';
  headlines: RawParagraph[];
  body: string[];
  hasDateline: boolean;
}

const HEADING_MARKER = /^#{1,6}\s+/u;
const NAME = /^\p{Script=Han}{2,3}$/u;
const HEADLINE_MAX_LINE = 40;
const HEADLINE_BLOCK_MAX = 3;
/** Titles are printed on one line up to this length; longer pairs of phrases take two lines. */
export const TITLE_PHRASE_MAX = 32;
const SENTENCE_MIN = 6;
const SENTENCE_MAX = 260;

export function readCorpus(pages: readonly SeedPage[], phrases: readonly DatingPhrase[] = []): Corpus {
  const corpus: Corpus = {
    titlePhrases: [], dashKickers: [], leads: [], newsSentences: [], commentarySentences: [], captionSentences: [],
    reporters: [], correspondents: [], photographers: [],
  };
  const seen = new Map<DatedText[], Set<string>>();
  const add = (pool: DatedText[], text: string, year: number) => {
    const texts = seen.get(pool) ?? new Set<string>();
    seen.set(pool, texts);
    if (texts.has(text)) return;
    texts.add(text);
    pool.push(parseDatedText(text, year, phrases));
  };

  const sorted = [...pages].sort((a, b) => compareFileNames(a.name, b.name));
  const years = referenceYears(sorted);
  for (const [index, page] of sorted.entries()) {
    const year = years[index]!;
    const paragraphs = splitRawParagraphs(page.text);
    const classes = paragraphs.map(classify);
    for (const found of classes) {
      if (found.type !== 'caption') continue;
      for (const sentence of usableSentences(found.caption)) add(corpus.captionSentences, sentence, year);
      for (const name of found.photographers) pushUnique(corpus.photographers, name);
    }
    for (const article of segmentArticles(paragraphs, classes)) {
      for (const headline of article.headlines) {
        const text = canonicalize(headline.lines.join(' '));
        if (text.endsWith(HEADLINE_DASH) && !text.startsWith(HEADLINE_DASH)) add(corpus.dashKickers, text, year);
        for (const phrase of text.split(' ')) {
          const bare = stripDashes(phrase);
          if (isTitlePhrase(bare)) add(corpus.titlePhrases, bare, year);
        }
      }
      const sentences = article.body.flatMap((paragraph, index) =>
        usableSentences(paragraph).map((sentence, k) => ({ sentence, lead: article.hasDateline && index === 0 && k === 0 })),
      );
      for (const { sentence, lead } of sentences) {
        if (article.kind === 'commentary') add(corpus.commentarySentences, sentence, year);
        else add(lead ? corpus.leads : corpus.newsSentences, sentence, year);
      }
    }
    for (const found of classes) {
      if (found.type !== 'dateline' && found.type !== 'byline') continue;
      const credit = readCredit(found.credit);
      credit.reporters.forEach((name) => pushUnique(corpus.reporters, name));
      credit.correspondents.forEach((name) => pushUnique(corpus.correspondents, name));
    }
  }
  return corpus;
}

/**
 * The year each page was printed: as given, else the year its text names most, else the year
 * most pages have. Years in the text are kept at their distance from it.
 */
function referenceYears(pages: readonly SeedPage[]): number[] {
  const known = pages.map((page) => page.year ?? mostMentionedYear(canonicalize(page.text.replace(/\s+/gu, ''))));
  const counts = new Map<number, number>();
  for (const year of known) if (year !== undefined) counts.set(year, (counts.get(year) ?? 0) + 1);
  const [common] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  // A page that names no year has no year to move; any fixed year keeps the output the same on every run.
  return known.map((year) => year ?? common?.[0] ?? 2000);
}

function splitRawParagraphs(text: string): RawParagraph[] {
  const paragraphs: RawParagraph[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) paragraphs.push({ lines, text: lines.join('') });
    lines = [];
  };
  for (const raw of text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n').split('\n')) {
    const line = raw.trim().replace(HEADING_MARKER, '');
    if (line === '') flush();
    else lines.push(line);
  }
  flush();
  return paragraphs;
}

function classify(paragraph: RawParagraph): Classified {
  const text = canonicalize(paragraph.text);
  const dateline = new RegExp(`^${DATELINE_PREFIX}\\s*（([^（）]{1,60})）\\s*`, 'u').exec(text);
  if (dateline) return { type: 'dateline', credit: dateline[1]!, rest: text.slice(dateline[0].length) };
  if (text.startsWith(BYLINE_MARK) && !SENTENCE_END.test(text)) return { type: 'byline', credit: text.slice(BYLINE_MARK.length).trim() };
  const caption = new RegExp(`^(.*[。！？”）])\\s*((?:\\p{Script=Han}{2,4}\\s*){1,6})${PHOTO_CREDIT}$`, 'u').exec(text);
  if (caption) return { type: 'caption', caption: caption[1]!, photographers: caption[2]!.trim().split(/\s+/u).filter((n) => NAME.test(n)) };
  return isHeadlineShaped(paragraph) ? { type: 'headline' } : { type: 'body' };
}

/** Short unpunctuated lines; a kicker ending in `——` or a subtitle starting with it may hold commas. */
function isHeadlineShaped(paragraph: RawParagraph): boolean {
  if (paragraph.lines.length > HEADLINE_BLOCK_MAX) return false;
  const lines = paragraph.lines.map(canonicalize);
  if (lines.some((line) => charLength(line) > HEADLINE_MAX_LINE)) return false;
  const text = lines.join(' ');
  if (/[。！？；]/u.test(text) || /[，、；：]$/u.test(text)) return false;
  const dashed = text.endsWith(HEADLINE_DASH) || text.startsWith(HEADLINE_DASH);
  return (dashed || !text.includes('，')) && /\p{Script=Han}/u.test(text);
}

/**
 * Articles as printed: up to three headline paragraphs straight above a dateline or byline,
 * then body paragraphs up to the next headline block or caption. Headline-shaped paragraphs
 * anywhere else are the openings of paragraphs OCR broke, and are read as body text.
 */
function segmentArticles(paragraphs: RawParagraph[], classes: Classified[]): SeedArticle[] {
  const blockStart = new Map<number, number>();
  classes.forEach((found, anchor) => {
    if (found.type !== 'dateline' && found.type !== 'byline') return;
    let start = anchor;
    while (start > 0 && anchor - start < HEADLINE_BLOCK_MAX && classes[start - 1]!.type === 'headline' && !blockStart.has(start - 1)) start--;
    blockStart.set(start, anchor);
  });

  const articles: SeedArticle[] = [];
  let current: SeedArticle | undefined;
  for (let index = 0; index < paragraphs.length; index++) {
    const anchor = blockStart.get(index);
    if (anchor !== undefined) {
      const credit = classes[anchor]!;
      const commentary = credit.type === 'byline' && credit.credit.includes(COMMENTATOR);
      current = {
        kind: credit.type === 'dateline' ? 'news' : commentary ? 'commentary' : 'feature',
        headlines: paragraphs.slice(index, anchor),
        body: credit.type === 'dateline' && credit.rest !== '' ? [credit.rest] : [],
        hasDateline: credit.type === 'dateline',
      };
      articles.push(current);
      index = anchor;
      continue;
    }
    const found = classes[index]!;
    if (found.type === 'caption') {
      current = undefined;
      continue;
    }
    current?.body.push(canonicalize(paragraphs[index]!.text));
  }
  for (const article of articles) article.body = repairBreaks(article.body);
  return articles;
}

/** A paragraph that does not end a sentence was cut at a column end: it reads on into the next. */
function repairBreaks(paragraphs: string[]): string[] {
  const repaired: string[] = [];
  for (const paragraph of paragraphs) {
    const last = repaired.length - 1;
    if (last >= 0 && !SENTENCE_END.test(repaired[last]!)) repaired[last] += paragraph;
    else repaired.push(paragraph);
  }
  return repaired;
}

function usableSentences(paragraph: string): string[] {
  return splitSentences(paragraph)
    .map((sentence) => stripDashes(sentence))
    .filter((sentence) => SENTENCE_END.test(sentence) && charLength(sentence) >= SENTENCE_MIN && charLength(sentence) <= SENTENCE_MAX)
    .filter((sentence) => !sentence.startsWith(DATELINE_PREFIX) && !sentence.startsWith(BYLINE_MARK));
}

function stripDashes(text: string): string {
  let out = text.trim();
  while (out.startsWith(HEADLINE_DASH)) out = out.slice(HEADLINE_DASH.length).trim();
  while (out.endsWith(HEADLINE_DASH)) out = out.slice(0, -HEADLINE_DASH.length).trim();
  return out;
}

function isTitlePhrase(phrase: string): boolean {
  const length = charLength(phrase);
  return length >= 4 && length <= TITLE_PHRASE_MAX && !/[，。！？；：]/u.test(phrase) && !/[、]$/u.test(phrase);
}

/** `汤乃颖 记者 何晓丹`: names before the role are correspondents, after it staff reporters. */
function readCredit(credit: string): { reporters: string[]; correspondents: string[] } {
  const result = { reporters: [] as string[], correspondents: [] as string[] };
  let afterRole = false;
  for (const token of credit.split(/\s+/u)) {
    if (token === REPORTER_ROLE) {
      afterRole = true;
      continue;
    }
    const name = token.startsWith(REPORTER_ROLE) ? token.slice(REPORTER_ROLE.length) : token;
    const staff = afterRole || token.startsWith(REPORTER_ROLE);
    if (NAME.test(name)) (staff ? result.reporters : result.correspondents).push(name);
  }
  return result;
}

function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
