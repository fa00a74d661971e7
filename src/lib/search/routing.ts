/**
 * The routing table: which periods can hold a query term at all (docs/search-partitions.md).
 * Built from the words Pagefind itself indexed in each period; read in the browser, one shard
 * per first character of a term. Pure, shared by the build and the browser.
 *
 * Pagefind matches each query term as a prefix of index words. Every Han run is indexed with all
 * its two-character pairs, so a term of two or more characters can match a period only if some
 * word there starts with its first two characters; a one-character term, only if some word
 * starts with it. A period that cannot match a term every other period can is skipped, which
 * gives the same answers as one index over the whole archive, where that term must match.
 */

/** The words one period's index holds, with the number of its pages holding each. */
export interface PeriodWords {
  period: string;
  pages: number;
  words: ReadonlyMap<string, number>;
}

/**
 * One shard: terms starting with one character. `prefixes` maps a two-character prefix to the
 * periods holding a word with it, as flat pairs `[periodIndex, pages, periodIndex, pages, …]`
 * (`pages` is the most pages any one such word has there: a lower bound of the pages a term
 * with that prefix can match); `first` does the same for every word starting with the character.
 */
export interface RoutingShard {
  version: 1;
  /** Period indexes refer to the order of periods.json (newest first). */
  first: number[];
  prefixes: Record<string, number[]>;
}

/** The shard a term is looked up in: its first character's code point in hex (`53d1` for 发). */
export function shardOf(term: string): string {
  return term.codePointAt(0)!.toString(16);
}

export function buildRoutingShards(periods: readonly PeriodWords[]): Map<string, RoutingShard> {
  const first = new Map<string, Map<number, number>>();
  const prefixes = new Map<string, Map<string, Map<number, number>>>();
  periods.forEach((period, index) => {
    for (const [word, pages] of period.words) {
      const [a, b] = [...word];
      if (a === undefined) continue;
      const shard = shardOf(a);
      raise(getOrSet(first, shard, () => new Map()), index, pages);
      if (b !== undefined) raise(getOrSet(getOrSet(prefixes, shard, () => new Map()), a + b, () => new Map()), index, pages);
    }
  });
  const shards = new Map<string, RoutingShard>();
  for (const shard of [...first.keys()].sort()) {
    const byPrefix = prefixes.get(shard) ?? new Map<string, Map<number, number>>();
    shards.set(shard, {
      version: 1,
      first: flatten(first.get(shard)!),
      prefixes: Object.fromEntries([...byPrefix.keys()].sort().map((prefix) => [prefix, flatten(byPrefix.get(prefix)!)])),
    });
  }
  return shards;
}

/** Periods (index → pages lower bound) a term can match in, from its shard (undefined: none). */
export function periodsOfTerm(term: string, shard: RoutingShard | undefined): Map<number, number> {
  if (!shard) return new Map();
  const [a, b] = [...term];
  const pairs = b === undefined ? shard.first : shard.prefixes[a! + b];
  return unflatten(pairs ?? []);
}

/**
 * The periods to search for a query's terms, with an estimate of matching pages in each: those
 * where every term that matches anywhere can match. Terms that match nowhere are left out, as
 * Pagefind leaves them out; if no term matches anywhere, there is nothing to search.
 */
export function routeQuery(terms: readonly string[], shards: ReadonlyMap<string, RoutingShard | undefined>): Map<number, number> {
  let result: Map<number, number> | undefined;
  for (const term of terms) {
    const periods = periodsOfTerm(term, shards.get(shardOf(term)));
    if (periods.size === 0) continue;
    if (!result) {
      result = periods;
      continue;
    }
    const next = new Map<number, number>();
    for (const [index, pages] of result) {
      const other = periods.get(index);
      if (other !== undefined) next.set(index, Math.min(pages, other));
    }
    result = next;
  }
  return result ?? new Map();
}

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function raise(map: Map<number, number>, index: number, pages: number): void {
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
