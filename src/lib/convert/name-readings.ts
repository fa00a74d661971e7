/**
 * Characters read otherwise in names: 里 is 裏 ("inside") alone, but a sound in 基里延科, 里瓦尔多,
 * 帕拉马里博 and in Chinese given names, where it stays 里. OpenCC has phrases for many such names
 * (特里, 克里斯, 马德里), but not for all, and writes the others with 裏. A word jieba's dictionary
 * tags as a person's name (nr, nrt, nrfg) takes the characters' readings in names from
 * `data/convert/name-readings.tsv`, unless OpenCC has a phrase for the word (its reading stands) or
 * the word starts with an ordinary word (山里人, 山里娃: the mountains' people, 山裡, however
 * jieba tags them). Pure.
 */
import type { WordBoundaries, WordSegmenter } from './word-boundaries.ts';
import type { FixedReading } from './classifiers.ts';

/** What the converter needs to know of a word (word-boundaries.ts, WordSegmenter). */
export type NameWordLexicon = Pick<WordSegmenter, 'isPersonName' | 'isOrdinaryWord'>;

/**
 * The fixed readings of the listed characters (Simplified → OpenCC-standard Traditional, as in
 * names) inside the words that are names by jieba's dictionary.
 */
export function nameCharacterReadings(
  words: WordBoundaries,
  readings: ReadonlyMap<string, string>,
  lexicon: NameWordLexicon,
): FixedReading[] {
  const fixed: FixedReading[] = [];
  words.words.forEach((word, index) => {
    if (word.length < 2 || words.plain?.[index] === 1) return;
    if (![...word].some((character) => readings.has(character))) return;
    // A name of the dictionary for which the conversion has no phrase (OpenCC's reading stands).
    if (!lexicon.isPersonName(word)) return;
    for (let length = 2; length < word.length; length += 1) if (lexicon.isOrdinaryWord(word.slice(0, length))) return;
    const start = words.wordStart[index]!;
    for (let offset = 0; offset < word.length; offset += 1) {
      const reading = readings.get(word.charAt(offset));
      if (reading !== undefined) fixed.push({ start: start + offset, end: start + offset + 1, output: reading });
    }
  });
  return fixed;
}
