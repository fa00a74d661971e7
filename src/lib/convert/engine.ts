/**
 * The conversion engine: OpenCC's Simplified→Traditional dictionaries, applied word by word.
 *
 * OpenCC (`from: 'cn'`) converts in two stages:
 *   1. Simplified → OpenCC-standard Traditional, phrase by phrase (STPhrases) and otherwise
 *      character by character (STCharacters, first reading);
 *   2. OpenCC Traditional → regional variants (TWVariants for `tw`, HKVariants for `hk`).
 * This engine keeps both stages and all of OpenCC's data. What it changes is where stage 1's
 * phrases may match: OpenCC takes the longest phrase at each position, even when it straddles
 * two words (集|中签|署 → 中籤); here the text is first cut into words (word-boundaries.ts: jieba's
 * dictionary, OpenCC's phrases added to it, the most probable segmentation; only the stretches
 * where the cut can matter, characterwise.ts), and a phrase applies only as a whole word or inside
 * one. MediaWiki's phrases (`data/convert/mediawiki-zh2hant.tsv`) fill in where OpenCC has none,
 * the project dictionary (`data/convert/phrases.tsv`) is added on top of both, surname characters
 * of person names are written as surnames, and a few readings are decided by what follows
 * (classifiers.ts).
 */
import OpenCC from 'opencc-js';
import type { DictGroup, DictLike } from 'opencc-js';
import type { PersonNameSpan } from './person-names.ts';
import type { FixedReading } from './classifiers.ts';
import type { WordBoundaries } from './word-boundaries.ts';

/** Regional standard of the Traditional output. */
export type Variant = 'tw' | 'hk';

/** OpenCC's preset for one conversion (`s2tw`, `s2hk`); the typings omit `normalizationChain`. */
interface OpenccPreset {
  readonly normalizationChain?: readonly DictGroup[];
  readonly conversionChain: readonly DictGroup[];
}

/** One step of phrase matching (see {@link ConversionTables.phraseSteps}). */
export interface PhraseStep {
  readonly phrase: string | undefined;
  readonly extends: boolean;
  /** The phrase is a supplementary one (MediaWiki's): a whole word only, never read inside one. */
  readonly supplemented: boolean;
}

/** Everything stage 1 and stage 2 need, built once per variant (~200 ms). */
export interface ConversionTables {
  /** Replaces CJK compatibility ideographs by their unified forms (OpenCC does this first). */
  readonly normalize: (text: string) => string;
  /** Simplified phrase → Traditional phrase (OpenCC's phrases, MediaWiki's where OpenCC has none, the project dictionary over both). */
  readonly phrases: ReadonlyMap<string, string>;
  /** The phrases taken from the supplementary set (MediaWiki's): neither OpenCC nor the project has them. */
  readonly supplementedPhrases: ReadonlySet<string>;
  /**
   * Every phrase and every proper prefix of a phrase, for matching with one lookup per step:
   * `phrase` is the conversion if the key is a phrase, `extends` whether a longer phrase starts
   * with it (matching stops as soon as it does not), `supplemented` whether the phrase is one of
   * `supplementedPhrases`.
   */
  readonly phraseSteps: ReadonlyMap<string, PhraseStep>;
  /**
   * By UTF-16 code unit, 1 for a character that some phrase converts otherwise than OpenCC converts
   * it alone (钟: 几分钟 → 幾分鐘, where 钟 alone is 鍾): a character whose reading a phrase decides.
   */
  readonly phraseDependent: Uint8Array;
  /** Simplified character → Traditional character (OpenCC's first reading). */
  readonly characters: ReadonlyMap<string, string>;
  /** The same for characters of one UTF-16 code unit, by code unit: the lookup of every plain character. */
  readonly characterByCode: ReadonlyArray<string | undefined>;
  /** Stage 2: OpenCC Traditional → the regional variant. */
  readonly toRegionalVariant: (text: string) => string;
}

function entriesOf(dictionary: DictLike): Array<readonly [string, string]> {
  if (typeof dictionary !== 'string') return [...dictionary];
  if (dictionary === '') return [];
  return dictionary.split('|').map((entry) => {
    const space = entry.indexOf(' ');
    return [entry.slice(0, space), entry.slice(space + 1)] as const;
  });
}

