import { describe, expect, it } from 'vitest';
import { monthGrid, monthsWithIssues } from '../../src/lib/site/calendar.ts';

describe('monthGrid', () => {
  it('lays October 2024 out Monday first (the 1st is a Tuesday) and marks the issue days', () => {
    const grid = monthGrid('2024', '10', new Set(['2024-10-13', '2024-09-30']));
    expect(grid.weeks).toHaveLength(5);
    expect(grid.weeks[0]!.map((cell) => cell.day)).toEqual([undefined, 1, 2, 3, 4, 5, 6]);
    expect(grid.weeks.flat().filter((cell) => cell.hasIssue).map((cell) => cell.date)).toEqual(['2024-10-13']);
    expect(grid.issueCount).toBe(1);
    expect(grid.weeks.at(-1)!.map((cell) => cell.day)).toEqual([28, 29, 30, 31, undefined, undefined, undefined]);
  });

  it('knows leap years', () => {
    expect(monthGrid('2024', '02', new Set()).weeks.flat().filter((cell) => cell.day).length).toBe(29);
    expect(monthGrid('2023', '02', new Set()).weeks.flat().filter((cell) => cell.day).length).toBe(28);
  });
});

describe('monthGrid before the year 100', () => {
  it('lays out the year itself, not 19xx (Date.UTC maps 0–99 to 1900–1999)', () => {
    // 1 January of the year 0 (proleptic Gregorian) was a Saturday, and the year 0 was a leap year; 1900 was neither.
    const january = monthGrid('0000', '01', new Set());
    expect(january.weeks[0]!.findIndex((cell) => cell.day === 1)).toBe(5);
    expect(monthGrid('0000', '02', new Set()).weeks.flat().filter((cell) => cell.day).length).toBe(29);
  });
});

describe('monthsWithIssues', () => {
  it('lists each month with an issue once, newest first', () => {
    expect(monthsWithIssues(['2024-01-13', '2024-10-13', '2024-10-01', '2023-12-31'])).toEqual(['2024-10', '2024-01', '2023-12']);
  });
});
