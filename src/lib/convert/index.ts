/**
 * Simplified → Traditional Chinese conversion for the archive (zh-Hans → zh-Hant).
 *
 * One module, wrapping opencc-js:
 *  - Taiwan character standard (`tw`, OpenCC `cn → tw`) by default, Hong Kong (`hk`) as an option.
 *    No vocabulary changes (not `twp`: 项目 stays 項目, it does not become 專案).
 *  - OpenCC's dictionaries, applied so that no phrase straddles a word boundary (jieba's words):
 *    产生|发展 is 產生發展, not 產生髮展.
 *  - MediaWiki's zh2Hant phrases (`data/convert/mediawiki-zh2hant.tsv`) where OpenCC has none: 抢注
 *    → 搶註, 罗马历 → 羅馬曆, 3只 → 3隻.
 *  - A reviewable project dictionary, `data/convert/phrases.tsv`, over both.
 *  - Person names keep their surnames (记者 于洋 → 記者 于洋): names are detected in bylines, lists
 *    of officials and after office titles, and can be passed in (`personNames`). Surname forms are
 *    in `data/convert/surnames.tsv`, detection cues in `data/convert/name-cues.tsv`.
 *  - Text that is not Chinese (URLs, Latin, digits) is left as it is.
 *
 * Setting up a variant takes ~200 ms and happens once, lazily; conversions after that take a few
 * milliseconds per 10,000 characters.
 *
 * @example
 *   toTraditional('本报讯（记者 于洋）加快干部队伍建设') // → '本報訊（記者 于洋）加快幹部隊伍建設'
 *   const convert = createConverter({ variant: 'tw', personNames: ['朱梦琪'] });
 *   convert.toTraditional(text);
 */
import OpenCC from 'opencc-js';
import { findDataDirectory, readTsvFile } from './data-files.ts';
import { buildConversionTables, convertWithConstraints, type ConversionTables, type Variant } from './engine.ts';
import { findPersonNames, type NameCues, type SurnameTable } from './person-names.ts';
import { createWordSegmenter, type WordBoundaries, type WordSegmenter } from './word-boundaries.ts';
import { guardPhrases, needsWordsTest, type NeedsWords } from './characterwise.ts';
import { classifierReadings, type ClassifierWord } from './classifiers.ts';
import { nameCharacterReadings } from './name-readings.ts';

export type { Variant } from './engine.ts';

/** Options of {@link createConverter} and {@link toTraditional}. */
export interface ConverterOptions {
  /** Regional character standard: `tw` (Taiwan, default) or `hk` (Hong Kong). */
  readonly variant?: Variant;
  /** Person names known to occur (e.g. article authors); their surnames stay surnames. */
  readonly personNames?: Iterable<string>;
}

/** Per-call options of {@link TraditionalConverter.toTraditional}. */
export interface ConversionOptions {
  /** Further person names for this text only (added to the converter's). */
  readonly personNames?: Iterable<string>;
}

/** A configured Simplified → Traditional converter. */
export interface TraditionalConverter {
  readonly variant: Variant;
  /** Converts Simplified Chinese `text` to Traditional Chinese. */
  toTraditional(text: string, options?: ConversionOptions): string;
}

/** The project's data files, parsed. */
interface ProjectData {
  readonly phrases: ReadonlyArray<readonly [string, string]>;
  /** MediaWiki's phrases, in OpenCC's standard Traditional form (used where OpenCC has none). */
  readonly mediawikiPhrases: ReadonlyArray<readonly [string, string]>;
  readonly classifiers: readonly ClassifierWord[];
  /** Characters read otherwise in names (name-readings.tsv): Simplified → OpenCC-standard Traditional. */
  readonly nameReadings: ReadonlyMap<string, string>;
  readonly surnames: SurnameTable;
  readonly cues: NameCues;
}

const HAN_CHARACTER = /\p{Script=Han}/u;
const NAME_CUE_KINDS = ['byline', 'list', 'title', 'follower', 'not-given'] as const;