/**
 * Builds the tables for `variant` from OpenCC's preset, with `projectPhrases` (simplified,
 * OpenCC-standard traditional) taking precedence over OpenCC's own phrases, and
 * `supplementaryPhrases` (the same form: MediaWiki's) used only where neither has the key.
 */
export function buildConversionTables(
  variant: Variant,
  projectPhrases: Iterable<readonly [string, string]>,
  supplementaryPhrases: Iterable<readonly [string, string]> = [],
): ConversionTables {
  const preset = OpenCC.Locale.configs[`s2${variant}`] as OpenccPreset | undefined;
  const [stage1, stage2] = preset?.conversionChain ?? [];
  if (!preset || !stage1 || !stage2 || stage1.length !== 3) {
    throw new Error(`convert: unexpected opencc-js preset layout for s2${variant}`);
  }
  const [phraseDictionary, generatedPhraseDictionary, characterDictionary] = stage1 as readonly DictLike[];

  const characters = new Map<string, string>();
  for (const [simplified, traditional] of entriesOf(characterDictionary!)) characters.set(simplified, traditional);

  // Later sets win: OpenCC gives STPhrases precedence over the generated regional phrases.
  const phrases = new Map<string, string>();
  for (const dictionary of [generatedPhraseDictionary!, phraseDictionary!]) {
    for (const [simplified, traditional] of entriesOf(dictionary)) phrases.set(simplified, traditional);
  }
  const supplementedPhrases = new Set<string>();
  for (const [simplified, traditional] of supplementaryPhrases) {
    if (phrases.has(simplified)) continue;
    phrases.set(simplified, traditional);
    supplementedPhrases.add(simplified);
  }
  for (const [simplified, traditional] of projectPhrases) {
    phrases.set(simplified, traditional);
    supplementedPhrases.delete(simplified);
  }

  const phraseSteps = new Map<string, { phrase: string | undefined; extends: boolean; supplemented: boolean }>();
  for (const [phrase, traditional] of phrases) {
    for (let length = 1; length <= phrase.length; length += 1) {
      const key = phrase.slice(0, length);
      let step = phraseSteps.get(key);
      if (!step) {
        step = { phrase: undefined, extends: false, supplemented: false };
        phraseSteps.set(key, step);
      }
      if (length === phrase.length) {
        step.phrase = traditional;
        step.supplemented = supplementedPhrases.has(phrase);
      } else step.extends = true;
    }
  }

  const phraseDependent = new Uint8Array(0x10000);
  for (const [simplified, traditional] of phrases) {
    if (simplified.length !== traditional.length) continue;
    for (let i = 0; i < simplified.length; i += 1) {
      const character = simplified.charAt(i);
      if (traditional.charAt(i) !== (characters.get(character) ?? character)) phraseDependent[simplified.charCodeAt(i)] = 1;
    }
  }

  const characterByCode: Array<string | undefined> = new Array<string | undefined>(0x10000).fill(undefined);
  for (const [simplified, traditional] of characters) if (simplified.length === 1) characterByCode[simplified.charCodeAt(0)] = traditional;

  const normalizationChain = preset.normalizationChain ?? [];
  return {
    normalize: normalizationChain.length === 1 ? convertWhereKeysStart(normalizationChain[0]!) : normalizationChain.length > 1 ? OpenCC.ConverterFactory(...normalizationChain) : (text) => text,
    phrases,
    supplementedPhrases,
    phraseSteps,
    phraseDependent,
    characters,
    characterByCode,
    toRegionalVariant: convertWhereKeysStart(stage2),
  };
}

/** Ideographic description characters (⿰⿱ …): OpenCC reads the sequence each starts as one character. */
const IDEOGRAPHIC_DESCRIPTION = /[\u2ff0-\u2fff]/u;

/**
 * OpenCC's conversion by one dictionary group (`ConverterFactory`), run only over the parts of
 * a text where some key can match. A match can start only at a key's first code unit, and ends
 * at most the longest key's length later; OpenCC matches from left to right, each match starting
 * where the last ended, so a stretch that no match can reach is unchanged, and each window around
 * the positions where keys start converts as it would within the whole text. Text with an
 * ideographic description sequence (OpenCC reads one as a single character) is converted whole.
 * The compatibility ideographs of the normalization rarely occur at all; the regional variants'
 * keys (爲, 着, 裏 …) occur in most sentences, but in a small part of each.
 */
