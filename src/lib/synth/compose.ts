import { daysBetween } from './calendar.ts';
import { TITLE_PHRASE_MAX, type Corpus } from './corpus.ts';
import { datedClauses, fitsIssue, renderDatedText, renderPieces, type DatedText, type IssueDates } from './dated-text.ts';
import { HEADLINE_DASH } from './markers.ts';
import type { Random } from './random.ts';
import { charLength } from './text.ts';

/**
 * Composes the clean content of a page: which articles it has, their headline blocks, credits
 * and paragraphs, recombined from the corpus and dated for the issue. Punctuation is canonical
 * (full width, no OCR spaces); `ocr.ts` damages it afterwards.
 */

/** `feature` is a news story with a byline (`□ 记者 …`) instead of a dateline. */
export type ComposedKind = 'news' | 'feature' | 'commentary' | 'photo';

export interface Headline {
  /** 引题 above the title: a plain phrase, or one ending in `——`. */
  kicker?: string;
  /** 主题: one line, or two when its two phrases are too long for one. */
  titleLines: string[];
  /** 副题 below the title: a plain phrase, or one starting with `——`. */
  subtitle?: string;
  /** `#` or `##` before the title, as some dumps have. */
  marker?: '#' | '##';
}

/** People in a dateline or byline: `汤乃颖 记者 何晓丹`. */
export interface Credit {
  correspondents: string[];
  reporters: string[];
}

export interface ComposedArticle {
  kind: ComposedKind;
  headline?: Headline;
  /** The dateline's (news) or byline's (feature) people; commentary is unsigned. */
  credit?: Credit;
  /** Body paragraphs; a photo's single caption. */
  paragraphs: string[];
  photographers: string[];
}

/** The newsroom of a generated archive: names from the seeds' credits and recombinations of them. */
export interface Staff {
  reporters: Array<readonly [string, number]>;
  correspondents: Array<readonly [string, number]>;
  photographers: Array<readonly [string, number]>;
}

/** The corpus pieces that read right in one issue (no `1—7月` in February, no event before it happened). */
export interface IssueMaterial {
  date: string;
  titlePhrases: DatedText[];
  dashKickers: DatedText[];
  leads: DatedText[];
  newsSentences: DatedText[];
  commentarySentences: DatedText[];
  captionSentences: DatedText[];
}

const STAFF_SIZE = { reporters: 24, correspondents: 16, photographers: 8 } as const;
const KIND_WEIGHTS: ReadonlyArray<readonly [ComposedKind, number]> = [['news', 72], ['feature', 8], ['commentary', 5], ['photo', 15]];
const NEWS_PARAGRAPHS: ReadonlyArray<readonly [number, number]> = [[1, 15], [2, 25], [3, 25], [4, 18], [5, 10], [6, 7]];
const SENTENCES_PER_PARAGRAPH: ReadonlyArray<readonly [number, number]> = [[1, 35], [2, 40], [3, 25]];
/** Days between a mentioned event and the issue: mostly yesterday or the day before. */
const EVENT_AGE: ReadonlyArray<readonly [number, number]> = [[1, 40], [2, 25], [3, 15], [4, 10], [5, 6], [6, 4]];
/** Share of body sentences spliced from the clauses of two corpus sentences, for variety. */
const SPLICED_SHARE = 0.15;
const SPLICED_MAX = 200;

type HeadlineShape =
  | 'title' | 'marked' | 'kicker-title' | 'dash-kicker-title' | 'title-dash-subtitle' | 'title-subtitle' | 'kicker-title-subtitle';
const HEADLINE_SHAPES: ReadonlyArray<readonly [HeadlineShape, number]> = [
  ['title', 52], ['marked', 12], ['kicker-title', 10], ['dash-kicker-title', 7], ['title-dash-subtitle', 9], ['title-subtitle', 6], ['kicker-title-subtitle', 4],
];

