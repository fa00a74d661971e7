import { describe, expect, it } from 'vitest';
import { foldForComparison, normalizeLine } from '../../src/lib/ingest/normalize.ts';

describe('normalizeLine', () => {
  it.each([
    ['ASCII comma and colon in Chinese text', '今年以来,我区聚力发展:创新', '今年以来，我区聚力发展：创新'],
    ['semicolon, question and exclamation marks', '一是;二是?好!', '一是；二是？好！'],
    ['parentheses around Chinese', '本报讯(记者 朱梦琪)昨天', '本报讯（记者 朱梦琪）昨天'],
    ['parentheses around a number inside Chinese', '共计(2024—2026年)计划', '共计（2024—2026年）计划'],
    ['a space OCR put after a comma', '会议, 学习贯彻', '会议，学习贯彻'],
    ['spaces around a dateline', '本报讯 (记者 朱梦琪) 经济承压之下', '本报讯（记者 朱梦琪）经济承压之下'],
    ['spaces between Chinese and numbers', '新中国成立 75 周年', '新中国成立75周年'],
    ['spaces after a full stop', '图为项目航拍。 陆新 徐芊卉 摄', '图为项目航拍。陆新 徐芊卉 摄'],
  ])('%s', (_, input, expected) => {
    expect(normalizeLine(input)).toBe(expected);
  });

  it.each([
    ['decimals and percentages', '收入113.6亿元，增长8.9%、9.8%'],
    ['ranges of months', '1—7月，全区'],
    ['Latin and mixed tokens', '3.0T核磁共振和MSH国际商业保险，E区，联东U谷'],
    ['a space between two phrases of a headline', '以“民声”定“民生” 践行全过程人民民主'],
    ['spaces between names', '记者 李燕 谢丽娟 张敏'],
    ['already full-width text', '项目是稳定经济运行的“压舱石”，是推动高质量发展的“硬支撑”。'],
    ['thousands separators and times', 'total 1,000 at 10:30'],
    ['a URL', 'see https://example.com/a?b=1'],
    ['parentheses in Latin text', 'f(x) = (a, b)'],
  ])('leaves %s alone', (_, text) => {
    expect(normalizeLine(text)).toBe(text);
  });

  it('is idempotent', () => {
    const once = normalizeLine('本报讯 (记者 朱梦琪) 昨天上午, 区委 75 周年');
    expect(normalizeLine(once)).toBe(once);
  });
});

describe('foldForComparison', () => {
  it('ignores white space and the width of converted punctuation', () => {
    expect(foldForComparison('本报讯 (记者 朱梦琪)')).toBe(foldForComparison('本报讯（记者朱梦琪）'));
    expect(foldForComparison('发展，创新')).not.toBe(foldForComparison('发展。创新'));
  });
});