function convertWhereKeysStart(group: DictGroup): (text: string) => string {
  const convert = OpenCC.ConverterFactory(group);
  const starts = new Uint8Array(0x10000);
  let longest = 1;
  for (const dictionary of group) {
    for (const [key] of entriesOf(dictionary)) {
      starts[key.charCodeAt(0)] = 1;
      longest = Math.max(longest, key.length);
    }
  }
  return (text) => {
    let output = '';
    let copied = 0;
    for (let position = 0; position < text.length; position += 1) {
      if (starts[text.charCodeAt(position)] !== 1) continue;
      if (copied === 0 && IDEOGRAPHIC_DESCRIPTION.test(text)) return convert(text);
      // The window: from this start to `longest` past the last start within reach.
      let end = position + longest;
      for (let next = position + 1; next < end && next < text.length; next += 1) if (starts[text.charCodeAt(next)] === 1) end = next + longest;
      end = Math.min(end, text.length);
      output += text.slice(copied, position) + convert(text.slice(position, end));
      copied = end;
      position = end - 1;
    }
    return copied === 0 ? text : output + text.slice(copied);
  };
}

/** Boundaries and fixed outputs that constrain stage 1 for one text. */
export interface ConversionConstraints {
  /** The text's words (word-boundaries.ts). */
  readonly words: WordBoundaries;
  /** Person names: their surname is written as a surname; no word crosses their edges. */
  readonly names: readonly PersonNameSpan[];
  /** Simplified surname → Traditional form as a surname. */
  readonly surnameForms: ReadonlyMap<string, string>;
  /** Stretches whose conversion is decided already (classifiers.ts); no word crosses their edges. */
  readonly readings?: readonly FixedReading[];
}

/** One stretch cut into the tables' phrases and single characters: [start, end, conversion or undefined]. */
type Reading = Array<readonly [number, number, string | undefined]>;

const characterEndAt = (text: string, position: number) => {
  const code = text.charCodeAt(position);
  return position + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
};

/** The longest phrase at each position from the start (OpenCC's own way), else the character. */
function forwardReading(text: string, tables: ConversionTables): Reading {
  const end = text.length;
  const reading: Reading = [];
  for (let position = 0; position < end; ) {
    let matchEnd = characterEndAt(text, position);
    let matched: string | undefined;
    let mayExtend = tables.phraseSteps.get(text.charAt(position))?.extends === true;
    for (let next = position + 2; mayExtend && next <= end; next += 1) {
      const step = tables.phraseSteps.get(text.slice(position, next));
      if (step === undefined) break;
      mayExtend = step.extends;
      if (step.phrase !== undefined && !step.supplemented) {
        matchEnd = next;
        matched = step.phrase;
      }
    }
    reading.push([position, matchEnd, matched]);
    position = matchEnd;
  }
  return reading;
}

/** The longest phrase ending at each position from the end, else the character. */
function backwardReading(text: string, tables: ConversionTables): Reading {
  const reading: Reading = [];
  for (let position = text.length; position > 0; ) {
    const low = text.charCodeAt(position - 1);
    let matchStart = position - (low >= 0xdc00 && low <= 0xdfff && position >= 2 ? 2 : 1);
    let matched: string | undefined;
    for (let from = 0; from < position - 1; from += 1) {
      const step = tables.phraseSteps.get(text.slice(from, position));
      const phrase = step?.supplemented ? undefined : step?.phrase;
      if (phrase !== undefined) {
        matchStart = from;
        matched = phrase;
        break;
      }
    }
    reading.push([matchStart, position, matched]);
    position = matchStart;
  }
  return reading.reverse();
}

const singlesOf = (reading: Reading) => reading.filter(([, , phrase]) => phrase === undefined).length;

/** The characters a reading leaves outside phrases whose reading a phrase could have decided. */
const undecidedOf = (reading: Reading, word: string, tables: ConversionTables) =>
  reading.filter(([from, , phrase]) => phrase === undefined && tables.phraseDependent[word.charCodeAt(from)] === 1).length;

/**
 * A word that is not itself a phrase, read inside: from the start as OpenCC reads, unless reading
 * from the end leaves fewer characters outside phrases whose reading a phrase decides (十几分|钟
 * leaves 钟, 鍾 or 鐘; 十|几分钟 leaves 十, which is 十 anyway), or as many of those and fewer
 * characters outside phrases; otherwise OpenCC's way (首发|式, 开发|型). Only OpenCC's phrases and
 * the project's are read inside a word: MediaWiki's, written for a converter that takes the longest
 * match over a whole text, apply as whole words only (its 包制 → 包製 is no reading of 联产承包制).
 */
