import { addDays } from './calendar.ts';
import { CLOSING_MARKS, OPENING_MARKS } from './text.ts';

/**
 * Corpus text with its dates turned into slots, so that a sentence printed in a generated issue
 * speaks of that issue's days and years: `10月12日` becomes a day just before the issue,
 * `回眸2023年` keeps its distance to the issue year, `1—7月` counts up to last month, and text
 * that presupposes a later event (`二十届三中全会精神`) is not printed before it.
 */

/** A phrase that dates a text (the same shape as the ingest's chronology). */
export interface DatingPhrase {
  phrase: string;
  notBefore: string;
}

type Slot =
  /** `10月12日` or `12月4日—6日`: a recent event, printed as days before the issue. */
  | { kind: 'day'; spanDays: number; range: boolean; monthOnEnd: boolean }
  /** `2023年`, `2024—2026年`: a year at a fixed distance from the publication year. */
  | { kind: 'year'; offset: number }
  /** `新中国成立75周年`: the years since 1949, at a fixed distance from the publication year. */
  | { kind: 'anniversary'; offset: number }
  /** `1—7月` statistics: up to the month before the issue. */
  | { kind: 'statistics-month' };

export interface DatedText {
  /** The canonical text as read from the seed. */
  source: string;
  pieces: Array<string | Slot>;
  /** Earliest month (1–12) of the year in which the text reads right; 13 means never. */
  minMonth: number;
  /** Earliest publication date, from dating phrases. */
  notBefore?: string;
  /** Earliest publication year (an anniversary must be at least the first). */
  minYear: number;
  /** How many `10月12日` slots the text has. */
  daySlots: number;
}

export interface IssueDates {
  date: string;
  year: number;
  month: number;
  /** Days before the issue for the next event the page mentions (the first is yesterday). */
  nextEventOffset(): number;
}

const PRC_FOUNDED = 1949;
const DAY = /(\d{1,2})月(\d{1,2})日(?:—(?:(\d{1,2})月)?(\d{1,2})日)?/gu;
const YEAR = /(?<!\d)((?:19|20)\d{2})(?=年|—(?:19|20)\d{2}年)/gu;
const ANNIVERSARY = /(?<=(?:新中国|中华人民共和国)成立)(\d{1,3})(?=周年|年来)/gu;
const STATISTICS_MONTH = /(?<=(?<!\d)1—)(\d{1,2})(?=月)/gu;
const HALF_YEAR_OVER = /上半年/u;
const MONTH_THIS_YEAR = /今年(\d{1,2})月/gu;

/** Reads the date slots of one canonical text from a seed printed in `referenceYear`. */
export function parseDatedText(source: string, referenceYear: number, phrases: readonly DatingPhrase[] = []): DatedText {
  const found: Array<{ start: number; end: number; slot: Slot }> = [];
  for (const m of source.matchAll(DAY)) {
    const [startMonth, startDay] = [Number(m[1]), Number(m[2])];
    const range = m[4] !== undefined;
    const endMonth = m[3] !== undefined ? Number(m[3]) : startMonth;
    const endDay = range ? Number(m[4]) : startDay;
    const span = Math.round((Date.UTC(referenceYear, endMonth - 1, endDay) - Date.UTC(referenceYear, startMonth - 1, startDay)) / 86_400_000);
    const slot: Slot = { kind: 'day', spanDays: Math.min(30, Math.max(0, span)), range, monthOnEnd: m[3] !== undefined };
    found.push({ start: m.index, end: m.index + m[0].length, slot });
  }
  for (const m of source.matchAll(YEAR)) {
    found.push({ start: m.index, end: m.index + m[0].length, slot: { kind: 'year', offset: Number(m[1]) - referenceYear } });
  }
  for (const m of source.matchAll(ANNIVERSARY)) {
    const offset = Number(m[1]) - (referenceYear - PRC_FOUNDED);
    found.push({ start: m.index, end: m.index + m[0].length, slot: { kind: 'anniversary', offset } });
  }
  for (const m of source.matchAll(STATISTICS_MONTH)) {
    found.push({ start: m.index, end: m.index + m[0].length, slot: { kind: 'statistics-month' } });
  }
  found.sort((a, b) => a.start - b.start);

  const pieces: DatedText['pieces'] = [];
  let at = 0;
  for (const { start, end, slot } of found) {
    if (start < at) continue;
    if (start > at) pieces.push(source.slice(at, start));
    pieces.push(slot);
    at = end;
  }
  if (at < source.length) pieces.push(source.slice(at));

  let minMonth = 1;
  if (found.some((f) => f.slot.kind === 'statistics-month')) minMonth = Math.max(minMonth, 3);
  if (HALF_YEAR_OVER.test(source)) minMonth = Math.max(minMonth, 7);
  for (const m of source.matchAll(MONTH_THIS_YEAR)) minMonth = Math.max(minMonth, Number(m[1]) + 1);
  const anniversaries = found.flatMap((f) => (f.slot.kind === 'anniversary' ? [f.slot.offset] : []));
  const minYear = anniversaries.length > 0 ? PRC_FOUNDED + 1 - Math.min(...anniversaries) : 0;
  const notBefore = phrases.filter((p) => source.includes(p.phrase)).map((p) => p.notBefore).sort().pop();
  const daySlots = found.filter((f) => f.slot.kind === 'day').length;
  return { source, pieces, minMonth, minYear, daySlots, ...(notBefore ? { notBefore } : {}) };
}

