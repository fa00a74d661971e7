/**
 * The shared gold set (copied from ../shared/gold/s2t-tw.tsv): every case must pass. Prints the
 * project converter's score beside plain opencc-js's.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { toTraditional, toTraditionalWithRawOpencc } from '../../src/lib/convert/index.ts';
import { readConversionCases } from './fixture-tsv.ts';

const gold = readConversionCases('s2t-tw.tsv');

describe('gold: Simplified → Traditional (Taiwan standard), s2t-tw.tsv', () => {
  it('has cases', () => {
    expect(gold.length).toBeGreaterThanOrEqual(16);
  });

  for (const { simplified, expected, checks } of gold) {
    it(`${simplified} → ${expected} (${checks})`, () => {
      expect(toTraditional(simplified)).toBe(expected);
    });
  }

  afterAll(() => {
    const project = gold.filter((c) => toTraditional(c.simplified) === c.expected).length;
    const raw = gold.filter((c) => toTraditionalWithRawOpencc(c.simplified) === c.expected).length;
    console.log(
      `[convert] gold s2t-tw: project converter ${project}/${gold.length}, raw opencc-js Converter({from:'cn',to:'tw'}) ${raw}/${gold.length}`,
    );
  });
});
