const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

export interface DateParts {
  year: string;
  month: string;
  day: string;
}

export function dateParts(date: string): DateParts {
  const [year, month, day] = date.split('-') as [string, string, string];
  return { year, month, day };
}

/** 星期日 … 星期六 for a `YYYY-MM-DD` date. */
export function weekdayOf(date: string): string {
  return `星期${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]}`;
}

/** `2024年10月13日`. */
export function formatDate(date: string): string {
  return `${dateParts(date).year}年${formatCalendarDay(date.slice(5, 10))}`;
}

/** A day of any year, `MM-DD`: `10月13日`. */
export function formatCalendarDay(day: string): string {
  const [month, date] = day.split('-');
  return `${Number(month)}月${Number(date)}日`;
}

/** `2024年10月13日 星期日`. */
export function formatDateWithWeekday(date: string): string {
  return `${formatDate(date)} ${weekdayOf(date)}`;
}
