import type { Paragraph } from './paragraphs.ts';
import { bodyText } from './paragraphs.ts';
import { compareCodeUnits } from '../archive/order.ts';
import { EARLIEST_PUBLICATION, outsidePublicationRange, type PublicationRange } from './manifest.ts';

/** A phrase that dates a text: it cannot have been printed before the event it names. */
export interface ChronologyEntry {
  phrase: string;
  notBefore: string;
  event: string;
}

export type DatePrecision = 'day' | 'month' | 'year' | 'none';
/** high: an explicit date anchored by 昨天; medium: the latest dated event plus one day. */
export type DateConfidence = 'high' | 'medium' | 'low' | 'none';

export interface DateInference {
  /** `YYYY-MM-DD` when the day could be inferred. */
  date?: string;
  precision: DatePrecision;
  confidence: DateConfidence;
  /** Human-readable reasons, each naming the text and line it rests on. */
  evidence: string[];
  /** Contradictions between pieces of evidence. */
  conflicts: string[];
}

export function isConfident(inference: DateInference): boolean {
  return inference.precision === 'day' && (inference.confidence === 'high' || inference.confidence === 'medium');
}

type Strength = 3 | 2 | 1;
interface YearVote { year: number; strength: Strength; reason: string }

const CHINESE_NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const PRC_FOUNDED = 1949;

/**
 * Infers the publication date of a page from what its text says: explicit dates of events
 * (`10月12日`) with `昨天`, statistics up to a month (`1—7月`), year mentions (`2024年第五个`,
 * `75周年`, `回眸2023年`) and events from the chronology (`二十届三中全会精神`).
 */
export function inferPublicationDate(
  paragraphs: Paragraph[],
  chronology: ChronologyEntry[],
  range: PublicationRange = { earliest: EARLIEST_PUBLICATION },
): DateInference {
  const evidence: string[] = [];
  const conflicts: string[] = [];
  const texts = paragraphs.map((p) => ({ line: p.startLine, text: bodyText(p) }));
  const all = texts.map((t) => t.text).join('\n');

  const eventBounds = chronologyBounds(texts, chronology, evidence);
  const year = inferYear(texts, all, eventBounds, range, evidence);
  const notBefore = [...eventBounds, ...monthBounds(texts, year, evidence)];
  const latest = latestEventDate(texts, year, evidence, conflicts);
  const yesterday = texts.find((t) => /昨天|昨日/u.test(t.text));

  if (year === undefined) {
    return { precision: 'none', confidence: 'none', evidence, conflicts: [...conflicts, 'no year could be inferred'] };
  }
  if (!latest) {
    if (yesterday) evidence.push(`“昨天” (line ${yesterday.line}), but no dated event to count from`);
    const bound = notBefore.filter((b) => b.date.startsWith(`${year}-`)).sort((a, b) => compareCodeUnits(b.date, a.date))[0];
    return { precision: bound ? 'month' : 'year', confidence: 'low', evidence, conflicts };
  }

  const eventDate = `${year}-${pad(latest.month)}-${pad(latest.day)}`;
  const date = addDays(eventDate, 1);
  let confidence: DateConfidence;
  if (yesterday) {
    evidence.push(`“昨天” (line ${yesterday.line}): the events were the day before publication, so ${date}`);
    confidence = 'high';
  } else {
    evidence.push(`no “昨天”: a daily reports the latest dated event the next day, so about ${date}`);
    confidence = 'medium';
  }
  // An impossible date on the page (OCR misread a digit) may have been the latest event.
  if (confidence === 'high' && conflicts.length > 0) confidence = 'medium';
  const outside = outsidePublicationRange(date, range);
  if (outside) {
    conflicts.push(outside);
    confidence = 'low';
  }
  for (const bound of notBefore) {
    if (date < bound.date) {
      conflicts.push(`${date} is before ${bound.date}, which ${bound.reason} requires`);
      confidence = 'low';
    }
  }
  return { date, precision: 'day', confidence, evidence, conflicts };
}