let projectData: ProjectData | undefined;
const tablesByVariant = new Map<Variant, ConversionTables>();
const segmenterByVariant = new Map<Variant, WordSegmenter>();
const needsWordsByVariant = new Map<Variant, NeedsWords>();
const rawConverters = new Map<Variant, (text: string) => string>();
const defaultConverters = new Map<Variant, TraditionalConverter>();

function loadProjectData(): ProjectData {
  if (projectData) return projectData;
  const directory = findDataDirectory();

  const phrases = readTsvFile(directory, 'phrases.tsv').map((row, index) => {
    const [simplified, traditional, reason] = row;
    if (!simplified || !traditional || !reason) {
      throw new Error(`convert: phrases.tsv entry ${index + 1} needs simplified, traditional and why: ${row.join(' | ')}`);
    }
    if ([...simplified].length < 2) {
      throw new Error(`convert: phrases.tsv entry ${index + 1} (${simplified}) must be a phrase of two or more characters`);
    }
    return [simplified, traditional] as const;
  });

  // MediaWiki writes some characters in Taiwan's form (笑裡藏刀) and most in OpenCC's (爲, 裏): read
  // into OpenCC's standard, so that the regional variant step writes each variant's own.
  const toOpenccStandard = OpenCC.Converter({ from: 'tw', to: 't' });
  const mediawikiPhrases = readTsvFile(directory, 'mediawiki-zh2hant.tsv').map((row, index) => {
    const [simplified, traditional] = row;
    if (!simplified || !traditional || row.length !== 2 || [...simplified].length < 2 || [...simplified].length !== [...traditional].length) {
      throw new Error(`convert: mediawiki-zh2hant.tsv entry ${index + 1} needs a phrase of two or more characters and its Traditional form of the same length: ${row.join(' | ')}`);
    }
    return [simplified, toOpenccStandard(traditional)] as const;
  });

  const classifiers = readTsvFile(directory, 'classifiers.tsv').map((row, index) => {
    const [word, asClassifier, otherwise, reason] = row;
    if (!word || !asClassifier || !otherwise || !reason || [word, asClassifier, otherwise].some((form) => [...form].length !== [...word].length)) {
      throw new Error(`convert: classifiers.tsv entry ${index + 1} needs a word, its two readings of the same length and why: ${row.join(' | ')}`);
    }
    return { word, asClassifier, otherwise };
  });

  const nameReadings = new Map<string, string>();
  readTsvFile(directory, 'name-readings.tsv').forEach((row, index) => {
    const [character, reading, reason] = row;
    if (!character || !reading || !reason || [...character].length !== 1 || [...reading].length !== 1) {
      throw new Error(`convert: name-readings.tsv entry ${index + 1} needs one character, its reading in names and why: ${row.join(' | ')}`);
    }
    nameReadings.set(character, reading);
  });

  const traditionalForms = new Map<string, string>();
  for (const [simplified, traditional] of readTsvFile(directory, 'surnames.tsv')) {
    if (simplified && traditional) traditionalForms.set(simplified, traditional);
  }

  const cueWords = new Map<string, string[]>(NAME_CUE_KINDS.map((kind) => [kind, []]));
  for (const [kind, word] of readTsvFile(directory, 'name-cues.tsv')) {
    const list = kind === undefined ? undefined : cueWords.get(kind);
    if (!list || !word) throw new Error(`convert: name-cues.tsv has an unknown kind or no word: ${kind} ${word}`);
    list.push(word);
  }
  const wordsOf = (kind: (typeof NAME_CUE_KINDS)[number]) => cueWords.get(kind) ?? [];

  projectData = {
    phrases,
    mediawikiPhrases,
    classifiers,
    nameReadings,
    surnames: { traditionalForms },
    cues: {
      byline: wordsOf('byline'),
      list: wordsOf('list'),
      title: wordsOf('title'),
      followers: wordsOf('follower'),
      notGiven: new Set(wordsOf('not-given')),
    },
  };
  return projectData;
}

