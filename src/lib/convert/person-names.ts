/**
 * Finding person names in Simplified Chinese news text, so that their surname characters are
 * converted as surnames (记者 于洋 → 于洋, not 於洋; 余建国 → 余建國, not 餘建國).
 *
 * Names come from three places:
 *  1. names the caller already knows (e.g. the authors extracted at ingest);
 *  2. names found in context: bylines (`本报讯（记者 于洋）`, `□ 钱小芳 记者 徐梦超`, photo credits
 *     `陆新 徐芊卉 摄`), lists after 领导 (`区领导余建国、范晓东出席`) and office titles
 *     (`区长恽淇丞`, `区委书记沈东`);
 *  3. every further occurrence, in the same text, of a name from 1 or 2 (`沈东指出`).
 *
 * A name is a surname from `data/convert/surnames.tsv` followed by a given name of one or two
 * characters. The cue words are in `data/convert/name-cues.tsv`.
 */
import { endOfWordAt, startOfWordAt, type WordBoundaries } from './word-boundaries.ts';
import { compareCodeUnits } from '../archive/order.ts';

/** Surnames and their Traditional form when used as a surname. */
export interface SurnameTable {
  /** Simplified surname (one or two characters) → Traditional form as a surname. */
  readonly traditionalForms: ReadonlyMap<string, string>;
}

/** Words that announce or end a person name (see `data/convert/name-cues.tsv`). */
export interface NameCues {
  /** Followed by a name, possibly after a space: 记者, 通讯员. */
  readonly byline: readonly string[];
  /** Followed by names joined by 、: 领导. */
  readonly list: readonly string[];
  /** Office titles followed directly by a name: 区长, 书记. */
  readonly title: readonly string[];
  /** Words that typically follow a name; they tell where the name ends. */
  readonly followers: readonly string[];
  /** Characters that cannot start a given name right after a title or list cue. */
  readonly notGiven: ReadonlySet<string>;
}

/** What a dictionary says of a word (word-boundaries.ts, WordSegmenter). */
export interface NameLexicon {
  /** An ordinary word, not a proper name: 干部, 于是, 后来. */
  isOrdinaryWord(word: string): boolean;
  /** A person's name: 范志毅, 余秋里. */
  isPersonName(word: string): boolean;
  /** A word of time: 周三, 上午, 今天. */
  isTimeWord(word: string): boolean;
  /** Any word of the dictionary, proper names and rare entries included. */
  isKnownWord(word: string): boolean;
  /** A place's name: 沈阳, 常熟. */
  isPlaceName(word: string): boolean;
}

const NO_LEXICON: NameLexicon = { isOrdinaryWord: () => false, isPersonName: () => false, isTimeWord: () => false, isKnownWord: () => false, isPlaceName: () => false };

/** Fewest items of a 、 list of names found without a cue (任命张皓若、陆江、阎敦实、余志华). */
const MIN_LIST_ITEMS = 3;

/** One occurrence of a person name in the text (positions in UTF-16 code units). */
export interface PersonNameSpan {
  readonly start: number;
  /** End of the surname (exclusive): `start + 1`, or `start + 2` for a compound surname. */
  readonly surnameEnd: number;
  /** End of the whole name (exclusive). */
  readonly end: number;
}

const HAN = /^\p{Script=Han}$/u;
const BYLINE_REGION = /本报讯\s*[（(]([^（()）\n]{1,80})[)）]/gu;
const BOX_BYLINE_LINE = /^[ \t]*[□■◎][ \t]*([^\n]{1,60})$/gmu;
const PHOTO_CREDIT = /(?<!\p{Script=Han})((?:\p{Script=Han}{2,4}[ \t\u3000]+)+)(?:摄影|摄)[ \t]*$/gmu;
const TOKEN_SEPARATORS = /[\s\u3000、，,；;/|]+/u;
const MIN_NAME_LENGTH = 2;
const MAX_NAME_LENGTH = 4;

