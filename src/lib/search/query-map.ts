/**
 * Converting search queries between scripts in the browser without shipping OpenCC's full
 * dictionaries (~450 KB gzip): a map built from the archive's own text, paired with its
 * conversion by the project converter. A character the archive never uses cannot match a page
 * anyway, so the archive's vocabulary is all a query needs.
 */

/** One direction of conversion: unambiguous characters, and words for the ambiguous ones. */
export interface ScriptMap {
  /** Character → its most frequent counterpart. */
  chars: Record<string, string>;
  /** Words (as the archive writes them) whose characters convert differently in context. */
  words: Record<string, string>;
}

export interface QueryMaps {
  toTraditional: ScriptMap;
  toSimplified: ScriptMap;
}

/**
 * What a map is made from, counted over some of the archive's text: how often each character
 * and each word became which counterpart. Counts of parts of the archive (one per build period,
 * src/lib/build) add up to the counts of the whole, so the maps of a large archive are made from
 * its periods' counts without reading their text again.
 */
export interface QueryCounts {
  readonly version: 1;
  /** `[simplified, traditional, times]` for every character. */
  readonly chars: ReadonlyArray<readonly [string, string, number]>;
  /**
   * The same for words (every ICU word and every pair of Han characters) that hold a character
   * that converts, here or on its own: only those can hold an ambiguous character.
   */
  readonly words: ReadonlyArray<readonly [string, string, number]>;
  /** Texts whose conversion did not align character by character. */
  readonly skipped: number;
}

/**
 * Counts aligned texts: each simplified text and its conversion. OpenCC's `cn` → `tw`
 * conversion maps character to character, so the two align position by position; a pair that
 * does not (a different length) is skipped and counted. `canChange` says whether a character
 * converts to something else in some context (changeableCharacters in src/lib/convert): a word
 * whose characters all stay the same in this text can still hold one that converts elsewhere in
 * the archive (周 in 央周, 週 in 周报).
 */
export function countQueryPairs(pairs: Iterable<[simplified: string, traditional: string]>, canChange: (char: string) => boolean = () => false): QueryCounts {
  const chars = new PairCounts();
  const words = new PairCounts();
  const aligned: Array<[string[], string[]]> = [];
  let skipped = 0;
  for (const [simplified, traditional] of pairs) {
    const s = [...simplified];
    const t = [...traditional];
    if (s.length !== t.length) {
      skipped++;
      continue;
    }
    aligned.push([s, t]);
    s.forEach((char, i) => chars.add(char, t[i]!));
  }
  const converting = new Set<string>();
  for (const [from, to] of chars.keys()) if (from !== to || canChange(from)) converting.add(from);
  const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });
  const addWord = (sourceWord: string[], targetWord: string[]) => {
    if (sourceWord.some((c) => converting.has(c))) words.add(sourceWord.join(''), targetWord.join(''));
  };
  for (const [s, t] of aligned) {
    let position = 0;
    for (const { segment } of segmenter.segment(s.join(''))) {
      const length = [...segment].length;
      if (length > 1) addWord(s.slice(position, position + length), t.slice(position, position + length));
      position += length;
    }
    // Every pair of Han characters too: the search looks for pairs (query-terms.ts), and a pair
    // inside no word (制氢 in 覆盖制氢、储氢) still converts by its neighbour (製氫).
    for (let i = 0; i + 1 < s.length; i++) {
      if (HAN.test(s[i]!) && HAN.test(s[i + 1]!)) addWord(s.slice(i, i + 2), t.slice(i, i + 2));
    }
  }
  return { version: 1, chars: chars.entries(), words: words.entries(), skipped };
}

/**
 * What one build of part of the archive hands on for the maps: its counts, and the archive's
 * credited names with their Traditional form, which the maps keep whole.
 */
export interface QueryCountsPart {
  readonly counts: QueryCounts;
  readonly names: ReadonlyArray<readonly [simplified: string, traditional: string]>;
}

/** Both maps from the parts of a whole archive (one part when it was built at once). */
export function queryMapsFromParts(parts: readonly QueryCountsPart[]): QueryMaps {
  const names = new Map<string, string>();
  for (const part of parts) for (const [simplified, traditional] of part.names) names.set(simplified, traditional);
  const { toTraditional, toSimplified } = queryMapsFromCounts(
    parts.map((part) => part.counts),
    [...names],
  );
  return { toTraditional, toSimplified };
}

/** The query map a tree serves: on zh-Hans pages it turns Traditional queries into Simplified, on zh-Hant pages the reverse. */
export function queryMapFile(maps: QueryMaps, toScriptOfSource: boolean): string {
  return JSON.stringify(toScriptOfSource ? maps.toSimplified : maps.toTraditional);
}

