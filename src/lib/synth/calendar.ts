import { hashKey } from './random.ts';

/**
 * Publication days of a district daily: Monday to Saturday, with the occasional Sunday edition,
 * and no paper on New Year's Day, in the Spring Festival week (除夕 to 初六) or in the National Day
 * Golden Week after 1 October. That gives 300–310 issues a year, like the real paper.
 */

const DAY_MS = 86_400_000;
/** Roughly one Sunday in thirteen carries an edition (a special, a holiday shift). */
const SUNDAY_EDITION_SHARE = 1 / 13;

export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `2005-03-01` plus 2 years is `2007-03-01`; 29 February moves to 1 March in common years. */
export function addYears(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** 0 = Sunday. */
export function dayOfWeek(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

const springFestivals = new Map<number, string>();
let chineseCalendar: Intl.DateTimeFormat | undefined;

/**
 * The Gregorian date of 春节 (first day of the first lunar month), from ICU's Chinese calendar,
 * so that no table of dates has to be kept up to date.
 */
export function springFestival(year: number): string {
  const cached = springFestivals.get(year);
  if (cached) return cached;
  chineseCalendar ??= new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
  // 春节 always falls between 21 January and 20 February.
  for (let date = `${year}-01-20`; date <= `${year}-02-21`; date = addDays(date, 1)) {
    const parts = chineseCalendar.formatToParts(new Date(`${date}T12:00:00Z`));
    const month = parts.find((p) => p.type === 'month')?.value;
    const day = parts.find((p) => p.type === 'day')?.value;
    if (month === '1' && day === '1') {
      springFestivals.set(year, date);
      return date;
    }
  }
  throw new Error(`cannot find the Spring Festival of ${year}: this Node.js lacks ICU's Chinese calendar (build it with full-icu)`);
}

export type NoIssueReason = 'sunday' | 'new-year' | 'spring-festival' | 'national-day';

/** Why the paper does not appear on a day, or undefined when it does. */
export function noIssueReason(isoDate: string, seed: string): NoIssueReason | undefined {
  const year = Number(isoDate.slice(0, 4));
  const monthDay = isoDate.slice(5);
  if (monthDay === '01-01') return 'new-year';
  if (monthDay >= '10-02' && monthDay <= '10-07') return 'national-day';
  if (monthDay >= '01-19' && monthDay <= '02-26') {
    const offset = daysBetween(springFestival(year), isoDate);
    if (offset >= -1 && offset <= 5) return 'spring-festival';
  }
  if (dayOfWeek(isoDate) === 0) {
    const [word] = hashKey(`${seed}/sunday/${isoDate}`);
    if (word / 2 ** 32 >= SUNDAY_EDITION_SHARE) return 'sunday';
  }
  return undefined;
}

/** Publication days from `start` on, before `end` when given (otherwise without end), in order. */
export function* publicationDays(start: string, seed: string, end?: string): Generator<string> {
  for (let date = start; end === undefined || date < end; date = addDays(date, 1)) {
    if (noIssueReason(date, seed) === undefined) yield date;
  }
}