export function hireStaff(corpus: Corpus, random: Random): Staff {
  const everyone = [...corpus.reporters, ...corpus.correspondents, ...corpus.photographers];
  const surnames = unique(everyone.map((name) => [...name][0]!));
  const givenNames = unique(everyone.map((name) => [...name].slice(1).join('')));
  const taken = new Set(everyone);
  const invent = (): string => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const name = random.pick(surnames) + random.pick(givenNames);
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
    return random.pick(everyone);
  };
  const roster = (known: string[], size: number) => {
    const names = [...known];
    while (names.length < size) names.push(invent());
    // Some reporters write far more than others: weight by rank, Zipf-like.
    return names.map((name, rank) => [name, 1 / (rank + 1)] as const);
  };
  return {
    reporters: roster(corpus.reporters, STAFF_SIZE.reporters),
    correspondents: roster(corpus.correspondents, STAFF_SIZE.correspondents),
    photographers: roster(corpus.photographers, STAFF_SIZE.photographers),
  };
}

export function materialForIssue(corpus: Corpus, date: string): IssueMaterial {
  const fitting = (pool: DatedText[]) => {
    const fits = pool.filter((text) => fitsIssue(text, date));
    return fits.length > 0 ? fits : pool;
  };
  return {
    date,
    titlePhrases: fitting(corpus.titlePhrases),
    dashKickers: fitting(corpus.dashKickers),
    leads: fitting(corpus.leads),
    newsSentences: fitting(corpus.newsSentences),
    commentarySentences: fitting(corpus.commentarySentences),
    captionSentences: fitting(corpus.captionSentences.filter((text) => !text.source.endsWith('…'))),
  };
}

/** The articles of one page, in printed order. */
export function composePage(material: IssueMaterial, staff: Staff, random: Random, articleCount: number): ComposedArticle[] {
  const dates = issueDates(material.date, random);
  const render = (text: DatedText) => renderDatedText(text, dates);
  const sentence = (pool: DatedText[]) => {
    const first = random.pick(pool);
    const spliced = random.chance(SPLICED_SHARE) ? splice(first, random.pick(pool), random) : undefined;
    return spliced ? renderPieces(spliced, dates) : render(first);
  };
  const paragraph = (pool: DatedText[], opening?: string) => {
    const count = random.weighted(SENTENCES_PER_PARAGRAPH) - (opening ? 1 : 0);
    return (opening ?? '') + Array.from({ length: Math.max(0, count) }, () => sentence(pool)).join('');
  };
  const headline = () => composeHeadline(material, random, render);

  const articles: ComposedArticle[] = [];
  let commentaries = 0;
  for (let i = 0; i < articleCount; i++) {
    let kind = random.weighted(KIND_WEIGHTS);
    if (kind === 'commentary' && commentaries++ > 0) kind = 'news';
    switch (kind) {
      case 'news': {
        const count = random.weighted(NEWS_PARAGRAPHS);
        const paragraphs = [paragraph(material.newsSentences, render(random.pick(material.leads)))];
        while (paragraphs.length < count) paragraphs.push(paragraph(material.newsSentences));
        articles.push({ kind, headline: headline(), credit: newsCredit(staff, random), paragraphs, photographers: [] });
        break;
      }
      case 'feature': {
        const paragraphs = Array.from({ length: random.int(3, 6) }, () => paragraph(material.newsSentences));
        const correspondents = random.chance(0.3) ? [random.weighted(staff.correspondents)] : [];
        articles.push({ kind, headline: headline(), credit: { correspondents, reporters: [random.weighted(staff.reporters)] }, paragraphs, photographers: [] });
        break;
      }
      case 'commentary': {
        const paragraphs = Array.from({ length: random.int(3, 7) }, () => paragraph(material.commentarySentences));
        articles.push({ kind, headline: headline(), paragraphs, photographers: [] });
        break;
      }
      case 'photo': {
        const sentences = Array.from({ length: random.weighted([[1, 40], [2, 40], [3, 20]] as const) }, () => render(random.pick(material.captionSentences)));
        const photographers = distinct(random.weighted([[1, 60], [2, 40]] as const), () =>
          random.chance(0.75) ? random.weighted(staff.photographers) : random.weighted(staff.reporters),
        );
        articles.push({ kind, paragraphs: [unique(sentences).join('')], photographers });
        break;
      }
    }
  }
  return articles;
}

/**
 * The page's dated events: the first it mentions is yesterday, so the page can be dated the
 * way the ingest does it (latest event plus one day); later ones a few days earlier, but never
 * in the year before the issue.
 */
