/** One day cell of a month grid; `date` is absent for the padding before the 1st and after the last day. */
export interface CalendarCell {
  date?: string;
  day?: number;
  hasIssue: boolean;
}

export interface MonthGrid {
  year: string;
  month: string;
  /** Weeks of seven cells, Monday first. */
  weeks: CalendarCell[][];
  issueCount: number;
}

/** The month as a grid of weeks, Monday first, with the days that have an issue marked. */
export function monthGrid(year: string, month: string, issueDates: ReadonlySet<string>): MonthGrid {
  const first = utcDate(Number(year), Number(month) - 1, 1);
  const daysInMonth = utcDate(Number(year), Number(month), 0).getUTCDate();
  const leading = (first.getUTCDay() + 6) % 7;
  const cells: CalendarCell[] = Array.from({ length: leading }, () => ({ hasIssue: false }));
  let issueCount = 0;
  for (let day = 1; day <= daysInMonth; day++) {
    const date = `${year}-${month}-${String(day).padStart(2, '0')}`;
    const hasIssue = issueDates.has(date);
    if (hasIssue) issueCount++;
    cells.push({ date, day, hasIssue });
  }
  while (cells.length % 7 !== 0) cells.push({ hasIssue: false });
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  return { year, month, weeks, issueCount };
}

/** `YYYY-MM` keys of the months that have issues, newest first. */
export function monthsWithIssues(dates: Iterable<string>): string[] {
  return [...new Set([...dates].map((d) => d.slice(0, 7)))].sort().reverse();
}

/** Like `Date.UTC`, without its rule that years 0–99 mean 1900–1999. */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}
