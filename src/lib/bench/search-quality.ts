/**
 * Search quality measured against the text itself (issue 13): phrases sampled from the archive's
 * own text (names, numbers with units, ICU words, and any run of 2–6 Han characters) are
 * searched, and the results are compared with the articles that truly hold the phrase (plain
 * substring over the text the page shows Pagefind). Recall over all results; precision of the
 * first page (10 results, in the order the search shows them).
 *
 * A phrase is searched in the tree it was sampled from, and also typed in the other script and
 * converted to the tree's script with the query map (src/lib/search/query-map.ts), as the search
 * page converts it; the articles that should be found are the same articles either way.
 */
import type { ScriptSegment } from '../archive/scripts.ts';
import { buildQueryMaps, convertQuery, type QueryMaps } from '../search/query-map.ts';
import { createRandom, type Random } from '../synth/random.ts';
import type { WrittenArticle } from './search-pages.ts';

export type PhraseKind = 'name' | 'number' | 'word' | 'run';
export const PHRASE_KINDS: readonly PhraseKind[] = ['name', 'number', 'word', 'run'];

export interface SampledPhrase {
  kind: PhraseKind;
  /** As it stands in the text of `script`. */
  phrase: string;
  script: ScriptSegment;
}

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}{2,}/gu;
/** A number and the unit or counter after it: `110个`, `133.3%`, `900亿元`, `2023年`. */
const NUMBER_WITH_UNIT = /\d+(?:\.\d+)?(?:%|％|个|個|亿元|億元|万元|萬元|亿|億|万|萬|元|年|月|日|天|人|家|项|項|次|名|户|戶|平方米|公里|米|吨|噸|期|届|屆|周年|週年|余|餘|多)/gu;

/** Text of the article that comes in lines: one field a line. */
const linesOf = (text: string) => text.split('\n');

/**
 * Up to `perKind` distinct phrases of each kind, drawn at random positions of the text (so
 * frequent phrases are drawn more often, as readers type them). Names come from `names`, the
 * people the archive credits, written in this script.
 */
export function samplePhrases(articles: readonly WrittenArticle[], script: ScriptSegment, names: readonly string[], perKind: number, seed: string): SampledPhrase[] {
  const random = createRandom(`${seed}/phrases/${script}`);
  const segmenter = new Intl.Segmenter(script === 'zh-hans' ? 'zh-Hans' : 'zh-Hant', { granularity: 'word' });
  const out: SampledPhrase[] = [];
  const draw = (kind: PhraseKind, candidates: (line: string) => string[]) => {
    const seen = new Set<string>();
    for (let attempt = 0; seen.size < perKind && attempt < perKind * 200; attempt++) {
      const article = random.pick(articles);
      const found = candidates(random.pick(linesOf(article.text)));
      if (found.length === 0) continue;
      const phrase = random.pick(found);
      if (seen.has(phrase)) continue;
      seen.add(phrase);
      out.push({ kind, phrase, script });
    }
  };
  const usedNames = names.filter((name) => articles.some((a) => a.text.includes(name)));
  for (const name of pickDistinct(random, usedNames, perKind)) out.push({ kind: 'name', phrase: name, script });
  draw('number', (line) => line.match(NUMBER_WITH_UNIT) ?? []);
  draw('word', (line) => [...segmenter.segment(line)].map((s) => s.segment).filter((w) => [...w].length >= 2 && [...w].length <= 6 && [...w].every((c) => HAN.test(c))));
  draw('run', (line) => {
    const runs = line.match(HAN_RUN) ?? [];
    if (runs.length === 0) return [];
    const run = [...random.pick(runs)];
    const length = Math.min(run.length, random.int(2, 6));
    const start = random.int(0, run.length - length);
    return [run.slice(start, start + length).join('')];
  });
  return out;
}

function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) picked.push(pool.splice(random.int(0, pool.length - 1), 1)[0]!);
  return picked;
}

