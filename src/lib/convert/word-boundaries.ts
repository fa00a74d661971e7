/**
 * Words of Simplified Chinese text, from jieba (`@node-rs/jieba`: its dictionary of 349,000
 * words with their frequencies, and its most probable segmentation over them), with OpenCC's
 * conversion phrases added to the dictionary.
 *
 * OpenCC's own segmentation knows only the phrases whose conversion is special, and takes the
 * longest at each position: it reads 产生发展 as 产|生发|展 (生髮) and 集中签署 as 集|中签|署 (中籤).
 * jieba knows ordinary words (产生, 发展, 集中, 签署 …) and how common each is, so the most
 * probable segmentation weighs an OpenCC phrase against the words it would cut through: 产生|发展,
 * 集中|签署, but 就|餐台 (餐檯) and 周线|图 (週線圖), where OpenCC's phrase is the likelier reading.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import type { NeedsWords } from './characterwise.ts';

/** jieba's dictionary as the package ships it (`word frequency tag` lines). */
const readJiebaDictionary = () => readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8');

/**
 * The frequency an OpenCC phrase has in the segmenter's dictionary when jieba's gives it less or
 * does not have it. jieba's frequencies count occurrences in its corpus (的: 318,825; 发展:
 * 68,664; 征途: 156). At 100 a phrase is about as likely as an uncommon word: it wins against
 * two rare characters but not against a common word it would cut through. Measured on the
 * outside suites (tests/convert/external-suites.test.ts), the results hold from 80 to 170.
 */
export const PHRASE_FREQUENCY = 100;

/**
 * The frequency of a guard: a phrase whose conversion is its characters' own (拉面无 → 拉面無,
 * 卷发现 → 卷發現). MediaWiki's table, written for a converter that takes the longest match, holds
 * hundreds of these to stop a longer match (拉面 → 拉麵, 卷发 → 捲髮) from reading across a word's
 * edge; a segmentation does that by itself. As the rarest of words, a guard is read only where no
 * common word competes: 围绕拉面无开展 keeps 拉面無, 吃拉面无比开心 is 拉麵無比. At PHRASE_FREQUENCY
 * the guards took both (拉面無比, 他卷發現在很長).
 */
export const GUARD_FREQUENCY = 1;

/** A text's words, as positions in UTF-16 code units. */
export interface WordBoundaries {
  /** `isBoundary[i] === 1` when a word starts or ends at position `i` (length: text length + 1). */
  readonly isBoundary: Uint8Array;
  /** Index of the word that contains position `i` (length: text length). */
  readonly wordIndex: Int32Array;
  /** Start position of every word, by word index. */
  readonly wordStart: Int32Array;
  /** End position (exclusive) of every word, by word index. */
  readonly wordEnd: Int32Array;
  /** The words themselves, by word index. */
  readonly words: readonly string[];
  /**
   * By word index, 1 for a word, or a stretch that was not cut into words, that converts
   * character by character however it is cut (see {@link WordSegmenter.segment}). Absent when
   * the segmenter was not told which stretches need words.
   */
  readonly plain?: Uint8Array;
}

export interface WordSegmenter {
  /**
   * The text's words (they cover it exactly). Given `needsWords` (characterwise.ts), only the
   * stretches between separators that need words are cut (jieba cuts each such stretch on its
   * own, so its words are the same as in the whole text); any other stretch, and each run of
   * separators, is one plain word, which converts the same however it is cut.
   */
  segment(text: string, needsWords?: NeedsWords): WordBoundaries;
  /**
   * Whether jieba's own dictionary holds the word as an ordinary word, not a proper name, at
   * least as common as PHRASE_FREQUENCY: 干部, 于是, 后来 (not 于洋 or 钟山, names; not 范志, a rare entry).
   */
  isOrdinaryWord(word: string): boolean;
  /** Whether jieba's own dictionary holds the word as a person's name (范志毅, 余秋里) and the conversion has no phrase for it (余音绕梁, 谷梁传: OpenCC's entry wins). */
  isPersonName(word: string): boolean;
  /** Whether jieba's own dictionary holds the word as a word of time (tag t): 周三, 上午, 今天. */
  isTimeWord(word: string): boolean;
  /** Whether jieba's own dictionary holds the word at all. */
  isKnownWord(word: string): boolean;
  /** Whether jieba's own dictionary holds the word as a place's name (tag ns): 沈阳, 常熟. */
  isPlaceName(word: string): boolean;
  /** jieba's part-of-speech tag of the word (n, nr, v, a …), if its dictionary holds it. */
  tagOf(word: string): string | undefined;
}