function issueDates(date: string, random: Random): IssueDates {
  const year = Number(date.slice(0, 4));
  const daysSinceNewYear = daysBetween(`${year}-01-01`, date);
  let first = true;
  return {
    date,
    year,
    month: Number(date.slice(5, 7)),
    nextEventOffset: () => {
      const age = first ? 1 : random.weighted(EVENT_AGE);
      first = false;
      return Math.max(1, Math.min(age, daysSinceNewYear));
    },
  };
}

function composeHeadline(material: IssueMaterial, random: Random, render: (text: DatedText) => string): Headline {
  const used = new Set<string>();
  const phrase = () => {
    let text = render(random.pick(material.titlePhrases));
    for (let attempt = 0; used.has(text) && attempt < 20; attempt++) text = render(random.pick(material.titlePhrases));
    used.add(text);
    return text;
  };
  /** Two phrases read as a title to the ingest even without a `#`, so a plain kicker can sit above. */
  const title = (phrases: 1 | 2): string[] => {
    const first = phrase();
    if (phrases === 1) return [first];
    const second = phrase();
    const oneLine = `${first} ${second}`;
    return charLength(oneLine) <= TITLE_PHRASE_MAX && random.chance(0.85) ? [oneLine] : [first, second];
  };
  const anyTitle = () => title(random.chance(0.4) ? 2 : 1);
  const dashKicker = () =>
    material.dashKickers.length > 0 && random.chance(0.4) ? render(random.pick(material.dashKickers)) : `${phrase()}${HEADLINE_DASH}`;

  switch (random.weighted(HEADLINE_SHAPES)) {
    case 'title':
      return { titleLines: anyTitle() };
    case 'marked': {
      const marker = random.chance(0.65) ? '#' : '##';
      const kicker = random.chance(0.3) ? (random.chance(0.5) ? dashKicker() : phrase()) : undefined;
      const titleLines = anyTitle();
      const subtitle = random.chance(0.2) ? `${HEADLINE_DASH}${phrase()}` : undefined;
      return { marker, titleLines, ...(kicker ? { kicker } : {}), ...(subtitle ? { subtitle } : {}) };
    }
    case 'kicker-title': {
      const kicker = phrase();
      return { kicker, titleLines: title(2) };
    }
    case 'dash-kicker-title': {
      const kicker = dashKicker();
      return { kicker, titleLines: anyTitle() };
    }
    case 'title-dash-subtitle': {
      const titleLines = anyTitle();
      return { titleLines, subtitle: `${HEADLINE_DASH}${phrase()}` };
    }
    case 'title-subtitle': {
      const titleLines = anyTitle();
      return { titleLines, subtitle: phrase() };
    }
    case 'kicker-title-subtitle': {
      const kicker = phrase();
      const titleLines = anyTitle();
      return { kicker, titleLines, subtitle: phrase() };
    }
  }
}

function newsCredit(staff: Staff, random: Random): Credit {
  const reporterCount = random.weighted([[1, 82], [2, 14], [4, 4]] as const);
  const reporters = distinct(reporterCount, () => random.weighted(staff.reporters));
  const correspondents = random.chance(0.1) ? [random.weighted(staff.correspondents)] : [];
  return { correspondents, reporters };
}

/**
 * The opening clauses of one sentence and the closing clauses of another, quotes kept balanced.
 * Works on the dated pieces, so a date in a dropped clause never uses up the page's "yesterday".
 */
function splice(first: DatedText, second: DatedText, random: Random): DatedText['pieces'] | undefined {
  const head = datedClauses(first);
  const tail = datedClauses(second);
  if (head.length < 2 || tail.length < 2) return undefined;
  const pieces = [...head.slice(0, random.int(1, head.length - 1)).flat(), ...tail.slice(random.int(1, tail.length - 1)).flat()];
  const length = pieces.reduce((sum, piece) => sum + (typeof piece === 'string' ? charLength(piece) : 5), 0);
  return length <= SPLICED_MAX ? pieces : undefined;
}

function distinct(count: number, draw: () => string): string[] {
  const names: string[] = [];
  for (let attempt = 0; names.length < count && attempt < count * 10; attempt++) {
    const name = draw();
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
