/**
 * The conversion engine: OpenCC's Simplified→Traditional dictionaries, applied with word
 * boundaries that OpenCC does not know.
 *
 * OpenCC (`from: 'cn'`) converts in two stages:
 *   1. Simplified → OpenCC-standard Traditional, phrase by phrase (STPhrases) and otherwise
 *      character by character (STCharacters, first reading);
 *   2. OpenCC Traditional → regional variants (TWVariants for `tw`, HKVariants for `hk`).
 * This engine keeps both stages and all of OpenCC's data. What it changes is *which* phrase
 * matches are used in stage 1: OpenCC takes the longest phrase starting at each position, even
 * when that phrase straddles two words (集|中签|署 → 中籤). Here a phrase match is allowed only when
 * it does not cut through a word found by ICU (see `isPhraseAllowed`) nor cross the edges of a
 * person name, and among the allowed matches a dynamic programme picks the best segmentation (see
 * `convertWithConstraints`). The project dictionary (`data/convert/phrases.tsv`) is added on top
 * of OpenCC's phrases, and surname characters of person names are written as surnames.
 */
import OpenCC from 'opencc-js';
import type { DictGroup, DictLike } from 'opencc-js';
import type { PersonNameSpan } from './person-names.ts';
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
}

/** Everything stage 1 and stage 2 need, built once per variant (~200 ms). */
export interface ConversionTables {
  /** Replaces CJK compatibility ideographs by their unified forms (OpenCC does this first). */
  readonly normalize: (text: string) => string;
  /** Simplified phrase → Traditional phrase (OpenCC's phrases plus the project dictionary). */
  readonly phrases: ReadonlyMap<string, string>;
  /**
   * Every phrase and every proper prefix of a phrase, for matching with one lookup per step:
   * `phrase` is the conversion if the key is a phrase, `extends` whether a longer phrase starts
   * with it (matching stops as soon as it does not).
   */
  readonly phraseSteps: ReadonlyMap<string, PhraseStep>;
  /** Simplified character → Traditional character (OpenCC's first reading). */
  readonly characters: ReadonlyMap<string, string>;
  /**
   * Phrases whose conversion differs from converting their characters one by one (晒干 → 曬乾,
   * not 曬幹). Between two equally good segmentations, the one using more of these wins.
   */
  readonly exceptionalPhrases: ReadonlySet<string>;
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
 * OpenCC-standard traditional) taking precedence over OpenCC's own phrases.
 */
export function buildConversionTables(
  variant: Variant,
  projectPhrases: Iterable<readonly [string, string]>,
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
  for (const [simplified, traditional] of projectPhrases) phrases.set(simplified, traditional);

  const phraseSteps = new Map<string, { phrase: string | undefined; extends: boolean }>();
  for (const [phrase, traditional] of phrases) {
    for (let length = 1; length <= phrase.length; length += 1) {
      const key = phrase.slice(0, length);
      let step = phraseSteps.get(key);
      if (!step) {
        step = { phrase: undefined, extends: false };
        phraseSteps.set(key, step);
      }
      if (length === phrase.length) step.phrase = traditional;
      else step.extends = true;
    }
  }

  const characterByCharacter = (phrase: string) =>
    Array.from(phrase, (character) => characters.get(character) ?? character).join('');
  const exceptionalPhrases = new Set<string>();
  for (const [simplified, traditional] of phrases) {
    if (characterByCharacter(simplified) !== traditional) exceptionalPhrases.add(simplified);
  }

  const normalizationChain = preset.normalizationChain ?? [];
  return {
    normalize: normalizationChain.length > 0 ? OpenCC.ConverterFactory(...normalizationChain) : (text) => text,
    phrases,
    phraseSteps,
    characters,
    exceptionalPhrases,
    toRegionalVariant: OpenCC.ConverterFactory(stage2),
  };
}

/** Boundaries and fixed outputs that constrain stage 1 for one text. */
export interface ConversionConstraints {
  /** ICU words of the text. */
  readonly words: WordBoundaries;
  /** Person names: their surname is written as a surname; no phrase crosses their edges. */
  readonly names: readonly PersonNameSpan[];
  /** Simplified surname → Traditional form as a surname. */
  readonly surnameForms: ReadonlyMap<string, string>;
}

/**
 * Whether the phrase at [start, end) may be used: it must not contain a hard boundary (the edge
 * of a person name or surname), and it must not cut through an ICU word: either both of its ends
 * are word boundaries (it covers whole words, e.g. 中|签 → 中籤), or it lies inside one word.
 */