/** jieba's part-of-speech tags of proper names: people (nr, nrt, nrfg) and places (ns, nsf). */
const PERSON_NAME_TAGS = new Set(['nr', 'nrt', 'nrfg']);
const PROPER_NAME_TAGS = new Set([...PERSON_NAME_TAGS, 'ns', 'nsf']);

/**
 * A segmenter whose dictionary is jieba's with these conversion phrases added: `guards`, those of
 * them that are guards, at GUARD_FREQUENCY, the others at PHRASE_FREQUENCY. A word that jieba's
 * dictionary holds more often keeps its own frequency.
 */
export function createWordSegmenter(phrases: Iterable<string>, guards: Iterable<string> = []): WordSegmenter {
  const lines = readJiebaDictionary().split('\n');
  const frequency = new Map<string, number>();
  const tags = new Map<string, string>();
  for (const line of lines) {
    const [word, count, tag] = line.split(' ');
    if (!word || count === undefined) continue;
    frequency.set(word, Number.parseInt(count, 10) || 0);
    if (tag) tags.set(word, tag);
  }
  const raised = new Map<string, number>();
  const phraseSet = new Set(phrases);
  const guardSet = new Set(guards);
  for (const phrase of phraseSet) {
    const wanted = guardSet.has(phrase) ? GUARD_FREQUENCY : PHRASE_FREQUENCY;
    // A dictionary line is `word frequency [tag]`: a phrase with a space in it cannot be one.
    if ((frequency.get(phrase) ?? 0) < wanted && !/\s/u.test(phrase)) raised.set(phrase, wanted);
  }
  const kept = lines.filter((line) => line !== '' && !raised.has(line.slice(0, line.indexOf(' '))));
  const added = [...raised].map(([phrase, wanted]) => `${phrase} ${wanted}`);
  const jieba = Jieba.withDict(new TextEncoder().encode(`${[...kept, ...added].join('\n')}\n`));
  return {
    segment: (text, needsWords) => (needsWords ? boundariesOfStretches(text, needsWords, (joined) => jieba.cut(joined, false)) : boundariesOf(text, jieba.cut(text, false))),
    isOrdinaryWord: (word) => (frequency.get(word) ?? 0) >= PHRASE_FREQUENCY && !PROPER_NAME_TAGS.has(tags.get(word) ?? ''),
    isPersonName: (word) => PERSON_NAME_TAGS.has(tags.get(word) ?? '') && !phraseSet.has(word),
    isTimeWord: (word) => tags.get(word) === 't',
    isKnownWord: (word) => frequency.has(word),
    isPlaceName: (word) => tags.get(word) === 'ns' || tags.get(word) === 'nsf',
    tagOf: (word) => tags.get(word),
  };
}

/** The boundaries of `words`, which must spell `text` (jieba's cut keeps every character). */
export function boundariesOf(text: string, words: readonly string[]): WordBoundaries {
  const recorder = wordRecorder(text);
  let position = 0;
  for (const word of words) position = recorder.add(word, position);
  return recorder.finish(false);
}

/**
 * Records words one after another over `text`: each must be the text at its place, and together
 * they must cover it (the segmenter's failure otherwise names the text).
 */
