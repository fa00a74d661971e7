/**
 * "This day in past years" in the reader's browser (issue 18): today's calendar day is the
 * reader's, so the list the build wrote (the build day's, or a link) is replaced by today's from
 * its day file (`/api/on-this-day/10-13.json`), or the nearest day's that has issues of earlier
 * years (src/lib/archive/on-this-day.ts).
 */
import { calendarDayOf, issuesBefore, yearsBefore, type OnThisDayDocument, type OnThisDayIssue } from '../archive/on-this-day.ts';
import { fillTemplate } from '../archive/format.ts';
import { formatCalendarDay, formatDate } from './dates.ts';

export interface OnThisDayConfig {
  /** A day file's address, `{day}` standing for `MM-DD`. */
  url: string;
  /** The page's script's place in each issue's `href` and `lead`. */
  script: number;
  strings: { yearsAgo: string; nearest: string; none: string; failed: string };
}

/** A date as the reader's calendar has it: `YYYY-MM-DD`. */
export function localDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export async function startOnThisDay(root: HTMLElement, now = new Date()): Promise<void> {
  const config = JSON.parse(root.dataset.onThisDay ?? '{}') as OnThisDayConfig;
  const today = localDate(now);
  // The build wrote the list of the day it ran: on that day it stands.
  if (root.dataset.today === today) return;
  const list = root.querySelector<HTMLOListElement>('[data-on-this-day-list]');
  const note = root.querySelector<HTMLElement>('[data-on-this-day-note]');
  if (!list || !note) return;
  const year = today.slice(0, 4);
  const load = async (day: string) => {
    const response = await fetch(config.url.replace('{day}', day));
    if (!response.ok) throw new Error(`${day}: HTTP ${response.status}`);
    return (await response.json()) as OnThisDayDocument;
  };
  const earlier = (document: OnThisDayDocument) => issuesBefore(document.issues, year);
  try {
    const own = await load(calendarDayOf(today));
    let shown = earlier(own);
    let shownDay: string | undefined;
    for (const day of shown.length > 0 ? [] : own.nearest) {
      const other = earlier(await load(day));
      if (other.length === 0) continue;
      shown = other;
      shownDay = day;
      break;
    }
    list.replaceChildren(...shown.map((issue) => item(issue, year, config)));
    note.textContent =
      shown.length === 0 ? config.strings.none : shownDay ? fillTemplate(config.strings.nearest, { day: formatCalendarDay(shownDay) }) : '';
    note.hidden = note.textContent === '';
  } catch {
    note.textContent = config.strings.failed;
    note.hidden = false;
  }
}

function item(issue: OnThisDayIssue, year: string, config: OnThisDayConfig): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = issue.href[config.script] ?? issue.href[0]!;
  link.textContent = formatDate(issue.date);
  li.append(link, `（${fillTemplate(config.strings.yearsAgo, { years: yearsBefore(issue.date, year) })}）`);
  const lead = issue.lead[config.script];
  if (lead) li.append(`：${lead}`);
  return li;
}
