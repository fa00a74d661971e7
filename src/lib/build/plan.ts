/**
 * The plan of a build by period (scripts/build.ts): which periods there are, what each one's
 * build depends on, and so which of them the cache already holds. Pure: the file system is read
 * at the edges (content-folders.ts) and the plan is made from what was read.
 */
import { hashOf } from './hash.ts';
import { planPeriods, type Period } from '../search/periods.ts';

/** An issue folder of the content (`content/issues/<date>/`) as the file system describes it. */
export interface IssueFolder {
  readonly date: string;
  /** Its article files. */
  readonly articles: number;
  /** `name digest` of every file in it, sorted: changes exactly when a file's content does. */
  readonly stamp: string;
}

export interface PlannedPeriod {
  readonly period: Period;
  readonly dates: readonly string[];
  readonly before?: string;
  readonly after?: string;
  /** What its content is: the stamps of its issue folders. */
  readonly contentKey: string;
}

/** The search periods (src/lib/search/periods.ts) of the content, oldest first, with their neighbours. */
export function planBuildPeriods(folders: readonly IssueFolder[], periodCap?: number): PlannedPeriod[] {
  const dates = folders.map((f) => f.date).sort();
  const byDate = new Map(folders.map((f) => [f.date, f]));
  const periods = planPeriods(new Map(folders.map((f) => [f.date, f.articles])), periodCap).reverse();
  return periods.map((period) => {
    const own = dates.filter((date) => date >= period.from && date <= period.to);
    const first = dates.indexOf(own[0]!);
    const last = dates.indexOf(own.at(-1)!);
    return {
      period,
      dates: own,
      ...(first > 0 ? { before: dates[first - 1] } : {}),
      ...(last < dates.length - 1 ? { after: dates[last + 1] } : {}),
      contentKey: hashOf(own.map((date) => byDate.get(date)!.stamp)),
    };
  });
}

/**
 * A period build's cache key: its content and neighbours, the archive's credited names (the
 * Traditional conversion keeps them whole wherever they occur), the code and the site settings.
 */
export function periodBuildKey(planned: PlannedPeriod, personNames: readonly string[], codeKey: string, settingsKey: string): string {
  return hashOf(planned.period.id, planned.dates, planned.before ?? null, planned.after ?? null, planned.contentKey, personNames, codeKey, settingsKey);
}