function isPhraseAllowed(start: number, end: number, words: WordBoundaries, hardBoundary: Uint8Array): boolean {
  for (let position = start + 1; position < end; position += 1) {
    if (hardBoundary[position] === 1) return false;
  }
  if (words.isBoundary[start] === 1 && words.isBoundary[end] === 1) return true;
  return words.wordIndex[start] === words.wordIndex[end - 1];
}

/** Larger than any real number of units; marks the second half of a surrogate pair. */
const UNREACHABLE = 0x3fffffff;

/** Converts Simplified `text` (already normalized) to Traditional with the given constraints. */
export function convertWithConstraints(
  text: string,
  tables: ConversionTables,
  constraints: ConversionConstraints,
): string {
  const { phraseSteps, characters, exceptionalPhrases } = tables;
  const { words, names, surnameForms } = constraints;
  const length = text.length;

  const hardBoundary = new Uint8Array(length + 1);
  /** Position → [end, output] for surnames, which are written as they are in the table. */
  const fixedOutputs = new Map<number, readonly [number, string]>();
  for (const name of names) {
    hardBoundary[name.start] = 1;
    hardBoundary[name.surnameEnd] = 1;
    hardBoundary[name.end] = 1;
    const form = surnameForms.get(text.slice(name.start, name.surnameEnd));
    if (form !== undefined) fixedOutputs.set(name.start, [name.surnameEnd, form]);
  }

  // Dynamic programming from the end: for every position, the best way to convert the rest.
  // A phrase or a single character counts as one unit. Best is, in this order: fewest units;
  // fewest single characters; most characters covered by exceptional phrases (晒干|了 rather
  // than 晒|干了, 新|征程 rather than 新征|程); and on a full tie the shorter first unit.
  const units = new Int32Array(length + 1);
  const singles = new Int32Array(length + 1);
  const exceptional = new Int32Array(length + 1);
  const chosenEnd = new Int32Array(length);
  const chosenOutput: Array<string | undefined> = new Array<string | undefined>(length);
  for (let position = length - 1; position >= 0; position -= 1) {
    const code = text.charCodeAt(position);
    if (code >= 0xdc00 && code <= 0xdfff && position > 0) {
      const previous = text.charCodeAt(position - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) {
        units[position] = UNREACHABLE;
        continue;
      }
    }
    const fixed = fixedOutputs.get(position);
    if (fixed) {
      units[position] = 1 + units[fixed[0]]!;
      singles[position] = singles[fixed[0]]!;
      exceptional[position] = exceptional[fixed[0]]!;
      chosenEnd[position] = fixed[0];
      chosenOutput[position] = fixed[1];
      continue;
    }
    const characterEnd = position + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
    let bestUnits = 1 + units[characterEnd]!;
    let bestSingles = 1 + singles[characterEnd]!;
    let bestExceptional = exceptional[characterEnd]!;
    let bestEnd = characterEnd;
    let bestOutput: string | undefined;
    let mayExtend = phraseSteps.get(text.charAt(position))?.extends === true;
    for (let end = position + 2; mayExtend && end <= length; end += 1) {
      const candidate = text.slice(position, end);
      const step = phraseSteps.get(candidate);
      if (step === undefined) break;
      mayExtend = step.extends;
      const value = step.phrase;
      if (value !== undefined && isPhraseAllowed(position, end, words, hardBoundary)) {
        const candidateUnits = 1 + units[end]!;
        const candidateSingles = singles[end]!;
        const candidateExceptional =
          exceptional[end]! + (exceptionalPhrases.has(candidate) ? end - position : 0);
        const better =
          candidateUnits !== bestUnits
            ? candidateUnits < bestUnits
            : candidateSingles !== bestSingles
              ? candidateSingles < bestSingles
              : candidateExceptional > bestExceptional;
        if (better) {
          bestUnits = candidateUnits;
          bestSingles = candidateSingles;
          bestExceptional = candidateExceptional;
          bestEnd = end;
          bestOutput = value;
        }
      }
    }
    units[position] = bestUnits;
    singles[position] = bestSingles;
    exceptional[position] = bestExceptional;
    chosenEnd[position] = bestEnd;
    chosenOutput[position] = bestOutput;
  }

  const output: string[] = [];
  for (let position = 0; position < length; ) {
    const end = chosenEnd[position]!;
    const chosen = chosenOutput[position];
    if (chosen !== undefined) {
      output.push(chosen);
    } else {
      const character = text.slice(position, end);
      output.push(characters.get(character) ?? character);
    }
    position = end;
  }
  return output.join('');
}
