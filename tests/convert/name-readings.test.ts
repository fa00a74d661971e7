import { describe, expect, it } from 'vitest';
import { nameCharacterReadings, type NameWordLexicon } from '../../src/lib/convert/name-readings.ts';
import { boundariesOf } from '../../src/lib/convert/word-boundaries.ts';
import { toTraditional, toTraditionalWithRawOpencc } from '../../src/lib/convert/index.ts';

/** A small dictionary: the tags and the ordinary words these cases need. */
const tags = new Map([['基里延科', 'nr'], ['里德', 'nrt'], ['山里人', 'nrt'], ['马德里', 'nr'], ['心里', 'n'], ['山里', 's']]);
const lexicon: NameWordLexicon = { tagOf: (word) => tags.get(word), isOrdinaryWord: (word) => word === '山里' || word === '心里' };
const readings = new Map([['里', '里']]);
const phrases = new Map([['马德里', '馬德里']]);
const read = (...words: string[]) => nameCharacterReadings(words.join(''), boundariesOf(words.join(''), words), readings, lexicon, phrases);

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
    expect(nameCharacterReadings(text, words, readings, lexicon, phrases)).toEqual([]);
  });
});

describe('the converter, with names read so', () => {
  it('writes 里 as a sound in names, where raw opencc-js writes 裡, and 裡 where it means inside', () => {
    const text = '俄罗斯总理基里延科说，苏里南首都帕拉马里博，山里人心里高兴。';
    expect(toTraditional(text)).toBe('俄羅斯總理基里延科說，蘇里南首都帕拉馬里博，山裡人心裡高興。');
    expect(toTraditionalWithRawOpencc(text)).toBe('俄羅斯總理基裡延科說，蘇里南首都帕拉馬裡博，山裡人心裡高興。');
  });
});
