import { describe, expect, it } from 'vitest';
import { PERIOD_CAP, periodsInRange, planPeriods } from '../../src/lib/search/periods.ts';

const dates = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('planning periods', () => {
  it('gives one period per calendar month, newest first, with its first and last issue and its articles', () => {
    expect(planPeriods(dates({ '2024-10-13': 6, '2024-01-13': 4, '2024-10-01': 2, '2023-12-31': 1 }))).toEqual([
      { id: '2024-10', from: '2024-10-01', to: '2024-10-13', articles: 8 },
      { id: '2024-01', from: '2024-01-13', to: '2024-01-13', articles: 4 },
      { id: '2023-12', from: '2023-12-31', to: '2023-12-31', articles: 1 },
    ]);
  });

  it('splits a month over the cap by day, never a day, newest part first', () => {
    expect(planPeriods(dates({ '2024-10-01': 3, '2024-10-02': 3, '2024-10-03': 3, '2024-10-04': 1 }), 6)).toEqual([
      { id: '2024-10b', from: '2024-10-03', to: '2024-10-04', articles: 4 },
      { id: '2024-10a', from: '2024-10-01', to: '2024-10-02', articles: 6 },
    ]);
    // A day larger than the cap stays whole.
    expect(planPeriods(dates({ '2024-10-01': 9, '2024-10-02': 1 }), 6).map((p) => [p.id, p.articles])).toEqual([
      ['2024-10b', 1],
      ['2024-10a', 9],
    ]);
  });

  it('leaves out days without articles, and is the same whatever order the dates come in', () => {
    const entries = { '2024-08-28': 4, '2024-07-27': 3, '2024-07-01': 0 };
    expect(planPeriods(dates(entries))).toEqual(planPeriods(new Map(Object.entries(entries).reverse())));
    expect(planPeriods(dates(entries)).map((p) => p.id)).toEqual(['2024-08', '2024-07']);
    expect(planPeriods(dates(entries))[1]!.from).toBe('2024-07-27');
  });

  it('changes only the newest period when an issue is added to the newest month', () => {
    const before = planPeriods(dates({ '2024-12-07': 4, '2024-10-13': 6 }));
    const after = planPeriods(dates({ '2024-12-07': 4, '2024-12-08': 5, '2024-10-13': 6 }));
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]).toEqual({ id: '2024-12', from: '2024-12-07', to: '2024-12-08', articles: 9 });
  });

  it('has a cap that holds a month of a large daily', () => {
    expect(PERIOD_CAP).toBeGreaterThanOrEqual(2500);
  });
});

describe('periods in a date range', () => {
  const periods = planPeriods(dates({ '2024-12-07': 1, '2024-10-13': 1, '2024-10-20': 1, '2024-08-28': 1 }));
  it('takes every period the range touches, either end open', () => {
    expect(periodsInRange(periods, '2024-10-15', '2024-12-01').map((p) => p.id)).toEqual(['2024-10']);
    expect(periodsInRange(periods, '2024-10-21').map((p) => p.id)).toEqual(['2024-12']);
    expect(periodsInRange(periods, undefined, '2024-10-13').map((p) => p.id)).toEqual(['2024-10', '2024-08']);
    expect(periodsInRange(periods).length).toBe(3);
    expect(periodsInRange(periods, '2025-01-01')).toEqual([]);
  });
});
