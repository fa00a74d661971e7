/**
 * Search periods: the archive's article pages in calendar months, each month one Pagefind index
 * per script, split by day when it holds more articles than a period may (see
 * docs/search-partitions.md). Pure: the build, the bench and the tests compute the same periods
 * from the same dates.
 */
import { compareCodeUnits } from '../archive/order.ts';
import type { RoutingLayout } from './routing.ts';

export interface Period {
  /** `2024-10`, or `2024-10a`, `2024-10b` … for a month split by day. */
  id: string;
  /** First and last issue date it holds, `YYYY-MM-DD`. */
  from: string;
  to: string;
  articles: number;
}

/** A period as periods.json lists it: with the cache tag of its index's entry file. */
export interface IndexedPeriod extends Period {
  /**
   * The hash of the period's `pf_meta` (Pagefind's own, in its file name), which changes exactly
   * when the period's `pagefind-entry.json` does: the browser passes it as `metaCacheTag`, so
   * the entry file is fetched as `pagefind-entry.json?ts=<tag>` and can be cached.
   */
  tag: string;
  /**
   * The address of the site that serves the period's index and pages, when it is not the site
   * that serves the search (an archive split into a hub and year sites, src/lib/hosting/).
   */
  site?: string;
}

export interface PeriodsFile {
  version: 1;
  /** Newest first. */
  periods: IndexedPeriod[];
  /** How the routing table (`routes/<shard>.json`) is split into files. */
  routes: RoutingLayout;
}

/**
 * Most articles one period holds. Pagefind loads a period's page list (~10 B an article) and the
 * index chunks a query needs before the first result; a month of a 24,000-article-a-year daily
 * is ~2,000 articles.
 */
export const PERIOD_CAP = 4000;

/** Periods of a set of issue dates with their article counts, newest first. */
export function planPeriods(articlesByDate: ReadonlyMap<string, number>, cap = PERIOD_CAP): Period[] {
  const byMonth = new Map<string, Array<[string, number]>>();
  for (const [date, count] of articlesByDate) {
    if (count <= 0) continue;
    const month = date.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), [date, count]]);
  }
  const periods: Period[] = [];
  for (const month of [...byMonth.keys()].sort(compareCodeUnits).reverse()) {
    const days = byMonth.get(month)!.sort(([a], [b]) => compareCodeUnits(a, b));
    const groups: Array<Array<[string, number]>> = [[]];
    let inGroup = 0;
    for (const day of days) {
      if (inGroup > 0 && inGroup + day[1] > cap) {
        groups.push([]);
        inGroup = 0;
      }
      groups.at(-1)!.push(day);
      inGroup += day[1];
    }
    const split = groups.length > 1;
    groups.forEach((group, index) => {
      periods.push({
        id: split ? `${month}${String.fromCharCode(97 + index)}` : month,
        from: group[0]![0],
        to: group.at(-1)![0],
        articles: group.reduce((sum, [, count]) => sum + count, 0),
      });
    });
  }
  // Newest first, also within a split month (2024-10b before 2024-10a).
  return periods.sort((a, b) => compareCodeUnits(b.from, a.from));
}

/** The periods a date range touches (inclusive; either end may be open). */
export function periodsInRange(periods: readonly Period[], from?: string, to?: string): Period[] {
  return periods.filter((p) => (!from || p.to >= from) && (!to || p.from <= to));
}
