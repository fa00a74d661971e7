/**
 * The conversion report (`npm run convert:report`): a large outside text converted by the
 * project converter and by raw opencc-js, every character where they differ listed and grouped
 * by what changed (raw's character → the converter's, and whether it lies in a person name the
 * converter found), for a reader to review by category. With person-name annotations (one line
 * of the text → its names), it also counts the names whose surname needs its own form (于, 余,
 * 范 …) that the converter writes as a surname. Pure.
 */
import { compareCodeUnits } from '../archive/order.ts';

export interface Difference {
  /** Line of the text, 1-based. */
  readonly line: number;
  /** The Simplified character, raw opencc-js's and the converter's. */
  readonly source: string;
  readonly raw: string;
  readonly ours: string;
  /** The Simplified text around it, the character in brackets. */
  readonly context: string;
}

export interface DifferenceGroup {
  /** `发: 髮 → 發`. */
  readonly key: string;
  readonly count: number;
  readonly examples: readonly Difference[];
}

/** The characters where two conversions of `source` differ (they keep its length, code point by code point). */
export function differences(source: string, raw: string, ours: string, line: number, contextSize = 8): Difference[] {
  const s = [...source];
  const r = [...raw];
  const o = [...ours];
  if (r.length !== s.length || o.length !== s.length) throw new Error(`line ${line}: a conversion changed the text's length`);
  const found: Difference[] = [];
  for (let i = 0; i < s.length; i += 1) {
    if (r[i] === o[i]) continue;
    const context = `${s.slice(Math.max(0, i - contextSize), i).join('')}[${s[i]}]${s.slice(i + 1, i + 1 + contextSize).join('')}`;
    found.push({ line, source: s[i]!, raw: r[i]!, ours: o[i]!, context });
  }
  return found;
}

/** Differences grouped by character and change, largest group first. */
export function groupDifferences(all: readonly Difference[], examplesPerGroup = 5): DifferenceGroup[] {
  const groups = new Map<string, Difference[]>();
  for (const difference of all) {
    const key = `${difference.source}: ${difference.raw} → ${difference.ours}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(difference);
  }
  return [...groups]
    .map(([key, list]) => ({ key, count: list.length, examples: list.slice(0, examplesPerGroup) }))
    .sort((a, b) => b.count - a.count || compareCodeUnits(a.key, b.key));
}

export interface NameRecall {
  /** Annotated names whose surname is written otherwise than its character converts alone (于 → 於). */
  readonly needingForm: number;
  /** Of those, the ones the converter writes with the surname's form, and the ones it misses. */
  readonly written: number;
  readonly missed: readonly string[];
}

/**
 * Of the annotated names (`names`: line → names) whose surname needs its own form, how many the
 * converter writes so. `surnameOf` gives a name's surname and its form when that differs from
 * the character's plain conversion (`plain`).
 */
export function nameRecall(
  lines: readonly string[],
  converted: readonly string[],
  names: ReadonlyMap<number, readonly string[]>,
  surnameOf: (name: string) => { surname: string; form: string } | undefined,
): NameRecall {
  let needingForm = 0;
  let written = 0;
  const missed: string[] = [];
  for (const [line, list] of names) {
    const source = lines[line - 1];
    const output = converted[line - 1];
    if (source === undefined || output === undefined) continue;
    for (const name of new Set(list)) {
      const surname = surnameOf(name);
      if (!surname) continue;
      for (let at = source.indexOf(name); at >= 0; at = source.indexOf(name, at + name.length)) {
        needingForm += 1;
        if (output.slice(at, at + surname.surname.length) === surname.form) written += 1;
        else missed.push(`${name} (line ${line})`);
      }
    }
  }
  return { needingForm, written, missed };
}

/** One sentence of an annotated corpus, with the person names its tags mark. */
export interface AnnotatedSentence {
  readonly text: string;
  readonly names: readonly string[];
}

/** The person names of a sentence's characters and BIO tags (`B-PER`, `I-PER`; a stray `I-PER` starts a name). */
function namesOfTags(characters: readonly string[], tags: readonly string[]): string[] {
  const names: string[] = [];
  let current = '';
  for (const [i, character] of characters.entries()) {
    const tag = tags[i] ?? 'O';
    if (tag === 'B-PER' || (tag === 'I-PER' && current === '')) {
      if (current) names.push(current);
      current = character;
    } else if (tag === 'I-PER') current += character;
    else if (current) {
      names.push(current);
      current = '';
    }
  }
  if (current) names.push(current);
  return [...new Set(names)];
}

/**
 * Sentences of a corpus in the BIO format of the MSRA and People's Daily NER sets: one character
 * and its tag a line (tab or space between), a blank line between sentences.
 */
export function bioSentences(text: string): AnnotatedSentence[] {
  const sentences: AnnotatedSentence[] = [];
  let characters: string[] = [];
  let tags: string[] = [];
  const end = () => {
    if (characters.length > 0) sentences.push({ text: characters.join(''), names: namesOfTags(characters, tags) });
    characters = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    const trimmed = line.replace(/\r$/, '');
    if (trimmed.trim() === '') {
      end();
      continue;
    }
    const match = /^(\S+)[\t ]+(\S+)$/u.exec(trimmed);
    if (!match) continue;
    characters.push(match[1]!);
    tags.push(match[2]!);
  }
  end();
  return sentences;
}

/** Sentences of a corpus kept as two files of space-separated characters and tags, a sentence a line. */
export function pairedSentences(sentences: string, tags: string): AnnotatedSentence[] {
  const tagLines = tags.split('\n');
  return sentences
    .split('\n')
    .map((line, i) => ({ characters: line.trim().split(/\s+/u).filter(Boolean), tags: (tagLines[i] ?? '').trim().split(/\s+/u) }))
    .filter((sentence) => sentence.characters.length > 0)
    .map((sentence) => ({ text: sentence.characters.join(''), names: namesOfTags(sentence.characters, sentence.tags) }));
}

/** One line a sentence, exact repeats dropped (their names merged into the first), names by line (1-based). */
export function corpusOf(sentences: Iterable<AnnotatedSentence>): { lines: string[]; names: Map<number, string[]> } {
  const lines: string[] = [];
  const names = new Map<number, string[]>();
  const lineOf = new Map<string, number>();
  for (const sentence of sentences) {
    if (!/\p{Script=Han}/u.test(sentence.text)) continue;
    let line = lineOf.get(sentence.text);
    if (line === undefined) {
      lines.push(sentence.text);
      line = lines.length;
      lineOf.set(sentence.text, line);
    }
    if (sentence.names.length > 0) names.set(line, [...new Set([...(names.get(line) ?? []), ...sentence.names])]);
  }
  return { lines, names };
}
