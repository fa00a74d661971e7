import { describe, expect, it } from 'vitest';
import { formatCalendarDay, formatDate, formatDateWithWeekday } from '../../src/lib/site/dates.ts';

describe('dates as the pages write them', () => {
  it('writes a date, a day of any year and a date with its weekday, without leading zeros', () => {
    expect(formatDate('2024-01-03')).toBe('2024年1月3日');
    expect(formatCalendarDay('01-03')).toBe('1月3日');
    expect(formatCalendarDay('12-30')).toBe('12月30日');
    expect(formatDateWithWeekday('2024-10-13')).toBe('2024年10月13日 星期日');
  });
});