function isHan(character: string | undefined): boolean {
  return character !== undefined && HAN.test(character);
}

function escapeForRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds person names in `text` given its words (word-boundaries.ts). */
export function findPersonNames(
  text: string,
  words: WordBoundaries,
  surnames: SurnameTable,
  cues: NameCues,
  knownNames: Iterable<string> = [],
  lexicon: NameLexicon = NO_LEXICON,
): PersonNameSpan[] {
  const finder = new PersonNameFinder(text, words, surnames, cues, lexicon);
  finder.findInBylines();
  finder.findAfterCues();
  finder.findInLexicon();
  finder.findInNameLists();
  finder.findRepeatedAndKnown(knownNames);
  return finder.result();
}

/** Compiled form of the cue words, built once per converter. */
interface CompiledCues {
  readonly cuePattern: RegExp;
  readonly kindOf: ReadonlyMap<string, 'byline' | 'list' | 'title'>;
  readonly bylineWordsLongestFirst: readonly string[];
  /** Followers longer than one character, then one-character followers. */
  readonly multiCharacterFollowers: readonly string[];
  readonly singleCharacterFollowers: ReadonlySet<string>;
}

const compiledCuesCache = new WeakMap<NameCues, CompiledCues>();

function compileCues(cues: NameCues): CompiledCues {
  const cached = compiledCuesCache.get(cues);
  if (cached) return cached;
  const kindOf = new Map<string, 'byline' | 'list' | 'title'>();
  for (const word of cues.title) kindOf.set(word, 'title');
  for (const word of cues.list) kindOf.set(word, 'list');
  for (const word of cues.byline) kindOf.set(word, 'byline');
  const longestFirst = (list: Iterable<string>) =>
    [...list].sort((a, b) => b.length - a.length || compareCodeUnits(a, b));
  const compiled: CompiledCues = {
    cuePattern: new RegExp(longestFirst(kindOf.keys()).map(escapeForRegExp).join('|'), 'gu'),
    kindOf,
    bylineWordsLongestFirst: longestFirst(cues.byline),
    multiCharacterFollowers: longestFirst(cues.followers.filter((word) => word.length > 1)),
    singleCharacterFollowers: new Set(cues.followers.filter((word) => word.length === 1)),
  };
  compiledCuesCache.set(cues, compiled);
  return compiled;
}

type Context = 'byline' | 'list' | 'title';

class PersonNameFinder {
  private readonly spans: PersonNameSpan[] = [];
  private readonly namesSeen = new Set<string>();
  private readonly compiled: CompiledCues;
  private readonly text: string;
  private readonly words: WordBoundaries;
  private readonly surnames: SurnameTable;
  private readonly cues: NameCues;
  private readonly lexicon: NameLexicon;

  constructor(text: string, words: WordBoundaries, surnames: SurnameTable, cues: NameCues, lexicon: NameLexicon) {
    this.text = text;
    this.words = words;
    this.surnames = surnames;
    this.cues = cues;
    this.lexicon = lexicon;
    this.compiled = compileCues(cues);
  }

  /** Whether the characters from `start` to `end` are, or start with, an ordinary word of two characters or more (干部, 于是, 后来). */
  private startsWithOrdinaryWord(start: number, end: number): boolean {
    for (let wordEnd = start + 2; wordEnd <= end; wordEnd += 1) if (this.lexicon.isOrdinaryWord(this.text.slice(start, wordEnd))) return true;
    return false;
  }

  /** Whether `item` can be a name in a list: a surname and a given name of one or two, not an ordinary word or a place. */
  private isListName(start: number, end: number): boolean {
    const length = end - start;
    if (length < MIN_NAME_LENGTH || length > 3 || this.surnameLengthAt(start) !== 1) return false;
    for (let i = start; i < end; i += 1) if (!isHan(this.text[i])) return false;
    const item = this.text.slice(start, end);
    return !this.lexicon.isOrdinaryWord(item) && !this.lexicon.isPlaceName(item) && !this.startsWithOrdinaryWord(start, end);
  }

