/**
 * The routing table: which periods can hold a query term at all (docs/search-partitions.md).
 * Built from the words Pagefind itself indexed in each period; read in the browser, one shard
 * per first character of a term. Pure, shared by the build and the browser.
 *
 * Pagefind (1.6, pagefind_web/src/search.rs) matches each query term `t` against the index
 * words that start with it; when there are none, against the longest index word that is a
 * prefix of `t`. Terms that match no word are dropped, and a page must match every other term.
 * So, in one index over the whole archive, a page of period P can match `t` only if P holds
 * - a word starting with `t`: for `|t| = 1`, a word starting with that character; for
 *   `|t| ≥ 2`, a word starting with `t`'s first two characters; or
 * - a word that is a prefix of `t`: of two or more characters (then it starts with `t`'s first
 *   two characters as well), or the one-character word `t[0]` itself.
 * The table keeps, per first character, the periods holding any word starting with it
 * (`first`), holding the one-character word itself (`single`), and holding a word starting with
 * each two-character prefix (`prefixes`), each with a page count. It is written as shard files,
 * the characters grouped into buckets by code point, so a query loads one small file per
 * distinct first character and an offline save does not hold a file per character.
 */
import { compareCodeUnits } from '../archive/order.ts';

/** The words one period's index holds, with the number of its pages holding each. */
export interface PeriodWords {
  period: string;
  words: ReadonlyMap<string, number>;
}

/**
 * What the table needs of one period's words, kept beside the period's cached index so a build
 * that reuses the period does not read its words again: per first character the most pages of
 * any word starting with it (`first`) and of the one-character word (`single`), and per
 * two-character prefix the most pages of a word starting with it.
 */
export interface PeriodRoutes {
  period: string;
  first: Record<string, number>;
  single: Record<string, number>;
  prefixes: Record<string, number>;
}

/** A period's words reduced to what the routing table keeps of them. */
export function periodRoutes({ period, words }: PeriodWords): PeriodRoutes {
  const first = new Map<string, number>();
  const single = new Map<string, number>();
  const prefixes = new Map<string, number>();
  for (const [word, count] of words) {
    const [a, b] = [...word];
    if (a === undefined) continue;
    raise(first, a, count);
    if (b === undefined) raise(single, a, count);
    else raise(prefixes, a + b, count);
  }
  const sorted = (map: Map<string, number>) => Object.fromEntries([...map].sort(([x], [y]) => compareCodeUnits(x, y)));
  return { period, first: sorted(first), single: sorted(single), prefixes: sorted(prefixes) };
}

/**
 * What the table knows of the words starting with one character `c`. Each list is flat pairs
 * `[periodIndex, pages, periodIndex, pages, …]`, period indexes ascending (they follow
 * periods.json, newest first), where `pages` is the most pages any one such word has in that
 * period (a lower bound of the pages a term routed through it matches: an estimate, not a count).
 */
export interface CharacterRoutes {
  /** Periods holding a word that starts with `c`. */
  first: number[];
  /** Periods holding the one-character word `c`. */
  single: number[];
  /** Two-character prefix → periods holding a word that starts with it. */
  prefixes: Record<string, number[]>;
}

/** One file of the table: the characters whose code point falls in one bucket. */
export interface RoutingShard {
  version: 1;
  characters: Record<string, CharacterRoutes>;
}

/** How the table is split into files; periods.json carries it. */
export interface RoutingLayout {
  /** A power of two: a term's shard is its first code point modulo `buckets`. */
  buckets: number;
}

/** Raw JSON bytes a shard is aimed at, on average: small enough for a query, few enough files for an offline save. */
export const SHARD_TARGET_BYTES = 8 * 1024;
const MAX_BUCKETS = 4096;

/** The file a term's first character is looked up in: its bucket in hex (`routes/1f.json`). */
export function shardOf(term: string, layout: RoutingLayout): string {
  return (term.codePointAt(0)! % layout.buckets).toString(16);
}

/** The table, one entry per first character of any word. */
export function buildRoutingTable(periods: readonly PeriodRoutes[]): Map<string, CharacterRoutes> {
  const first = new Map<string, Map<number, number>>();
  const single = new Map<string, Map<number, number>>();
  const prefixes = new Map<string, Map<string, Map<number, number>>>();
  periods.forEach((period, index) => {
    for (const [character, pages] of Object.entries(period.first)) raise(getOrSet(first, character, () => new Map()), index, pages);
    for (const [character, pages] of Object.entries(period.single)) raise(getOrSet(single, character, () => new Map()), index, pages);
    for (const [prefix, pages] of Object.entries(period.prefixes)) {
      raise(getOrSet(getOrSet(prefixes, [...prefix][0]!, () => new Map()), prefix, () => new Map()), index, pages);
    }
  });
  const table = new Map<string, CharacterRoutes>();
  for (const character of [...first.keys()].sort()) {
    const byPrefix = prefixes.get(character) ?? new Map<string, Map<number, number>>();
    table.set(character, {
      first: flatten(first.get(character)!),
      single: flatten(single.get(character) ?? new Map()),
      prefixes: Object.fromEntries([...byPrefix.keys()].sort().map((prefix) => [prefix, flatten(byPrefix.get(prefix)!)])),
    });
  }
  return table;
}

