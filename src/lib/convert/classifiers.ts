/**
 * A demonstrative and a classifier that is also an adverb: 这只猎犬 (這隻, "this [animal]") against
 * 这只说明问题 (這只, "this only"). OpenCC writes its phrase 这只 → 這隻 wherever it matches, and
 * jieba cuts 这|只 or keeps 这只 by frequency alone, so both readings come out wrong somewhere. What
 * follows decides: a noun or an adjective makes 只 the classifier, and so does a verb phrase that
 * ends in 的 before a noun within the clause, a relative clause on the classifier's noun
 * (这只穿兜肚、哼小曲的鸭子, 这只盯住美元的“雁尾”); anything else makes it the adverb. Where the
 * classifier character is part of a longer word of the dictionary with what follows (这|只是,
 * 那|只能), the words already say so and nothing is added. The words are listed in `data/convert/classifiers.tsv`. Pure.
 */
import type { WordBoundaries } from './word-boundaries.ts';

/** One row of classifiers.tsv. */
export interface ClassifierWord {
  /** Simplified: 这只. */
  readonly word: string;
  /** OpenCC-standard Traditional as a classifier: 這隻. */
  readonly asClassifier: string;
  /** Otherwise: 這只. */
  readonly otherwise: string;
}

/** A stretch of the text with its conversion fixed (OpenCC-standard Traditional). */
export interface FixedReading {
  readonly start: number;
  readonly end: number;
  readonly output: string;
}

/** What the dictionary says a word is (jieba's part-of-speech tag: n, nr, a, v …), if it has the word. */
export interface TagLexicon {
  tagOf(word: string): string | undefined;
}

/** Opening quotes and brackets between a classifier and its noun: 这只“雁头”. */
const OPENING = new Set(['“', '"', '「', '『', '《', '‘', '（', '(']);

const HAN = /\p{Script=Han}/u;

/** The longest word the dictionary knows starting at `position`. */
const LONGEST_WORD = 4;

/** The readings of every listed word standing as a word of its own in `text` and followed by a word. */
export function classifierReadings(text: string, words: WordBoundaries, table: readonly ClassifierWord[], lexicon: TagLexicon): FixedReading[] {
  const readings: FixedReading[] = [];
  for (const entry of table) {
    for (let start = text.indexOf(entry.word); start >= 0; start = text.indexOf(entry.word, start + 1)) {
      const end = start + entry.word.length;
      if (words.isBoundary[start] !== 1) continue;
      // 只 is part of a longer word with what follows: a phrase with the demonstrative (这只是) or a
      // word of the dictionary (只是, 只能) says which 只 it is; a phrase that only the conversion's
      // tables put there (OpenCC's guard 只穿 in 这|只穿|兜肚) does not.
      if (words.isBoundary[end] !== 1) {
        const longer = words.wordIndex[end - 1]!;
        if (words.wordStart[longer]! < end - 1 || lexicon.tagOf(words.words[longer]!) !== undefined) continue;
      }
      let next = end;
      while (next < text.length && OPENING.has(text.charAt(next))) next += 1;
      // Nothing to decide by at the end of a clause (我要这只。): the words' reading stands.
      if (!HAN.test(text.charAt(next))) continue;
      const tag = tagAt(text, next, lexicon);
      if (tag === undefined) continue;
      const classifier = /^[na]/u.test(tag) || modifiesLaterNoun(text, next);
      readings.push({ start, end, output: classifier ? entry.asClassifier : entry.otherwise });
    }
  }
  return readings;
}

/** Punctuation that ends a clause: a relative clause does not run past it. */
const CLAUSE_END = new Set(['，', '。', '；', '！', '？', '：', ',', ';', '!', '?', ':', '\n']);

/** Whether a 的 follows `position` within the clause with more of the clause after it (…的鸭子, …的“雁尾”). */
function modifiesLaterNoun(text: string, position: number): boolean {
  for (let at = position; at < text.length && !CLAUSE_END.has(text.charAt(at)); at += 1) {
    if (text.charAt(at) !== '的') continue;
    let after = at + 1;
    while (after < text.length && OPENING.has(text.charAt(after))) after += 1;
    if (HAN.test(text.charAt(after))) return true;
  }
  return false;
}

function tagAt(text: string, position: number, lexicon: TagLexicon): string | undefined {
  for (let length = LONGEST_WORD; length >= 1; length -= 1) {
    if (position + length > text.length) continue;
    const tag = lexicon.tagOf(text.slice(position, position + length));
    if (tag !== undefined) return tag;
  }
  return undefined;
}