  /**
   * Lists of names joined by 、 without a cue (任命张皓若、陆江、阎敦实、余志华、周道炯): items of
   * two or three characters, at least MIN_LIST_ITEMS of them (and most) a surname and a given name
   * of one or two that is neither an ordinary word nor a place (江苏、浙江 or 沈阳、大连、长春 are
   * no such list). The first item is read back from its 、 (three characters if they start with a
   * surname, else two), the last forward to where a name ends (a delimiter or a following word, as
   * after a cue). The names among the items are found; the others are left as they are.
   */
  findInNameLists(): void {
    const text = this.text;
    const isItem = (start: number, end: number) => end - start >= 2 && end - start <= 3 && [...text.slice(start, end)].every(isHan);
    for (let at = text.indexOf('、'); at >= 0; at = text.indexOf('、', at + 1)) {
      // The start of a list: no 、 two or three characters back.
      if (text[at - 3] === '、' || text[at - 4] === '、') continue;
      const first = [at - 3, at - 2].find((start) => start >= 0 && this.isListName(start, at)) ?? (isItem(at - 2, at) ? at - 2 : undefined);
      if (first === undefined) continue;
      const items: Array<readonly [number, number]> = [[first, at]];
      let next = at + 1;
      for (;;) {
        const separator = text.indexOf('、', next);
        if (separator >= 0 && isItem(next, separator)) {
          items.push([next, separator]);
          next = separator + 1;
          continue;
        }
        const lastEnd = this.surnameLengthAt(next) === 1 ? this.givenNameEnd(next + 1) : undefined;
        if (lastEnd !== undefined && isItem(next, lastEnd)) items.push([next, lastEnd]);
        break;
      }
      const names = items.filter(([start, end]) => this.isListName(start, end));
      if (names.length >= MIN_LIST_ITEMS && names.length * 2 > items.length) for (const [start, end] of names) this.add({ start, surnameEnd: start + 1, end });
      at = items[items.length - 1]![1];
    }
  }

  /**
   * Names the dictionary knows as a person's (范志毅, 余秋里, 于友先), where the segmentation reads
   * them as one word: a one-character surname and a given name of two that the dictionary does not
   * know as a word of its own. The dictionary also tags as names words that are ordinary ones
   * elsewhere (范文, 钟山) and phrases (党风廉政, 种颜色, 于里昂): those are left out.
   */
  findInLexicon(): void {
    const { wordStart, wordEnd } = this.words;
    for (let index = 0; index < wordStart.length; index += 1) {
      const start = wordStart[index]!;
      const end = wordEnd[index]!;
      if (end - start !== 3 || this.surnameLengthAt(start) !== 1) continue;
      if (!this.lexicon.isPersonName(this.text.slice(start, end)) || this.lexicon.isKnownWord(this.text.slice(start + 1, end))) continue;
      this.add({ start, surnameEnd: start + 1, end });
    }
  }

  /** Length of the surname starting at `position` (2 for a compound surname), or 0. */
  private surnameLengthAt(position: number): number {
    const forms = this.surnames.traditionalForms;
    if (forms.has(this.text.slice(position, position + 2))) return 2;
    if (forms.has(this.text.charAt(position))) return 1;
    return 0;
  }

  private isDelimiter(position: number): boolean {
    return position >= this.text.length || !isHan(this.text[position]);
  }

  private followerStartsAt(position: number, multiCharacter: boolean): boolean {
    if (!multiCharacter) return this.compiled.singleCharacterFollowers.has(this.text.charAt(position));
    return this.compiled.multiCharacterFollowers.some((word) => this.text.startsWith(word, position));
  }

