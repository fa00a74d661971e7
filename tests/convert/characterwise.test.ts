import { describe, expect, it } from 'vitest';
import { convertsAsCharacters, guardPhrases, needsWordsTest } from '../../src/lib/convert/characterwise.ts';

/** A small set of tables: 发 alone is 發; 头发 makes it 髮, 发展 leaves it 發; 于 alone is 於. */
const tables = {
  characters: new Map([['头', '頭'], ['发', '發'], ['展', '展'], ['于', '於'], ['洋', '洋']]),
  phrases: new Map([['头发', '頭髮'], ['发展', '發展'], ['理发师', '理髮師']]),
};
const needs = needsWordsTest(tables, new Map([['于', '于'], ['头', '頭']]));
const whole = (text: string) => needs(text, 0, text.length);

describe('which stretches need words', () => {
  it('those where a phrase occurs that converts a character otherwise than alone', () => {
    expect(whole('剪头发')).toBe(true);
    expect(whole('理发师傅')).toBe(true);
  });

  it('not those whose phrases convert every character as alone, or that hold none', () => {
    expect(whole('经济发展')).toBe(false);
    expect(whole('头版')).toBe(false);
    expect(whole('理发')).toBe(false);
  });

  it('those with a surname whose form as a surname differs, and not those whose form is the usual one', () => {
    expect(whole('于洋')).toBe(true);
    expect(needsWordsTest(tables, new Map([['头', '頭']]))('头版', 0, 2)).toBe(false);
  });

  it('look only inside the stretch: a phrase across its edge does not count', () => {
    expect(needs('剪头发', 0, 2)).toBe(false);
    expect(needs('剪头发', 1, 3)).toBe(true);
  });
});

describe('phrases that convert as their characters do', () => {
  it('are those whose every character is as OpenCC writes it alone', () => {
    expect(convertsAsCharacters(tables, '发展', '發展')).toBe(true);
    expect(convertsAsCharacters(tables, '头发', '頭髮')).toBe(false);
    expect(convertsAsCharacters(tables, '于洋', '于洋')).toBe(false);
  });

  it('are the guards among the phrases MediaWiki supplies, and only among those', () => {
    const supplied = {
      characters: tables.characters,
      phrases: new Map([...tables.phrases, ['头发展', '頭發展'], ['理发', '理髮']]),
      supplementedPhrases: new Set(['头发展', '理发']),
    };
    expect(guardPhrases(supplied)).toEqual(['头发展']);
  });
});
