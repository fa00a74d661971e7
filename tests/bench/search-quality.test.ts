import { describe, expect, it } from 'vitest';
import { holds } from '../../src/lib/bench/search-quality.ts';

describe('what holding a phrase means for the recall check', () => {
  it('is a plain substring for words', () => {
    expect(holds('区政协召开年度工作会', '政协召开')).toBe(true);
    expect(holds('区政协召开年度工作会', '政协会')).toBe(false);
  });

  it('takes numbers whole: 57年 is not in 1957年, 8.8万 not in 18.8万 or 8.85万', () => {
    expect(holds('建于1957年', '57年')).toBe(false);
    expect(holds('建于57年前', '57年')).toBe(true);
    expect(holds('1957年与57年', '57年')).toBe(true);
    expect(holds('投资18.8万元', '8.8万')).toBe(false);
    expect(holds('投资8.8万元', '8.8万')).toBe(true);
    expect(holds('增长1.57年', '57年')).toBe(false);
    expect(holds('共2006.5吨', '2006')).toBe(false);
    expect(holds('到2006年底', '2006')).toBe(true);
  });
});
