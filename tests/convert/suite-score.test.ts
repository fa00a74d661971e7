import { describe, expect, it } from 'vitest';
import { parseSuite, scoreCases, scoredSpan } from '../../src/lib/convert/suite-score.ts';

describe('parseSuite', () => {
  it('reads one case a line, with an optional scored span', () => {
    const cases = parseSuite('{"suite":"a","in":"头发","exp":"頭髮"}\n\n{"suite":"b","in":"会上头发","start":2,"len":2,"exp":"頭髮"}\n', 'x.jsonl');
    expect(cases).toEqual([
      { suite: 'a', in: '头发', exp: '頭髮' },
      { suite: 'b', in: '会上头发', start: 2, len: 2, exp: '頭髮' },
    ]);
  });

  it('names the file and line of a bad case', () => {
    expect(() => parseSuite('{"suite":"a","in":"x","exp":"y"}\n{"suite":"a","in":"x"}', 'x.jsonl')).toThrow(/^x\.jsonl:2: exp: /);
    expect(() => parseSuite('{"suite":"a","in":"头发","exp":"頭髮","start":1}', 'x.jsonl')).toThrow(/^x\.jsonl:1: .*start and len go together/);
    expect(() => parseSuite('{"suite":"a","in":"头发","exp":"頭髮","start":1,"len":2}', 'x.jsonl')).toThrow(/past the end/);
    expect(() => parseSuite('not json', 'x.jsonl')).toThrow(/^x\.jsonl:1: not JSON/);
  });
});

describe('scoreCases', () => {
  it('scores the span by code points and tells fixes from regressions', () => {
    expect(scoredSpan({ start: 1, len: 2 }, '𠀀头发')).toBe('头发');
    const cases = parseSuite(['{"suite":"s","in":"甲","exp":"A"}', '{"suite":"s","in":"乙","exp":"B"}', '{"suite":"s","in":"丙","exp":"C"}'].join('\n'), 'x');
    const ours = (text: string) => ({ 甲: 'A', 乙: 'x', 丙: 'C' })[text]!;
    const raw = (text: string) => ({ 甲: 'x', 乙: 'B', 丙: 'C' })[text]!;
    const [suite] = scoreCases(cases, ours, raw).suites;
    expect({ ...suite, regressions: suite!.regressions.map((r) => r.testCase.in), fixes: suite!.fixes.map((r) => r.testCase.in) }).toEqual({
      suite: 's',
      cases: 3,
      oursRight: 2,
      rawRight: 2,
      regressions: ['乙'],
      fixes: ['甲'],
    });
  });
});
