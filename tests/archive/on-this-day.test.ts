import { describe, expect, it } from 'vitest';
import { CALENDAR_DAYS, issuesByCalendarDay, nearestDays, onThisDay } from '../../src/lib/archive/on-this-day.ts';

const issues = ['2022-10-13', '2023-10-13', '2024-10-13', '2023-12-30', '2024-01-13', '2024-02-29'].map((date) => ({ date }));
const byDay = issuesByCalendarDay(issues);

describe('this day in past years', () => {
  it('knows every day of a year, 29 February included', () => {
    expect(CALENDAR_DAYS).toHaveLength(366);
    expect(CALENDAR_DAYS.slice(58, 61)).toEqual(['02-28', '02-29', '03-01']);
  });

  it('lists a calendar day’s issues of earlier years, newest first', () => {
    expect(onThisDay(byDay, '2026-10-13')).toEqual({ day: '10-13', nearest: false, issues: [{ date: '2024-10-13' }, { date: '2023-10-13' }, { date: '2022-10-13' }] });
    // This year's issue of the day is not a past year's.
    expect(onThisDay(byDay, '2024-10-13').issues).toEqual([{ date: '2023-10-13' }, { date: '2022-10-13' }]);
  });

  it('shows the nearest day with issues of earlier years when today has none, across the new year', () => {
    expect(onThisDay(byDay, '2026-11-28')).toEqual({ day: '12-30', nearest: true, issues: [{ date: '2023-12-30' }] });
    expect(onThisDay(byDay, '2026-01-05')).toEqual({ day: '12-30', nearest: true, issues: [{ date: '2023-12-30' }] });
    expect(onThisDay(byDay, '2026-01-10')).toEqual({ day: '01-13', nearest: true, issues: [{ date: '2024-01-13' }] });
    // In 2024 the 13 January issue is this year's: the nearest earlier one is 30 December 2023.
    expect(onThisDay(byDay, '2024-01-12')).toEqual({ day: '12-30', nearest: true, issues: [{ date: '2023-12-30' }] });
    expect(onThisDay(byDay, '2025-03-01').day).toBe('02-29');
  });

  it('breaks a tie between two nearest days by the earlier in the year, and has nothing for an empty archive', () => {
    expect(nearestDays('03-02', (day) => day === '03-01' || day === '03-03')).toEqual(['03-01', '03-03']);
    expect(onThisDay(new Map(), '2026-11-28')).toEqual({ day: '11-28', nearest: false, issues: [] });
  });
});