function conversionTablesFor(variant: Variant): ConversionTables {
  let tables = tablesByVariant.get(variant);
  if (!tables) {
    const { phrases, mediawikiPhrases } = loadProjectData();
    tables = buildConversionTables(variant, phrases, mediawikiPhrases);
    tablesByVariant.set(variant, tables);
  }
  return tables;
}

/** The word segmenter, whose dictionary holds the variant's phrases (built once, ~1 s). */
function wordSegmenterFor(variant: Variant): WordSegmenter {
  let segmenter = segmenterByVariant.get(variant);
  if (!segmenter) {
    const tables = conversionTablesFor(variant);
    segmenter = createWordSegmenter(tables.phrases.keys(), guardPhrases(tables));
    segmenterByVariant.set(variant, segmenter);
  }
  return segmenter;
}

/**
 * Which stretches of text need words (characterwise.ts): those where a phrase that converts a
 * character otherwise than alone occurs, or a surname or a character whose form in names differs
 * (name-readings.tsv). Names are still looked for in all the text; one found in a stretch that
 * needs no words changes nothing there. (One
 * found only with the help of words there, after an office title, could in principle cut a later
 * occurrence between surname and given name where the segmentation had them as one word: on the
 * 13,093 news sentences of the conversion report, the outside suites and the seeds, the output is
 * the same byte for byte.)
 */
function needsWordsFor(variant: Variant): NeedsWords {
  let test = needsWordsByVariant.get(variant);
  if (!test) {
    const { surnames, nameReadings } = loadProjectData();
    test = needsWordsTest(conversionTablesFor(variant), new Map([...surnames.traditionalForms, ...nameReadings]));
    needsWordsByVariant.set(variant, test);
  }
  return test;
}

function assertVariant(variant: string): asserts variant is Variant {
  if (variant !== 'tw' && variant !== 'hk') throw new Error(`convert: unknown variant "${variant}" (use "tw" or "hk")`);
}

/**
 * Creates a converter. Cheap: the dictionaries are built on first use and shared by all
 * converters of the same variant.
 */
export function createConverter(options: ConverterOptions = {}): TraditionalConverter {
  const variant = options.variant ?? 'tw';
  assertVariant(variant);
  const converterNames = [...(options.personNames ?? [])];
  return {
    variant,
    toTraditional(text: string, callOptions: ConversionOptions = {}): string {
      if (!HAN_CHARACTER.test(text)) return text;
      const tables = conversionTablesFor(variant);
      const { surnames, cues, classifiers, nameReadings } = loadProjectData();
      const normalized = tables.normalize(text);
      const segmenter = wordSegmenterFor(variant);
      const words = segmenter.segment(normalized, needsWordsFor(variant));
      const knownNames = [...converterNames, ...(callOptions.personNames ?? [])];
      // A name OpenCC writes whole, its surname as a surname (李连杰 → 李連杰, 彭于晏), is written as OpenCC writes it.
      const names = findPersonNames(normalized, words, surnames, cues, knownNames, segmenter).filter((name) => {
        const whole = tables.phrases.get(normalized.slice(name.start, name.end));
        const surnameForm = surnames.traditionalForms.get(normalized.slice(name.start, name.surnameEnd));
        return whole === undefined || surnameForm === undefined || !whole.startsWith(surnameForm);
      });
      // A classifier's reading (这只猎犬 / 这只说明) never inside a name; a character's reading in
      // names (基里延科) never on a surname, which the name writes.
      const readings = [
        ...classifierReadings(normalized, words, classifiers, segmenter).filter((reading) =>
          names.every((name) => reading.end <= name.start || reading.start >= name.end),
        ),
        ...nameCharacterReadings(words, nameReadings, segmenter).filter((reading) =>
          names.every((name) => reading.end <= name.start || reading.start >= name.surnameEnd),
        ),
      ];
      const openccTraditional = convertWithConstraints(normalized, tables, {
        words,
        names,
        surnameForms: surnames.traditionalForms,
        readings,
      });
      return tables.toRegionalVariant(openccTraditional);
    },
  };
}

