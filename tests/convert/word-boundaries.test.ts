/**
 * Only stretches of text that hold a character whose conversion depends on context are cut into
 * words; the others convert character by character, however they would be cut.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import OpenCC from 'opencc-js';
import { boundariesOfStretches, createWordSegmenter, type WordBoundaries } from '../../src/lib/convert/word-boundaries.ts';
import { convertWithConstraints } from '../../src/lib/convert/engine.ts';
import { guardPhrases } from '../../src/lib/convert/characterwise.ts';
import { conversionTables, conversionWords, needsWords } from '../../src/lib/convert/index.ts';
import { REPOSITORY_ROOT } from './fixture-tsv.ts';

/** The converter's tables, and a segmenter of the whole text with the converter's dictionary. */
const projectTables = () => conversionTables('tw');
const wholeTextSegmenter = () => createWordSegmenter(projectTables().phrases.keys(), guardPhrases(projectTables()));

/** Stretches need words where they hold one of these characters. */
const holding = (characters: string) => (text: string, start: number, end: number) => [...text.slice(start, end)].some((character) => characters.includes(character));
const spans = (words: WordBoundaries) => words.words.map((word, i) => [words.wordStart[i], words.wordEnd[i], word, words.plain?.[i]] as const);

describe('cutting only the stretches that need words', () => {
  it('cuts the stretches between separators that need words, all in one call, and keeps the rest whole', () => {
    const calls: string[] = [];
    const cut = (joined: string) => {
      calls.push(joined);
      return joined.split(/(\n)/u).flatMap((part) => (part === '\n' ? [part] : part.match(/.{1,2}/gu) ?? []));
    };
    const words = boundariesOfStretches('我们的头发，今天很好。理发店 开门', holding('发'), cut);
    expect(calls).toEqual(['我们的头发\n理发店']);
    expect(spans(words)).toEqual([
      [0, 2, '我们', 1],
      [2, 4, '的头', 1],
      [4, 5, '发', 0],
      [5, 6, '，', 1],
      [6, 10, '今天很好', 1],
      [10, 11, '。', 1],
      [11, 13, '理发', 0],
      [13, 14, '店', 1],
      [14, 15, ' ', 1],
      [15, 17, '开门', 1],
    ]);
    expect(words.isBoundary.length).toBe(18);
  });

  it('calls nothing when no stretch needs words', () => {
    const words = boundariesOfStretches('今天很好。', holding('发'), () => {
      throw new Error('no cut expected');
    });
    expect(words.words).toEqual(['今天很好', '。']);
  });

  it('fails, naming the text, when the cut does not give the text back', () => {
    expect(() => boundariesOfStretches('头发', holding('发'), () => ['头', '法'])).toThrow(/did not give back the text: "头发"/u);
  });
});

describe('the converter’s words, on the sample seeds', () => {
  const text = readdirSync(join(REPOSITORY_ROOT, 'seeds'))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(REPOSITORY_ROOT, 'seeds', name), 'utf8'))
    .join('\n');
  const needing = needsWords('tw');
  const words = conversionWords(text);

  it('are jieba’s own words of the whole text wherever words are needed', () => {
    const whole = wholeTextSegmenter().segment(text);
    const wholeSpans = new Set(whole.words.map((word, i) => `${whole.wordStart[i]}:${word}`));
    const cutWords = words.words.filter((_, i) => words.plain?.[i] === 0);
    expect(cutWords.length).toBeGreaterThan(100);
    expect(words.words.filter((word, i) => words.plain?.[i] === 0 && !wholeSpans.has(`${words.wordStart[i]}:${word}`))).toEqual([]);
  });

  it('leave plain only what needs no words, and that converts the same however it is cut', () => {
    const tables = projectTables();
    const segmenter = wholeTextSegmenter();
    const plain = words.words.filter((_, i) => words.plain?.[i] === 1);
    expect(plain.join('').length).toBeGreaterThan(text.length / 2);
    const converted = (stretch: string, cut: WordBoundaries) => convertWithConstraints(stretch, tables, { words: cut, names: [], surnameForms: new Map() });
    const byCharacter = OpenCC.ConverterFactory([[...tables.characters].map(([s, t]) => [s, t] as [string, string])]);
    for (const stretch of plain) {
      expect(needing(stretch, 0, stretch.length)).toBe(false);
      expect(converted(stretch, segmenter.segment(stretch))).toBe(byCharacter(stretch));
    }
  });
});
