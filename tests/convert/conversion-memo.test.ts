import { describe, expect, it } from 'vitest';
import { conversionMemo } from '../../src/lib/convert/conversion-memo.ts';

/** A converter that counts its calls, so a test sees which texts were converted again. */
function countingConverter() {
  const calls: string[] = [];
  return { calls, convert: (text: string) => (calls.push(text), `T(${text})`) };
}

describe('conversionMemo', () => {
  it('answers from the previous build’s memo when the fingerprint matches, converting only new text', () => {
    const first = countingConverter();
    const memo = conversionMemo(first.convert, 'dictionaries-1', undefined);
    expect(memo.convert('干部')).toBe('T(干部)');
    expect(memo.convert('后来')).toBe('T(后来)');
    expect(first.calls).toEqual(['干部', '后来']);

    const second = countingConverter();
    const next = conversionMemo(second.convert, 'dictionaries-1', memo.serialize());
    expect(next.convert('后来')).toBe('T(后来)');
    expect(next.convert('周计划')).toBe('T(周计划)');
    expect(second.calls).toEqual(['周计划']);
    expect([next.hits, next.misses]).toEqual([1, 1]);
  });

  it('never reads a memo made with other dictionaries or names', () => {
    const memo = conversionMemo((text) => `old ${text}`, 'dictionaries-1', undefined);
    memo.convert('干部');
    const next = conversionMemo((text) => `new ${text}`, 'dictionaries-2', memo.serialize());
    expect(next.convert('干部')).toBe('new 干部');
  });

  it('starts empty from a damaged or foreign file', () => {
    for (const file of ['{', '[]', JSON.stringify({ version: 1, fingerprint: 'f', pairs: [['a']] })]) {
      const memo = conversionMemo((text) => `T(${text})`, 'f', file);
      expect(memo.convert('a')).toBe('T(a)');
      expect(memo.misses).toBe(1);
    }
  });

  it('keeps only what this build converted, so the memo stays the size of the archive', () => {
    const memo = conversionMemo((text) => text, 'f', undefined);
    memo.convert('甲');
    memo.convert('乙');
    const next = conversionMemo((text) => text, 'f', memo.serialize());
    next.convert('乙');
    expect(JSON.parse(next.serialize()).pairs).toEqual([['乙', '乙']]);
  });

  it('converts a text once per build however often it is asked for', () => {
    const counting = countingConverter();
    const memo = conversionMemo(counting.convert, 'f', undefined);
    memo.convert('新闻');
    memo.convert('新闻');
    expect(counting.calls).toEqual(['新闻']);
  });
});