function inferYear(
  texts: Array<{ line: number; text: string }>,
  all: string,
  bounds: Bound[],
  range: PublicationRange,
  evidence: string[],
): number | undefined {
  const votes: YearVote[] = [];
  for (const { line, text } of texts) {
    for (const m of text.matchAll(/今年是新中国成立(\d{1,3})周年/gu)) {
      votes.push({ year: PRC_FOUNDED + Number(m[1]), strength: 3, reason: `“${m[0]}” (line ${line})` });
    }
    for (const m of text.matchAll(/(?:新中国|中华人民共和国)成立(\d{1,3})(?:周年|年来)/gu)) {
      if (m.index !== undefined && text.slice(Math.max(0, m.index - 3), m.index).includes('今年是')) continue;
      votes.push({ year: PRC_FOUNDED + Number(m[1]), strength: 2, reason: `“${m[0]}” (line ${line})` });
    }
    for (const m of text.matchAll(/(\d{4})年第([一二三四五六七八九十\d]{1,3})个/gu)) {
      if (all.includes(`今年第${m[2]}个`)) {
        votes.push({ year: Number(m[1]), strength: 3, reason: `“${m[0]}” with “今年第${m[2]}个” (line ${line})` });
      }
    }
    for (const m of text.matchAll(/回眸(\d{4})年/gu)) {
      votes.push({ year: Number(m[1]) + 1, strength: 2, reason: `“${m[0]}” (line ${line}): a look back at the year before` });
    }
  }
  const mentions = new Map<number, number>();
  for (const { text } of texts) {
    // `2025年度` names a plan year, usually the next one; ranges (`2024—2026年`) are plans too.
    for (const m of text.matchAll(/(?<![\d—-])((?:19|20)\d{2})年(?![—-]|度)/gu)) {
      mentions.set(Number(m[1]), (mentions.get(Number(m[1])) ?? 0) + 1);
    }
  }
  const [mostMentioned] = [...mentions.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  if (mostMentioned) {
    votes.push({ year: mostMentioned[0], strength: 1, reason: `${mostMentioned[0]}年 is the year mentioned most (${mostMentioned[1]}×)` });
  }
  if (votes.length === 0 && bounds.length > 0) {
    const latestBound = bounds.reduce((a, b) => (a.date > b.date ? a : b));
    votes.push({ year: Number(latestBound.date.slice(0, 4)), strength: 1, reason: `${latestBound.reason} is not before ${latestBound.date}` });
  }
  const firstYear = Number(range.earliest.slice(0, 4));
  const lastYear = range.latest === undefined ? 9999 : Number(range.latest.slice(0, 4));
  const possible = votes.filter((vote) => {
    if (vote.year >= firstYear && vote.year <= lastYear) return true;
    evidence.push(`${vote.reason} → ${vote.year}, which cannot be a publication year (ignored)`);
    return false;
  });
  votes.splice(0, votes.length, ...possible);
  if (votes.length === 0) return undefined;
  const strongest = Math.max(...votes.map((v) => v.strength));
  const best = votes.filter((v) => v.strength === strongest);
  const year = best[0]!.year;
  for (const vote of votes) evidence.push(`${vote.reason} → ${vote.year}${vote.year === year ? '' : ' (outweighed)'}`);
  return year;
}

interface Bound { date: string; reason: string }

function chronologyBounds(texts: Array<{ line: number; text: string }>, chronology: ChronologyEntry[], evidence: string[]): Bound[] {
  const bounds: Bound[] = [];
  for (const entry of chronology) {
    const found = texts.find(({ text }) => text.includes(entry.phrase));
    if (!found || bounds.some((b) => b.date === entry.notBefore)) continue;
    bounds.push({ date: entry.notBefore, reason: `“${entry.phrase}” (line ${found.line})` });
    evidence.push(`“${entry.phrase}” (line ${found.line}): not before ${entry.notBefore} (${entry.event})`);
  }
  return bounds;
}

function monthBounds(texts: Array<{ line: number; text: string }>, year: number | undefined, evidence: string[]): Bound[] {
  if (year === undefined) return [];
  const bounds: Bound[] = [];
  for (const { line, text } of texts) {
    for (const m of text.matchAll(/(?<!\d)1[—-](\d{1,2})月/gu)) {
      const month = Number(m[1]);
      if (month < 1 || month > 11 || bounds.some((b) => b.reason.startsWith(`“${m[0]}”`))) continue;
      bounds.push({ date: `${year}-${pad(month + 1)}-01`, reason: `“${m[0]}” statistics (line ${line})` });
      evidence.push(`“${m[0]}” statistics (line ${line}): published in month ${month + 1} or later`);
    }
    if (/今年上半年|上半年[，。]/u.test(text) && !bounds.some((b) => b.reason.startsWith('“上半年”'))) {
      bounds.push({ date: `${year}-07-01`, reason: `“上半年” (line ${line})` });
      evidence.push(`“上半年” (line ${line}): the first half-year is over, so July or later`);
    }
  }
  return bounds;
}

interface MonthDay { month: number; day: number }

function latestEventDate(
  texts: Array<{ line: number; text: string }>,
  year: number | undefined,
  evidence: string[],
  conflicts: string[],
): MonthDay | undefined {
  let latest: (MonthDay & { text: string; line: number }) | undefined;
  const pattern = /(\d{1,2})月(\d{1,2})日(?:[—-](?:(\d{1,2})月)?(\d{1,2})日)?/gu;
  for (const { line, text } of texts) {
    for (const m of text.matchAll(pattern)) {
      const before = text.slice(Math.max(0, (m.index ?? 0) - 4), m.index);
      if (/预计|将于|将在|拟于|计划/u.test(before)) continue;
      const month = Number(m[3] ?? m[1]);
      const day = Number(m[4] ?? m[2]);
      // Without a year, a leap year: 2月29日 may be a date, 2月30日 never is.
      if (!isCalendarDate(year ?? 2000, month, day)) {
        conflicts.push(`“${m[0]}” (line ${line}) is not a date in ${year ?? 'any year'}, so it was not counted`);
        continue;
      }
      if (!latest || month * 100 + day > latest.month * 100 + latest.day) latest = { month, day, text: m[0], line };
    }
  }
  if (latest) evidence.push(`“${latest.text}” (line ${latest.line}): the latest dated event`);
  return latest;
}

/** Whether `month`/`day` exist in `year` (no 30 February, no 31 April). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0); // day 0 of the next month: the last day of this one
  return day <= date.getUTCDate();
}

/** Today's date in China (UTC+8 all year since 1991), where the paper is printed. */
export function todayWherePrinted(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function parseChronology(tsv: string): ChronologyEntry[] {
  return tsv
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [phrase, notBefore, event] = line.split('\t');
      return { phrase: phrase!.trim(), notBefore: notBefore!.trim(), event: (event ?? '').trim() };
    });
}
