/**
 * The conversion report (`npm run convert:report`): a large outside text converted by the
 * project converter and by raw opencc-js, every character where they differ listed and grouped
 * by what changed (raw's character → the converter's, and whether it lies in a person name the
 * converter found), for a reader to review by category. With person-name annotations (one line
 * of the text → its names), it also counts the names whose surname needs its own form (于, 余,
 * 范 …) that the converter writes as a surname. Pure.
 */
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
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
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
