import { describe, expect, it } from 'vitest';
import { addDays, addYears, noIssueReason, publicationDays, springFestival } from '../../src/lib/synth/index.ts';

describe('the calendar of publication days', () => {
  const days = [...publicationDays('2005-01-01', 'calendar', '2025-01-01')];

  it('gives 295–315 issues in each of twenty years, like a daily that skips most Sundays and holidays', () => {
    const perYear = new Map<string, number>();
    for (const day of days) perYear.set(day.slice(0, 4), (perYear.get(day.slice(0, 4)) ?? 0) + 1);
    expect([...perYear.keys()]).toHaveLength(20);
    for (const [year, count] of perYear) {
      expect(count, year).toBeGreaterThanOrEqual(295);
      expect(count, year).toBeLessThanOrEqual(315);
    }
  });

  it('is sorted, without duplicates, and inside the requested range', () => {
    expect(days.every((day, i) => i === 0 || days[i - 1]! < day)).toBe(true);
    expect(days[0]! >= '2005-01-01' && days[days.length - 1]! < '2025-01-01').toBe(true);
  });

  it('skips most Sundays, New Year’s Day, the Spring Festival week and the National Day holiday', () => {
    const sundays = days.filter((day) => new Date(`${day}T00:00:00Z`).getUTCDay() === 0);
    expect(sundays.length).toBeGreaterThan(0);
    expect(sundays.length / (20 * 52)).toBeLessThan(0.15);
    expect(days.filter((day) => day.endsWith('-01-01') || (day.slice(5) >= '10-02' && day.slice(5) <= '10-07'))).toEqual([]);
    for (let year = 2005; year < 2025; year++) {
      const festival = springFestival(year);
      for (let offset = -1; offset <= 5; offset++) expect(days).not.toContain(addDays(festival, offset));
      expect(noIssueReason(festival, 'calendar')).toBe('spring-festival');
    }
  });

  it('knows the Spring Festival from the Chinese calendar', () => {
    expect([2005, 2020, 2023, 2024, 2025, 2033].map(springFestival)).toEqual(['2005-02-09', '2020-01-25', '2023-01-22', '2024-02-10', '2025-01-29', '2033-01-31']);
  });

  it('is the same for the same seed, and a later end only adds days', () => {
    expect([...publicationDays('2005-01-01', 'calendar', '2006-01-01')]).toEqual(days.filter((day) => day < '2006-01-01'));
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
  });
});