function wordRecorder(text: string) {
  const length = text.length;
  const isBoundary = new Uint8Array(length + 1);
  const wordIndex = new Int32Array(length);
  const wordStart = new Int32Array(length);
  const wordEnd = new Int32Array(length);
  const plain = new Uint8Array(length);
  const words: string[] = [];
  const fail = () => new Error(`convert: the word segmenter did not give back the text: ${JSON.stringify(text.slice(0, 40))}`);
  return {
    fail,
    /** Adds `word` at `start` (marked plain if `isPlain`); returns where it ends. */
    add(word: string, start: number, isPlain = false, limit = length): number {
      const end = start + word.length;
      if (end > limit || !text.startsWith(word, start)) throw fail();
      const index = words.length;
      words.push(word);
      isBoundary[start] = 1;
      wordIndex.fill(index, start, end);
      wordStart[index] = start;
      wordEnd[index] = end;
      if (isPlain) plain[index] = 1;
      return end;
    },
    /** The boundaries, once the words reach the end of the text; `withPlain`: keep which words are plain. */
    finish(withPlain: boolean): WordBoundaries {
      const count = words.length;
      if ((count === 0 ? 0 : wordEnd[count - 1]!) !== length) throw fail();
      isBoundary[length] = 1;
      const boundaries = { isBoundary, wordIndex, wordStart: wordStart.subarray(0, count), wordEnd: wordEnd.subarray(0, count), words };
      return withPlain ? { ...boundaries, plain: plain.subarray(0, count) } : boundaries;
    },
  };
}

/**
 * Characters at which jieba always cuts a text into separate stretches (it segments runs of CJK
 * ideographs, ASCII letters and digits and `+#&._%-` one by one): spaces, CJK and general
 * punctuation, fullwidth forms, other ASCII punctuation. Cutting at fewer than jieba does is safe
 * (jieba then cuts the stretch further itself); cutting at more would not be.
 */
function isSeparator(code: number): boolean {
  if (code < 0x80) return !((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2b || code === 0x23 || code === 0x26 || code === 0x2e || code === 0x5f || code === 0x25 || code === 0x2d);
  return (code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef);
}

/**
 * The words of `text` where only the stretches that need words are cut (by `cut`, called
 * once on them joined by line breaks); the rest are plain words (see WordSegmenter.segment).
 */
export function boundariesOfStretches(text: string, needsWords: NeedsWords, cut: (joined: string) => readonly string[]): WordBoundaries {
  const length = text.length;
  // The stretches, as [start, end) pairs, and which of them need words.
  const edges: number[] = [];
  const toCut: string[] = [];
  const cutStretch: boolean[] = [];
  for (let position = 0; position < length; ) {
    const start = position;
    const separator = isSeparator(text.charCodeAt(position));
    while (position < length && isSeparator(text.charCodeAt(position)) === separator) position += 1;
    const cutThis = !separator && needsWords(text, start, position);
    edges.push(start, position);
    cutStretch.push(cutThis);
    if (cutThis) toCut.push(text.slice(start, position));
  }
  const cutWords = toCut.length > 0 ? cut(toCut.join('\n')) : [];
  const recorder = wordRecorder(text);
  let next = 0;
  for (let stretch = 0; stretch < cutStretch.length; stretch += 1) {
    const start = edges[2 * stretch]!;
    const end = edges[2 * stretch + 1]!;
    if (!cutStretch[stretch]) {
      recorder.add(text.slice(start, end), start, true);
      continue;
    }
    for (let position = start; position < end; next += 1) {
      const word = cutWords[next];
      if (word === undefined) throw recorder.fail();
      position = recorder.add(word, position, !needsWords(text, position, position + word.length), end);
    }
    if (cutWords[next] === '\n') next += 1;
  }
  return recorder.finish(true);
}

/** Start of the word that contains position `position`. */
export function startOfWordAt(words: WordBoundaries, position: number): number {
  return words.wordStart[words.wordIndex[position] ?? 0] ?? position;
}

/** End (exclusive) of the word that contains position `position`. */
export function endOfWordAt(words: WordBoundaries, position: number): number {
  return words.wordEnd[words.wordIndex[position] ?? 0] ?? position + 1;
}