  /**
   * Where a name whose given name starts at `givenStart` ends: after one given-name character or
   * two, decided by punctuation/space, then by a following word such as 参加 or 指出.
   */
  private givenNameEnd(givenStart: number): number | undefined {
    if (!isHan(this.text[givenStart])) return undefined;
    const afterOne = givenStart + 1;
    const afterTwo = givenStart + 2;
    if (this.isDelimiter(afterOne)) return afterOne;
    if (this.isDelimiter(afterTwo)) return afterTwo;
    for (const multiCharacter of [true, false]) {
      if (this.followerStartsAt(afterOne, multiCharacter)) return afterOne;
      if (this.followerStartsAt(afterTwo, multiCharacter)) return afterTwo;
    }
    return undefined;
  }

  /**
   * Reads a name at `position` after a list or title cue. Rejects it when what follows the
   * surname cannot start a given name (区长于昨日), and, if `wordCheck`, when its characters are,
   * or start with, a dictionary word (领导干部说, 于是, 后来) or the segmentation joins them to their
   * neighbours (主席台, 书记项目). Precision first: a real name that starts with a word (王子鹏)
   * is missed after a cue; bylines and the names the caller passes still find it. Later items of a
   * 、 list skip the word check: the list itself is the evidence (区领导游建平、沈阳参加).
   */
  private readNameAfterCue(position: number, wordCheck = true): PersonNameSpan | undefined {
    const surnameLength = this.surnameLengthAt(position);
    if (surnameLength === 0) return undefined;
    const surnameEnd = position + surnameLength;
    if (this.cues.notGiven.has(this.text.charAt(surnameEnd))) return undefined;
    const end = this.givenNameEnd(surnameEnd);
    if (end === undefined) return undefined;
    if (!wordCheck) return { start: position, surnameEnd, end };
    if (this.startsWithOrdinaryWord(position, end)) return undefined;
    // A given name the dictionary knows as a time word is the date after a preposition: 区长于周三主持.
    if (this.lexicon.isTimeWord(this.text.slice(surnameEnd, end))) return undefined;
    const wordStart = startOfWordAt(this.words, position);
    const wordEnd = endOfWordAt(this.words, position);
    if (wordStart < position) return undefined;
    if (wordEnd > surnameEnd && wordEnd >= end && this.lexicon.isOrdinaryWord(this.text.slice(wordStart, wordEnd))) return undefined;
    return { start: position, surnameEnd, end };
  }

  /** Reads a whitespace-delimited byline token as one name, or two names run together. */
  private namesInToken(token: string, offset: number): PersonNameSpan[] {
    let start = 0;
    // Strip cue words glued to the name: 记者何晓丹 → 何晓丹.
    for (let stripped = true; stripped; ) {
      stripped = false;
      for (const word of this.compiled.bylineWordsLongestFirst) {
        if (token.startsWith(word, start)) {
          start += word.length;
          stripped = true;
          break;
        }
      }
    }
    const name = token.slice(start);
    const position = offset + start;
    if (name.length < MIN_NAME_LENGTH || name.length > MAX_NAME_LENGTH) return [];
    if (![...name].every(isHan)) return [];
    const surnameLength = this.surnameLengthAt(position);
    if (surnameLength === 0) return [];
    // 蒋雯黄鑫: two two-character names written without a space.
    if (name.length === 4 && surnameLength === 1 && this.surnameLengthAt(position + 2) === 1) {
      return [
        { start: position, surnameEnd: position + 1, end: position + 2 },
        { start: position + 2, surnameEnd: position + 3, end: position + 4 },
      ];
    }
    if (name.length - surnameLength > 2) return [];
    return [{ start: position, surnameEnd: position + surnameLength, end: position + name.length }];
  }

  private addNamesInRegion(region: string, offset: number): void {
    let cursor = 0;
    for (const token of region.split(TOKEN_SEPARATORS)) {
      const tokenOffset = region.indexOf(token, cursor);
      cursor = tokenOffset + token.length;
      if (token === '') continue;
      for (const span of this.namesInToken(token, offset + tokenOffset)) this.add(span);
    }
  }