const changeableByVariant = new Map<Variant, ReadonlySet<string>>();

/**
 * Every Simplified character that converts to something else in some context: alone, inside a
 * dictionary phrase, as a surname, or by the regional variant. A character outside the set is
 * itself wherever it occurs, so counts over part of an archive can leave words of such
 * characters out (src/lib/search/query-map.ts).
 */
export function changeableCharacters(variant: Variant = 'tw'): ReadonlySet<string> {
  let set = changeableByVariant.get(variant);
  if (set) return set;
  const tables = conversionTablesFor(variant);
  const changeable = new Set<string>();
  const consider = (simplified: string, traditional: string) => {
    const s = [...simplified];
    const t = [...tables.toRegionalVariant(traditional)];
    if (s.length !== t.length) {
      for (const char of s) changeable.add(char);
      return;
    }
    s.forEach((char, i) => {
      if (t[i] !== char) changeable.add(char);
    });
  };
  for (const [simplified, traditional] of tables.characters) consider(simplified, traditional);
  for (const [simplified, traditional] of tables.phrases) consider(simplified, traditional);
  for (const [simplified, traditional] of loadProjectData().surnames.traditionalForms) consider(simplified, traditional);
  set = changeable;
  changeableByVariant.set(variant, set);
  return set;
}

/**
 * Converts Simplified `text` to Traditional with a cached converter for `options.variant`
 * (Taiwan by default); `options.personNames` apply to this call only.
 */
export function toTraditional(text: string, options: ConverterOptions = {}): string {
  const variant = options.variant ?? 'tw';
  assertVariant(variant);
  let converter = defaultConverters.get(variant);
  if (!converter) {
    converter = createConverter({ variant });
    defaultConverters.set(variant, converter);
  }
  return converter.toTraditional(text, { personNames: options.personNames ?? [] });
}

/**
 * The baseline: plain opencc-js `Converter({ from: 'cn', to: variant })`, with none of this
 * module's corrections. For comparison in tests and reports only.
 */
export function toTraditionalWithRawOpencc(text: string, variant: Variant = 'tw'): string {
  assertVariant(variant);
  let convert = rawConverters.get(variant);
  if (!convert) {
    convert = OpenCC.Converter({ from: 'cn', to: variant });
    rawConverters.set(variant, convert);
  }
  return convert(text);
}

/** Whether a stretch of (normalized Simplified) text may convert otherwise than character by character (characterwise.ts). */
export function needsWords(variant: Variant = 'tw'): NeedsWords {
  assertVariant(variant);
  return needsWordsFor(variant);
}

/** The words the converter reads `text` in (Simplified, normalized): only the stretches that need words are cut. */
export function conversionWords(text: string, variant: Variant = 'tw'): WordBoundaries {
  assertVariant(variant);
  return wordSegmenterFor(variant).segment(text, needsWordsFor(variant));
}

/** The converter's tables for `variant`: OpenCC's, MediaWiki's where OpenCC has none, and the project's phrases. */
export function conversionTables(variant: Variant = 'tw'): ConversionTables {
  assertVariant(variant);
  return conversionTablesFor(variant);
}

/** Builds the dictionaries of `variant` now instead of on first use (e.g. before timing). */
export function prepareConverter(variant: Variant = 'tw'): void {
  assertVariant(variant);
  wordSegmenterFor(variant);
  needsWordsFor(variant);
}

/** Each surname (Simplified) and how it is written as a surname (`data/convert/surnames.tsv`). */
export function surnameForms(): ReadonlyMap<string, string> {
  return loadProjectData().surnames.traditionalForms;
}
