/**
 * "This day in past years" (issue 18): the issues published on a calendar day in earlier years,
 * or, when there are none, on the nearest calendar day that has some, as Chronicling America's
 * "100 years ago today". Every day's list is made at build time; the page picks today's in the
 * reader's browser. Pure.
 */
import type { IssueEntry } from './archive-index.ts';
import { compareCodeUnits } from './order.ts';

/** The paper's own time zone: the day a build lists for readers without JavaScript is Wujin's. */
export const PUBLICATION_TIME_ZONE = 'Asia/Shanghai';

/** The date at the paper (`YYYY-MM-DD`) at a moment. */
export function publicationDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: PUBLICATION_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Every calendar day of a year, `MM-DD`, 29 February included. */
export const CALENDAR_DAYS: readonly string[] = Array.from({ length: 366 }, (_, i) => {
  const day = new Date(Date.UTC(2000, 0, 1 + i));
  return `${String(day.getUTCMonth() + 1).padStart(2, '0')}-${String(day.getUTCDate()).padStart(2, '0')}`;
});

const DAY_NUMBER = new Map(CALENDAR_DAYS.map((day, i) => [day, i]));

/** The calendar day of a date (`2024-10-13` → `10-13`). */
export const calendarDayOf = (date: string) => date.slice(5, 10);

/** The issues of years before `year` (`YYYY`): this day in past years lists no issue of the reader's own year. */
export const issuesBefore = <T extends Pick<IssueEntry, 'date'>>(issues: readonly T[], year: string): T[] => issues.filter((issue) => issue.date.slice(0, 4) < year);

/** How many years before `year` (`YYYY`) an issue of `date` appeared. */
export const yearsBefore = (date: string, year: string): number => Number(year) - Number(date.slice(0, 4));

/** Each calendar day's issues, newest first; days without any are absent. */
export function issuesByCalendarDay<T extends Pick<IssueEntry, 'date'>>(issues: readonly T[]): Map<string, T[]> {
  const byDay = new Map<string, T[]>();
  for (const issue of issues) {
    const day = calendarDayOf(issue.date);
    let list = byDay.get(day);
    if (!list) byDay.set(day, (list = []));
    list.push(issue);
  }
  for (const list of byDay.values()) list.sort((a, b) => compareCodeUnits(b.date, a.date));
  return byDay;
}

/** Days apart on the calendar's circle (31 December and 1 January are one day apart). */
function distance(a: string, b: string): number {
  const apart = Math.abs(DAY_NUMBER.get(a)! - DAY_NUMBER.get(b)!);
  return Math.min(apart, CALENDAR_DAYS.length - apart);
}

/**
 * The calendar days nearest to `day` that `accepts`, nearest first (on a tie, the earlier day of
 * the year first), `day` itself excluded.
 */
export function nearestDays(day: string, accepts: (day: string) => boolean): string[] {
  return CALENDAR_DAYS.filter((other) => other !== day && accepts(other)).sort((a, b) => distance(day, a) - distance(day, b) || DAY_NUMBER.get(a)! - DAY_NUMBER.get(b)!);
}

export interface OnThisDay<T> {
  /** The calendar day shown: today's, or the nearest with issues of earlier years. */
  readonly day: string;
  /** Whether it is another day than today's. */
  readonly nearest: boolean;
  /** Its issues of years before today's, newest first (none only when the archive has none). */
  readonly issues: readonly T[];
}

/** What "this day in past years" shows on `today` (`YYYY-MM-DD`). */
export function onThisDay<T extends Pick<IssueEntry, 'date'>>(byDay: ReadonlyMap<string, readonly T[]>, today: string): OnThisDay<T> {
  const year = today.slice(0, 4);
  const earlier = (day: string) => issuesBefore(byDay.get(day) ?? [], year);
  const day = calendarDayOf(today);
  const own = earlier(day);
  if (own.length > 0) return { day, nearest: false, issues: own };
  const [nearest] = nearestDays(day, (other) => earlier(other).length > 0);
  return nearest === undefined ? { day, nearest: false, issues: [] } : { day: nearest, nearest: true, issues: earlier(nearest) };
}

/** One issue of a calendar day, as the reader's browser gets it: both scripts, in SCRIPT_SEGMENTS' order. */
export interface OnThisDayIssue {
  readonly date: string;
  readonly articles: number;
  /** The issue's page in each script. */
  readonly href: readonly string[];
  /** Its front page's lead headline in each script. */
  readonly lead: readonly string[];
}

export interface OnThisDayDocument {
  readonly version: 1;
  readonly day: string;
  /** Newest first. */
  readonly issues: readonly OnThisDayIssue[];
  /** For a day without issues: the nearest that have some, nearest first. */
  readonly nearest: readonly string[];
}

export const onThisDayDocument = (day: string, issues: readonly OnThisDayIssue[], nearest: readonly string[]): OnThisDayDocument => ({ version: 1, day, issues, nearest });