/** The query maps of the archive's texts, as the site builds them (src/pages/[script]/search/query-map.json.ts). */
export function queryMapsOf(hans: readonly WrittenArticle[], hant: readonly WrittenArticle[], names: ReadonlyArray<[string, string]>): QueryMaps {
  const byUrl = new Map(hant.map((a) => [a.url.replace(/^\/zh-hant\//, ''), a.text]));
  const pairs: Array<[string, string]> = [];
  for (const article of hans) {
    const other = byUrl.get(article.url.replace(/^\/zh-hans\//, ''));
    if (!other) continue;
    const [a, b] = [linesOf(article.text), linesOf(other)];
    if (a.length !== b.length) continue;
    a.forEach((line, i) => pairs.push([line, b[i]!]));
  }
  return buildQueryMaps(pairs, names);
}

/** The article an URL shows, whatever its tree: `2024/10/13/3`. */
export const articleKey = (url: string) => url.replace(/^\/zh-han[st]\//, '').replace(/\/$/, '');

/** Articles (by key) whose text holds the phrase. */
export function holding(articles: readonly WrittenArticle[], phrase: string): Set<string> {
  const keys = new Set<string>();
  for (const article of articles) if (holds(article.text, phrase)) keys.add(articleKey(article.url));
  return keys;
}

const DIGIT = /\d/;

/**
 * Whether `text` holds `phrase` as a reader means it: a number is whole, so 57年 is not in
 * 1957年 and 8.8万 not in 18.8万 (nor 2006 in 2006.5).
 */
export function holds(text: string, phrase: string): boolean {
  const startsWithDigit = DIGIT.test(phrase[0] ?? '');
  const endsWithDigit = DIGIT.test(phrase.at(-1) ?? '');
  if (!startsWithDigit && !endsWithDigit) return text.includes(phrase);
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const before = text.slice(Math.max(0, at - 2), at);
    const after = text.slice(at + phrase.length, at + phrase.length + 2);
    if (startsWithDigit && /\d$|\d[.．]$/.test(before)) continue;
    if (endsWithDigit && /^\d|^[.．]\d/.test(after)) continue;
    return true;
  }
  return false;
}

export interface PhraseOutcome {
  kind: PhraseKind;
  /** Typed in this script… */
  typedIn: ScriptSegment;
  /** …searched in this tree. */
  tree: ScriptSegment;
  phrase: string;
  query: string;
  truth: number;
  results: number;
  found: number;
  /** Of the first page (up to 10 results), how many hold the phrase. */
  firstPage: number;
  firstPageHits: number;
  /** Some articles that hold the phrase and were not found. */
  missed: string[];
}

export interface QualitySummary {
  phrases: number;
  /** Found over truth, summed over phrases. */
  recall: number;
  /** Share of phrases with every holding article found. */
  phrasesFullyRecalled: number;
  /** First-page hits over first-page results, summed over phrases. */
  precisionFirstPage: number;
  misses: PhraseOutcome[];
}

/** Searches each phrase and compares with the truth. `search` gives every result URL in display order. */
export async function evaluate(
  phrases: readonly SampledPhrase[],
  tree: ScriptSegment,
  texts: Record<ScriptSegment, readonly WrittenArticle[]>,
  search: (query: string) => Promise<string[]>,
  convert: (phrase: string, from: ScriptSegment) => string,
): Promise<PhraseOutcome[]> {
  const outcomes: PhraseOutcome[] = [];
  for (const sampled of phrases) {
    const truth = holding(texts[sampled.script], sampled.phrase);
    const query = sampled.script === tree ? sampled.phrase : convert(sampled.phrase, sampled.script);
    const urls = await search(query);
    const keys = urls.map(articleKey);
    const foundKeys = new Set(keys.filter((k) => truth.has(k)));
    const firstPage = keys.slice(0, 10);
    outcomes.push({
      kind: sampled.kind,
      typedIn: sampled.script,
      tree,
      phrase: sampled.phrase,
      query,
      truth: truth.size,
      results: urls.length,
      found: foundKeys.size,
      firstPage: firstPage.length,
      firstPageHits: firstPage.filter((k) => truth.has(k)).length,
      missed: [...truth].filter((k) => !foundKeys.has(k)).slice(0, 3),
    });
  }
  return outcomes;
}

export function summarize(outcomes: readonly PhraseOutcome[]): QualitySummary {
  const sum = (pick: (o: PhraseOutcome) => number) => outcomes.reduce((total, o) => total + pick(o), 0);
  const truth = sum((o) => o.truth);
  const firstPage = sum((o) => o.firstPage);
  return {
    phrases: outcomes.length,
    recall: truth === 0 ? 1 : sum((o) => o.found) / truth,
    phrasesFullyRecalled: outcomes.length === 0 ? 1 : outcomes.filter((o) => o.found === o.truth).length / outcomes.length,
    precisionFirstPage: firstPage === 0 ? 1 : sum((o) => o.firstPageHits) / firstPage,
    misses: outcomes.filter((o) => o.found < o.truth),
  };
}

/** Converts a phrase typed in `from` into the other script with the archive's query maps. */
export function queryConverter(maps: QueryMaps): (phrase: string, from: ScriptSegment) => string {
  return (phrase, from) => convertQuery(phrase, from === 'zh-hans' ? maps.toTraditional : maps.toSimplified);
}