function readWord(word: string, tables: ConversionTables): string {
  const forward = forwardReading(word, tables);
  // Every character alone: no phrase starts anywhere, so none ends anywhere either.
  const allSingle = forward.every(([, , phrase]) => phrase === undefined);
  const backward = allSingle ? forward : backwardReading(word, tables);
  const undecided = undecidedOf(backward, word, tables) - undecidedOf(forward, word, tables);
  const reading = undecided < 0 || (undecided === 0 && singlesOf(backward) < singlesOf(forward)) ? backward : forward;
  let output = '';
  for (const [from, to, phrase] of reading) output += phrase ?? convertCharacters(word.slice(from, to), tables);
  return output;
}

/**
 * Converts Simplified `text` (already normalized) to Traditional, word by word: a word that is a
 * phrase of the tables takes its conversion, any other is read inside as OpenCC reads text (its
 * longest phrases, else its characters), so no phrase cuts through a word. No word crosses the
 * edge of a person name, and a name's surname is written as a surname.
 */
export function convertWithConstraints(
  text: string,
  tables: ConversionTables,
  constraints: ConversionConstraints,
): string {
  const { words, names, surnameForms, readings = [] } = constraints;
  const plain = words.plain;
  const kept = convertedWordsOf(tables);
  let output = '';
  if (names.length === 0 && readings.length === 0) {
    const all = words.words;
    for (let index = 0; index < all.length; index += 1) {
      output += plain?.[index] === 1 ? convertCharacters(all[index]!, tables) : convertStretch(all[index]!, tables, kept);
    }
    return output;
  }
  const cuts = new Uint8Array(text.length + 1);
  cuts.set(words.isBoundary);
  /** Position → [end, output] for surnames, which are written as they are in the table, and decided readings. */
  const fixedOutputs = new Map<number, readonly [number, string]>();
  for (const name of names) {
    cuts[name.start] = 1;
    cuts[name.surnameEnd] = 1;
    cuts[name.end] = 1;
    const form = surnameForms.get(text.slice(name.start, name.surnameEnd));
    if (form !== undefined) fixedOutputs.set(name.start, [name.surnameEnd, form]);
  }
  for (const reading of readings) {
    cuts[reading.start] = 1;
    cuts[reading.end] = 1;
    fixedOutputs.set(reading.start, [reading.end, reading.output]);
  }
  for (let start = 0; start < text.length; ) {
    const fixed = fixedOutputs.get(start);
    if (fixed) {
      output += fixed[1];
      start = fixed[0];
      continue;
    }
    let end = start + 1;
    while (end < text.length && cuts[end] !== 1) end += 1;
    // A plain word converts character by character however a name's edges cut it.
    const stretch = text.slice(start, end);
    output += plain?.[words.wordIndex[start]!] === 1 ? convertCharacters(stretch, tables) : convertStretch(stretch, tables, kept);
    start = end;
  }
  return output;
}

/** Each character as OpenCC converts it alone (its first reading). */
function convertCharacters(text: string, tables: ConversionTables): string {
  let output = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const pair = text.slice(i, i + 2);
      output += tables.characters.get(pair) ?? pair;
      i += 1;
    } else output += tables.characterByCode[code] ?? text.charAt(i);
  }
  return output;
}

/** Words recur: each is converted once per set of tables (bounded, so that a long build's memory stays flat). */
const convertedWords = new WeakMap<ConversionTables, Map<string, string>>();
const CONVERTED_WORDS_KEPT = 200_000;

function convertedWordsOf(tables: ConversionTables): Map<string, string> {
  let kept = convertedWords.get(tables);
  if (!kept) convertedWords.set(tables, (kept = new Map()));
  return kept;
}

/** A word, or the part of one within a name's edges: its phrase, or read inside (`kept`: the words converted so far). */
function convertStretch(stretch: string, tables: ConversionTables, kept: Map<string, string>): string {
  let output = kept.get(stretch);
  if (output === undefined) {
    output = tables.phrases.get(stretch) ?? readWord(stretch, tables);
    if (kept.size >= CONVERTED_WORDS_KEPT) kept.clear();
    kept.set(stretch, output);
  }
  return output;
}

