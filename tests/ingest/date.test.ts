import { describe, expect, it } from 'vitest';
import { addDays, inferPublicationDate, isCalendarDate, isConfident, todayWherePrinted } from '../../src/lib/ingest/date.ts';
import { splitParagraphs } from '../../src/lib/ingest/paragraphs.ts';
import { chronology } from '../helpers/seeds.ts';

function infer(text: string) {
  return inferPublicationDate(splitParagraphs(text), chronology);
}

describe('inferPublicationDate', () => {
  it('dates the day after an explicit date when the text says 昨天', () => {
    const result = infer('我区开展2024年第五个“学习日”活动\n\n10月11日是今年第五个“学习日”。\n\n昨天上午，会议召开。10月12日，考察团来访。');
    expect(result).toMatchObject({ date: '2024-10-13', precision: 'day', confidence: 'high' });
    expect(result.evidence.join('\n')).toMatch(/“2024年第五个” with “今年第五个”/);
    expect(result.evidence.join('\n')).toMatch(/“10月12日” \(line 5\)/);
  });

  it('takes the end of a date range', () => {
    expect(infer('2024年第六个“学习日”，今年第六个。\n\n12月4日—6日，书记调研。昨天上午开会。').date).toBe('2024-12-07');
  });

  it('gives medium confidence without 昨天', () => {
    const result = infer('从2023年到2024年的项目。\n\n8月27日，讲座开讲。');
    expect(result).toMatchObject({ date: '2024-08-28', confidence: 'medium' });
    expect(isConfident(result)).toBe(true);
  });

  it('reads the year from 新中国成立N周年 and 回眸', () => {
    expect(infer('今年是新中国成立75周年。3月5日开会。').date).toBe('2024-03-06');
    expect(infer('回眸2023年，成绩显著。2月1日召开。').date).toBe('2024-02-02');
  });

  it('does not count plan years (2025年度) or ranges (2024—2026年) as the present', () => {
    const result = infer('区政协召开2025年度工作思路研讨会，总结2024年工作，2024年成绩，计划(2024—2026年)。12月6日开会。');
    expect(result.date).toBe('2024-12-07');
  });

  it('ignores dates in the future tense', () => {
    expect(infer('2024年的工作。10月12日开会，预计12月20日竣工。').date).toBe('2024-10-13');
  });

  it('is not confident with a year but no day, and says what it found', () => {
    const result = infer('回眸2023年，今年是新中国成立75周年。区两会闭幕。');
    expect(result).toMatchObject({ precision: 'year', confidence: 'low' });
    expect(isConfident(result)).toBe(false);
    expect(result.evidence.length).toBeGreaterThan(0);
  });

  it('flags a date that contradicts 1—N月 statistics or the chronology', () => {
    const result = infer('2024年工作。1—7月，全区增长。5月3日开会。');
    expect(result.confidence).toBe('low');
    expect(result.conflicts.join()).toMatch(/2024-08-01/);
  });

  it('finds no date in text without evidence', () => {
    expect(infer('没有任何日期的文字。')).toMatchObject({ precision: 'none', confidence: 'none' });
  });
});

describe('impossible dates', () => {
  const range = { earliest: '1800-01-01', latest: '2026-11-27' };
  const inferIn = (text: string) => inferPublicationDate(splitParagraphs(text), chronology, range);

  it('does not count a day the month does not have (2月30日, 4月31日)', () => {
    const february = inferIn('2024年第五个“学习日”，今年第五个。\n\n昨天, 2月30日, 会议召开。');
    expect(february.date).toBeUndefined();
    expect(isConfident(february)).toBe(false);
    expect(february.conflicts.join('\n')).toMatch(/“2月30日” \(line 3\) is not a date in 2024/);
    const april = inferIn('2024年第五个“学习日”，今年第五个。\n\n4月31日，会议召开。4月2日，考察。');
    expect(april).toMatchObject({ date: '2024-04-03', confidence: 'medium' });
  });

  it('knows 29 February only in leap years', () => {
    expect(inferIn('2024年第五个“学习日”，今年第五个。\n\n昨天, 2月29日, 会议召开。')).toMatchObject({ date: '2024-03-01', confidence: 'high' });
    expect(inferIn('2023年第五个“学习日”，今年第五个。\n\n昨天, 2月29日, 会议召开。').date).toBeUndefined();
    expect([isCalendarDate(2000, 2, 29), isCalendarDate(1900, 2, 29), isCalendarDate(2024, 13, 1), isCalendarDate(2024, 1, 0)]).toEqual([true, false, false, false]);
  });

  it('ignores a year that cannot be a publication year (新中国成立999周年, 回眸9999年), naming it, without a crash', () => {
    const anniversary = inferIn('今年是新中国成立999周年。3月5日开会。');
    expect(anniversary.date).toBeUndefined();
    expect(anniversary.evidence.join('\n')).toMatch(/2948, which cannot be a publication year/);
    const lookBack = inferIn('回眸9999年，成绩显著。昨天，2月1日召开。');
    expect(lookBack.date).toBeUndefined();
    expect(lookBack.evidence.join('\n')).toMatch(/10000, which cannot be a publication year/);
  });

  it('does not date a page after today', () => {
    const future = inferIn('2026年第十一个“学习日”，今年第十一个。\n\n昨天, 11月30日, 会议召开。');
    expect(future).toMatchObject({ date: '2026-12-01', confidence: 'low' });
    expect(future.conflicts.join('\n')).toMatch(/in the future \(today is 2026-11-27\)/);
  });

  it('takes today from China, UTC+8', () => {
    expect(todayWherePrinted(new Date('2026-11-27T15:59:59Z'))).toBe('2026-11-27');
    expect(todayWherePrinted(new Date('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2024-08-31', 1)).toBe('2024-09-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});
