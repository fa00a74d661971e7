/**
 * What the month and people pages show of many articles, so that they stay small at any size
 * (issue 14): a month lists each issue's front page, a person's page the months they wrote in,
 * each month a page of its own. Pure, over the archive model.
 */
import type { ArticleEntry } from './article.ts';
import type { IssueEntry, PersonEntry } from './archive-index.ts';
import { compareCodeUnits } from './order.ts';

/** Articles of an issue's first printed page, in order: what a month page lists of the issue. */
export function frontPageOf(issue: IssueEntry): ArticleEntry[] {
  return issue.pages[0]?.articles ?? [];
}

export interface PersonMonth {
  /** `2024-10`. */
  month: string;
  articles: ArticleEntry[];
}

/** A person's articles by month, newest month first, each month's articles newest first. */
export function monthsOfPerson(person: Pick<PersonEntry, 'articles'>): PersonMonth[] {
  const byMonth = new Map<string, ArticleEntry[]>();
  for (const article of person.articles) {
    const month = article.date.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(article);
    else byMonth.set(month, [article]);
  }
  return [...byMonth.keys()].sort((a, b) => compareCodeUnits(b, a)).map((month) => ({ month, articles: byMonth.get(month)! }));
}

/** Months grouped by year, newest year first: the person page's table. */
export function yearsOfMonths(months: readonly PersonMonth[]): Array<{ year: string; months: PersonMonth[] }> {
  const years = new Map<string, PersonMonth[]>();
  for (const month of months) {
    const year = month.month.slice(0, 4);
    const list = years.get(year);
    if (list) list.push(month);
    else years.set(year, [month]);
  }
  return [...years.entries()].map(([year, list]) => ({ year, months: list }));
}
