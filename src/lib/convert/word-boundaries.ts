/**
 * Word boundaries of Simplified Chinese text, from the ICU dictionary-based word segmenter that
 * ships with Node (`Intl.Segmenter`, granularity `word`).
 *
 * OpenCC's own segmentation only knows the ~49k phrases whose conversion is special, so it reads
 * 产生发展 as 产|生发|展 and converts 生发 → 生髮. ICU knows ordinary words (产生, 发展, 集中,
 * 签署, 加快, 干部 …) and therefore where a word boundary lies.
 */

/**
 * ICU's dictionary contains some verb + aspect-particle forms (荡着), which would hide the verb's
 * own phrase (激荡 → 激盪). The particle is split off as a word of its own; phrases that cover it
 * entirely (接着 → 接著) stay possible.
 */
const ASPECT_PARTICLES = new Set(['着', '了']);

let cachedSegmenter: Intl.Segmenter | undefined;

function wordSegmenter(): Intl.Segmenter {
  cachedSegmenter ??= new Intl.Segmenter('zh-Hans', { granularity: 'word' });
  return cachedSegmenter;
}

/** ICU words of a text, as positions in UTF-16 code units. */
export interface WordBoundaries {
  /** `isBoundary[i] === 1` when a word starts or ends at position `i` (length: text length + 1). */
  readonly isBoundary: Uint8Array;
  /** Index of the word that contains position `i` (length: text length). */
  readonly wordIndex: Int32Array;
  /** Start position of every word, by word index. */
  readonly wordStart: Int32Array;
  /** End position (exclusive) of every word, by word index. */
  readonly wordEnd: Int32Array;
}

/** Segments `text` into ICU words. */
export function findWordBoundaries(text: string): WordBoundaries {
  const length = text.length;
  const isBoundary = new Uint8Array(length + 1);
  const wordIndex = new Int32Array(length);
  const starts: number[] = [];
  const ends: number[] = [];
  const addWord = (start: number, end: number) => {
    isBoundary[start] = 1;
    isBoundary[end] = 1;
    wordIndex.fill(starts.length, start, end);
    starts.push(start);
    ends.push(end);
  };
  for (const { index, segment } of wordSegmenter().segment(text)) {
    const end = index + segment.length;
    if (segment.length >= 2 && ASPECT_PARTICLES.has(segment.charAt(segment.length - 1))) {
      addWord(index, end - 1);
      addWord(end - 1, end);
    } else {
      addWord(index, end);
    }
  }
  isBoundary[0] = 1;
  isBoundary[length] = 1;
  return {
    isBoundary,
    wordIndex,
    wordStart: Int32Array.from(starts),
    wordEnd: Int32Array.from(ends),
  };
}

/** Start of the ICU word that contains position `position`. */
export function startOfWordAt(words: WordBoundaries, position: number): number {
  return words.wordStart[words.wordIndex[position] ?? 0] ?? position;
}

/** End (exclusive) of the ICU word that contains position `position`. */
export function endOfWordAt(words: WordBoundaries, position: number): number {
  return words.wordEnd[words.wordIndex[position] ?? 0] ?? position + 1;
}