/** The table split into shard files of about SHARD_TARGET_BYTES each. */
export function buildRoutingShards(periods: readonly PeriodRoutes[]): { layout: RoutingLayout; shards: Map<string, RoutingShard> } {
  const table = buildRoutingTable(periods);
  let bytes = 0;
  for (const [character, routes] of table) bytes += character.length + JSON.stringify(routes).length + 6;
  let buckets = 1;
  while (buckets < MAX_BUCKETS && bytes / buckets > SHARD_TARGET_BYTES) buckets *= 2;
  const layout = { buckets };
  const shards = new Map<string, RoutingShard>();
  for (const [character, routes] of table) {
    const name = shardOf(character, layout);
    const shard = getOrSet(shards, name, () => ({ version: 1, characters: {} }) as RoutingShard);
    shard.characters[character] = routes;
  }
  return { layout, shards };
}

/** What the table says of one query term over the whole archive. */
export interface TermRoute {
  /** Periods (index → pages estimate) where one index over the whole archive could match the term. */
  periods: Map<number, number>;
  /**
   * Whether one index over the whole archive matches the term at all (else Pagefind drops it):
   * `maybe` when the table cannot tell, for a term of three or more characters whose first two
   * start words that may neither extend it nor be its prefix.
   */
  matches: 'yes' | 'maybe' | 'no';
}

/** Where one index over the whole archive could match `term`, from its shard (undefined: no word starts with its first character). */
export function routeTerm(term: string, shard: RoutingShard | undefined): TermRoute {
  const [a, b, c] = [...term];
  const routes = a === undefined ? undefined : shard?.characters[a];
  if (!routes) return { periods: new Map(), matches: 'no' };
  if (b === undefined) return known(unflatten(routes.first));
  const extending = unflatten(routes.prefixes[a! + b] ?? []);
  const single = unflatten(routes.single);
  // A two-character term with words starting with it never falls back to a shorter word.
  if (c === undefined) return known(extending.size > 0 ? extending : single);
  // Longer: words starting with its first two characters may extend it or be its prefix, and
  // the one-character word may be the longest prefix it falls back to.
  for (const [index, pages] of single) extending.set(index, Math.max(extending.get(index) ?? 0, pages));
  return { periods: extending, matches: single.size > 0 ? 'yes' : extending.size > 0 ? 'maybe' : 'no' };
}

/** Per period index, the two-character words starting with `character` it holds, read from the shard in one pass. */
export function wordsStartingWithByPeriod(character: string, shard: RoutingShard | undefined): Map<number, string[]> {
  const byPeriod = new Map<number, string[]>();
  for (const [prefix, pairs] of Object.entries(shard?.characters[character]?.prefixes ?? {})) {
    for (let i = 0; i < pairs.length; i += 2) getOrSet(byPeriod, pairs[i]!, () => []).push(prefix);
  }
  return byPeriod;
}

function known(periods: Map<number, number>): TermRoute {
  return { periods, matches: periods.size > 0 ? 'yes' : 'no' };
}

/**
 * The periods to search for a query's terms, with an estimate of matching pages in each: a
 * superset of the periods where one index over the whole archive finds a page. That index
 * drops the terms that match nothing and requires every other; so the periods are those where
 * every term known to match can match. A term that may or may not match cannot narrow them,
 * unless no term is known to match: then each page found matches one of them at least.
 */
export function routeQuery(terms: readonly string[], shards: ReadonlyMap<string, RoutingShard | undefined>, layout: RoutingLayout): Map<number, number> {
  const routes = terms.map((term) => routeTerm(term, shards.get(shardOf(term, layout))));
  const certain = routes.filter((route) => route.matches === 'yes');
  if (certain.length > 0) {
    let result = certain[0]!.periods;
    for (const { periods } of certain.slice(1)) {
      const next = new Map<number, number>();
      for (const [index, pages] of result) {
        const other = periods.get(index);
        if (other !== undefined) next.set(index, Math.min(pages, other));
      }
      result = next;
    }
    return result;
  }
  const result = new Map<number, number>();
  for (const { periods } of routes.filter((route) => route.matches === 'maybe')) {
    for (const [index, pages] of periods) result.set(index, Math.max(result.get(index) ?? 0, pages));
  }
  return result;
}

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function raise<K>(map: Map<K, number>, index: K, pages: number): void {
  map.set(index, Math.max(map.get(index) ?? 0, pages));
}

function flatten(map: Map<number, number>): number[] {
  return [...map.entries()].sort(([a], [b]) => a - b).flat();
}

function unflatten(pairs: readonly number[]): Map<number, number> {
  const map = new Map<number, number>();
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i]!, pairs[i + 1]!);
  return map;
}