/** Both maps from the counts of the archive's parts. */
export function queryMapsFromCounts(
  parts: Iterable<QueryCounts>,
  /** Words to keep whole, such as person names (于洋 stays 于洋 though 于 is mostly 於). */
  fixedWords: Iterable<[simplified: string, traditional: string]> = [],
): QueryMaps & { skipped: number } {
  const forward = new CharCounts();
  const backward = new CharCounts();
  const wordCounts = new PairCounts();
  let skipped = 0;
  for (const part of parts) {
    skipped += part.skipped;
    for (const [s, t, n] of part.chars) {
      forward.add(s, t, n);
      backward.add(t, s, n);
    }
    for (const [s, t, n] of part.words) wordCounts.add(s, t, n);
  }
  const ambiguousForward = forward.ambiguous();
  const ambiguousBackward = backward.ambiguous();
  const forwardWords = new CharCounts();
  const backwardWords = new CharCounts();
  for (const [[s, t], n] of wordCounts.counted()) {
    if ([...s].some((c) => ambiguousForward.has(c))) forwardWords.add(s, t, n);
    if ([...t].some((c) => ambiguousBackward.has(c))) backwardWords.add(t, s, n);
  }
  for (const [simplified, traditional] of fixedWords) {
    if ([...simplified].length < 2 || [...simplified].length !== [...traditional].length) continue;
    forwardWords.add(simplified, traditional);
    backwardWords.add(traditional, simplified);
  }
  const toTraditional = forward.mostFrequent();
  const toSimplified = backward.mostFrequent();
  return {
    toTraditional: { chars: toTraditional, words: forwardWords.exceptions((word) => convertQuery(word, { chars: toTraditional, words: {} })) },
    toSimplified: { chars: toSimplified, words: backwardWords.exceptions((word) => convertQuery(word, { chars: toSimplified, words: {} })) },
    skipped,
  };
}

/** Both maps from aligned texts at once (one part: the whole archive). */
export function buildQueryMaps(
  pairs: Iterable<[simplified: string, traditional: string]>,
  fixedWords: Iterable<[simplified: string, traditional: string]> = [],
): QueryMaps & { skipped: number } {
  return queryMapsFromCounts([countQueryPairs(pairs)], fixedWords);
}

/** Counts of `[from, to]` pairs, kept flat so that parts stay small to store and quick to add. */
class PairCounts {
  private counts = new Map<string, number>();
  add(from: string, to: string, times = 1): void {
    const key = `${from}\u0000${to}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + times);
  }
  *counted(): Generator<[[string, string], number]> {
    for (const [key, n] of this.counts) {
      const cut = key.indexOf('\u0000');
      yield [[key.slice(0, cut), key.slice(cut + 1)], n];
    }
  }
  keys(): Array<[string, string]> {
    return [...this.counted()].map(([pair]) => pair);
  }
  /** Sorted, for a deterministic file. */
  entries(): Array<[string, string, number]> {
    return [...this.counted()].map(([[from, to], n]): [string, string, number] => [from, to, n]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  }
}

const HAN = /\p{Script=Han}/u;

/** Converts a query with forward maximum matching over the map's words, then its characters. */
export function convertQuery(query: string, map: ScriptMap): string {
  const chars = [...query];
  const longest = Math.max(1, ...Object.keys(map.words).map((w) => [...w].length));
  let out = '';
  for (let i = 0; i < chars.length; ) {
    let matched = false;
    for (let length = Math.min(longest, chars.length - i); length >= 2; length--) {
      const word = chars.slice(i, i + length).join('');
      const converted = map.words[word];
      if (converted !== undefined) {
        out += converted;
        i += length;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    out += map.chars[chars[i]!] ?? chars[i];
    i++;
  }
  return out;
}

class CharCounts {
  private counts = new Map<string, Map<string, number>>();
  add(from: string, to: string, times = 1): void {
    const targets = this.counts.get(from) ?? new Map<string, number>();
    targets.set(to, (targets.get(to) ?? 0) + times);
    this.counts.set(from, targets);
  }
  /** Characters that convert in more than one way. */
  ambiguous(): Set<string> {
    return new Set([...this.counts].filter(([, targets]) => targets.size > 1).map(([from]) => from));
  }
  /** Only characters that change: identity is the default. Sorted for a deterministic file. */
  mostFrequent(): Record<string, string> {
    return Object.fromEntries(this.sortedChoices().filter(([from, to]) => from !== to));
  }
  /**
   * Words whose most frequent conversion is not what their characters give one by one: only
   * those are needed, identity included (征程 staying 征程 must win over the rule 征 → 徵).
   */
  exceptions(byCharacters: (word: string) => string): Record<string, string> {
    return Object.fromEntries(this.sortedChoices().filter(([from, to]) => byCharacters(from) !== to));
  }
  protected sortedChoices(): Array<readonly [string, string]> {
    return [...this.counts].map(([from, targets]) => [from, pickMostFrequent(targets)] as const).sort(([a], [b]) => (a < b ? -1 : 1));
  }
}

function pickMostFrequent(targets: Map<string, number>): string {
  return [...targets].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}
