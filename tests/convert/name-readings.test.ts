import { describe, expect, it } from 'vitest';
import { nameCharacterReadings, type NameWordLexicon } from '../../src/lib/convert/name-readings.ts';
import { boundariesOf, createWordSegmenter } from '../../src/lib/convert/word-boundaries.ts';
import { toTraditional, toTraditionalWithRawOpencc } from '../../src/lib/convert/index.ts';

/**
 * A small dictionary: the names these cases need (马德里 is one, but the conversion has a phrase
 * for it, so it is no name to the segmenter), and the ordinary words.
 */
const names = new Set(['基里延科', '里德', '山里人']);
const lexicon: NameWordLexicon = { isPersonName: (word) => names.has(word), isOrdinaryWord: (word) => word === '山里' || word === '心里' };
const readings = new Map([['里', '里']]);
const read = (...words: string[]) => nameCharacterReadings(boundariesOf(words.join(''), words), readings, lexicon);

describe('characters read otherwise in names', () => {
  it('are fixed inside the words the dictionary tags as names', () => {
    expect(read('总理', '基里延科', '说')).toEqual([{ start: 3, end: 4, output: '里' }]);
    expect(read('里德', '说')).toEqual([{ start: 0, end: 1, output: '里' }]);
  });

  it('are not fixed in other words, in a name OpenCC has a phrase for, or in a "name" that starts with an ordinary word', () => {
    expect(read('心里', '话')).toEqual([]);
    expect(read('马德里')).toEqual([]);
    expect(read('山里人')).toEqual([]);
  });

  it('are not fixed in a word the segmenter did not cut (a plain stretch)', () => {
    const text = '基里延科';
    const words = { ...boundariesOf(text, [text]), plain: new Uint8Array([1]) };
    expect(nameCharacterReadings(words, readings, lexicon)).toEqual([]);
  });
});

describe('the names the readings apply in (the segmenter’s isPersonName)', () => {
  it('are jieba’s person names for which the conversion has no phrase: 基里延科, but not 马德里, which OpenCC writes', () => {
    const withoutPhrase = createWordSegmenter([]);
    expect(withoutPhrase.isPersonName('基里延科')).toBe(true);
    expect(withoutPhrase.isPersonName('马德里')).toBe(true);
    expect(createWordSegmenter(['马德里']).isPersonName('马德里')).toBe(false);
  });
});

describe('the converter, with names read so', () => {
  it('writes 里 as a sound in names, where raw opencc-js writes 裡, and 裡 where it means inside', () => {
    const text = '俄罗斯总理基里延科说，苏里南首都帕拉马里博，山里人心里高兴。';
    expect(toTraditional(text)).toBe('俄羅斯總理基里延科說，蘇里南首都帕拉馬里博，山裡人心裡高興。');
    expect(toTraditionalWithRawOpencc(text)).toBe('俄羅斯總理基裡延科說，蘇里南首都帕拉馬裡博，山裡人心裡高興。');
  });
});