export function fitsIssue(text: DatedText, issueDate: string): boolean {
  const year = Number(issueDate.slice(0, 4));
  const month = Number(issueDate.slice(5, 7));
  return month >= text.minMonth && year >= text.minYear && (text.notBefore === undefined || issueDate >= text.notBefore);
}

export function renderDatedText(text: DatedText, issue: IssueDates): string {
  return renderPieces(text.pieces, issue);
}

/** Renders pieces in order: each day slot takes the next event offset, so only printed slots use one. */
export function renderPieces(pieces: DatedText['pieces'], issue: IssueDates): string {
  let out = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      out += piece;
      continue;
    }
    switch (piece.kind) {
      case 'year':
        out += String(issue.year + piece.offset);
        break;
      case 'anniversary':
        out += String(Math.max(1, issue.year - PRC_FOUNDED + piece.offset));
        break;
      case 'statistics-month':
        out += String(Math.max(2, issue.month - 1));
        break;
      case 'day': {
        const end = addDays(issue.date, -issue.nextEventOffset());
        const start = addDays(end, -piece.spanDays);
        out += monthDay(start);
        if (piece.range) {
          const sameMonth = start.slice(5, 7) === end.slice(5, 7);
          out += `—${sameMonth && !piece.monthOnEnd ? `${Number(end.slice(8))}日` : monthDay(end)}`;
        }
        break;
      }
    }
  }
  return out;
}

const clauseCache = new WeakMap<DatedText, Array<DatedText['pieces']>>();

/** The clauses of a text, each ending after a `，` outside quotes and brackets, slots kept in place. */
export function datedClauses(text: DatedText): Array<DatedText['pieces']> {
  const cached = clauseCache.get(text);
  if (cached) return cached;
  const clauses: Array<DatedText['pieces']> = [];
  let current: DatedText['pieces'] = [];
  let depth = 0;
  for (const piece of text.pieces) {
    if (typeof piece !== 'string') {
      current.push(piece);
      continue;
    }
    let start = 0;
    for (let i = 0; i < piece.length; i++) {
      const char = piece[i]!;
      if (OPENING_MARKS.includes(char)) depth++;
      else if (CLOSING_MARKS.includes(char)) depth = Math.max(0, depth - 1);
      else if (char === '，' && depth === 0) {
        current.push(piece.slice(start, i + 1));
        clauses.push(current);
        current = [];
        start = i + 1;
      }
    }
    if (start < piece.length) current.push(piece.slice(start));
  }
  if (current.length > 0) clauses.push(current);
  clauseCache.set(text, clauses);
  return clauses;
}

function monthDay(isoDate: string): string {
  return `${Number(isoDate.slice(5, 7))}月${Number(isoDate.slice(8))}日`;
}

/**
 * The year a seed page was printed in, when no manifest says: the year its text names most
 * (plan years such as `2025年度` and ranges excluded), the later one on a tie.
 */
export function mostMentionedYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(?<![\d—-])((?:19|20)\d{2})年(?![—-]|度)/gu)) {
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  return best?.[0];
}