  /** Bylines: 本报讯（记者 于洋）, a line starting with □, and photo credits ending in 摄. */
  findInBylines(): void {
    for (const pattern of [BYLINE_REGION, BOX_BYLINE_LINE, PHOTO_CREDIT]) {
      pattern.lastIndex = 0;
      for (const match of this.text.matchAll(pattern)) {
        const region = match[1];
        if (region === undefined) continue;
        this.addNamesInRegion(region, match.index + match[0].indexOf(region));
      }
    }
  }

  /** Names after 记者/通讯员, after 领导 (a 、-separated list), and after office titles. */
  findAfterCues(): void {
    const { cuePattern, kindOf } = this.compiled;
    cuePattern.lastIndex = 0;
    for (const match of this.text.matchAll(cuePattern)) {
      const kind: Context | undefined = kindOf.get(match[0]);
      const afterCue = match.index + match[0].length;
      if (kind === 'byline') this.findAfterBylineCue(afterCue);
      else if (kind === 'list') this.findInList(afterCue);
      // An office title counts only where a word ends with it (区委书记, 政协主席): 博士后 is no 博士.
      else if (kind === 'title' && this.words.isBoundary[afterCue] === 1) {
        const span = this.readNameAfterCue(afterCue);
        if (span) this.add(span);
      }
    }
  }

  private findAfterBylineCue(afterCue: number): void {
    let position = afterCue;
    while (position < this.text.length && /[ \t\u3000]/u.test(this.text.charAt(position))) position += 1;
    if (position === afterCue) {
      // Without a space the name must end clearly (记者何晓丹）, 记者王斐介绍).
      const span = this.readNameAfterCue(position);
      if (span) this.add(span);
      return;
    }
    // 记者 李燕 谢丽娟: space-separated tokens up to the end of the line or a bracket.
    const lineEnd = this.text.slice(position).search(/[\n）)，,。]/u);
    const region = this.text.slice(position, lineEnd < 0 ? undefined : position + lineEnd);
    if (region.length <= 40) this.addNamesInRegion(region, position);
  }

  private findInList(afterCue: number): void {
    let position = afterCue;
    for (let first = true; ; first = false) {
      const span = this.readNameAfterCue(position, first);
      if (!span) return;
      this.add(span);
      if (this.text.charAt(span.end) !== '、') return;
      position = span.end + 1;
    }
  }

  /**
   * Every further occurrence of a name already found, and of the caller's known names. An
   * occurrence counts only where the segmentation does not glue it to its neighbours (位于洋口 is
   * not 于洋) and does not read it as one dictionary word (the person 沈阳 of a list does not make the
   * city in 在沈阳调研 a name).
   */
  findRepeatedAndKnown(knownNames: Iterable<string>): void {
    const names = new Set(this.namesSeen);
    for (const name of knownNames) {
      const trimmed = name.trim();
      if (trimmed.length >= MIN_NAME_LENGTH && trimmed.length <= MAX_NAME_LENGTH && [...trimmed].every(isHan)) {
        names.add(trimmed);
      }
    }
    const { isBoundary } = this.words;
    for (const name of names) {
      const surnameLength = this.surnames.traditionalForms.has(name.slice(0, 2)) ? 2 : 1;
      for (let at = this.text.indexOf(name); at >= 0; at = this.text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (isBoundary[at] !== 1 || isBoundary[end] !== 1) continue;
        if (endOfWordAt(this.words, at) === end && this.lexicon.isOrdinaryWord(name)) continue;
        this.spans.push({ start: at, surnameEnd: at + surnameLength, end });
      }
    }
  }

  private add(span: PersonNameSpan): void {
    this.spans.push(span);
    this.namesSeen.add(this.text.slice(span.start, span.end));
  }

  /** The spans, sorted, without overlaps (the first and longest occurrence wins). */
  result(): PersonNameSpan[] {
    const sorted = [...this.spans].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: PersonNameSpan[] = [];
    let coveredUntil = 0;
    for (const span of sorted) {
      if (span.start < coveredUntil) continue;
      kept.push(span);
      coveredUntil = span.end;
    }
    return kept;
  }
}
