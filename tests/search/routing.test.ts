import { describe, expect, it } from 'vitest';
import { buildRoutingShards, buildRoutingTable, routeQuery, routeTerm, shardOf, SHARD_TARGET_BYTES, periodRoutes, type PeriodRoutes, type RoutingShard } from '../../src/lib/search/routing.ts';

const period = (id: string, words: Record<string, number>): PeriodRoutes => periodRoutes({ period: id, words: new Map(Object.entries(words)) });

/** Newest first, as periods.json lists them. */
const periods = [
  period('2024-12', { 发展: 3, 发: 1, 签约: 2, 液流电池: 1 }),
  period('2024-10', { 发展: 5, 发挥: 2, 签: 1, 约: 1 }),
  period('2024-08', { 合成生物: 1, 合成: 1, 生物: 2 }),
];

function route(terms: string[], list = periods): Map<number, number> {
  const { layout, shards } = buildRoutingShards(list);
  return routeQuery(terms, shards, layout);
}

function termRoute(term: string, list = periods) {
  const { layout, shards } = buildRoutingShards(list);
  const found = routeTerm(term, shards.get(shardOf(term, layout)));
  return { periods: Object.fromEntries(found.periods), matches: found.matches };
}

describe('the routing table', () => {
  it('keeps per first character the periods with any word, with the one-character word, and per two-character prefix, with the most pages of one word', () => {
    const table = buildRoutingTable(periods);
    expect(table.get('发')).toEqual({ first: [0, 3, 1, 5], single: [0, 1], prefixes: { 发展: [0, 3, 1, 5], 发挥: [1, 2] } });
    expect(table.get('签')).toEqual({ first: [0, 2, 1, 1], single: [1, 1], prefixes: { 签约: [0, 2] } });
    expect(table.get('液')).toEqual({ first: [0, 1], single: [], prefixes: { 液流: [0, 1] } });
  });

  it('is split into a power of two of shard files by code point, each character in its own bucket', () => {
    const small = buildRoutingShards(periods);
    expect(small.layout.buckets).toBe(1);
    expect([...small.shards.keys()]).toEqual(['0']);
    // Many words: more buckets, each near the target size.
    const many = period('2024-01', Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [String.fromCodePoint(0x4e00 + i) + String.fromCodePoint(0x4e00 + ((i * 7) % 5000)), 1])));
    const { layout, shards } = buildRoutingShards([many]);
    expect(Math.log2(layout.buckets) % 1).toBe(0);
    expect(layout.buckets).toBeGreaterThan(1);
    const sizes = [...shards.values()].map((shard) => JSON.stringify(shard).length);
    expect(Math.max(...sizes)).toBeLessThan(SHARD_TARGET_BYTES * 2);
    for (const [name, shard] of shards) for (const character of Object.keys(shard.characters)) expect(shardOf(character, layout)).toBe(name);
  });
});

describe('one term', () => {
  it('of one character: every period with a word starting with it', () => {
    expect(termRoute('发')).toEqual({ periods: { 0: 3, 1: 5 }, matches: 'yes' });
    expect(termRoute('无')).toEqual({ periods: {}, matches: 'no' });
  });

  it('of two characters: the periods with a word starting with it, else with its first character as a word (Pagefind’s fallback)', () => {
    expect(termRoute('发展')).toEqual({ periods: { 0: 3, 1: 5 }, matches: 'yes' });
    // No word starts with 签署: Pagefind falls back to the longest word that prefixes it, 签.
    expect(termRoute('签署')).toEqual({ periods: { 1: 1 }, matches: 'yes' });
    expect(termRoute('液体')).toEqual({ periods: {}, matches: 'no' });
  });

  it('of three or more: words with its first two characters or its first as a word; known to match only if that word exists', () => {
    expect(termRoute('发展中')).toEqual({ periods: { 0: 3, 1: 5 }, matches: 'yes' });
    expect(termRoute('液流电池')).toEqual({ periods: { 0: 1 }, matches: 'maybe' });
    expect(termRoute('液体燃料')).toEqual({ periods: {}, matches: 'no' });
  });
});

describe('a query', () => {
  it('takes the periods where every term known to match can match, with the smallest estimate', () => {
    expect(Object.fromEntries(route(['发展', '签']))).toEqual({ 0: 2, 1: 1 });
    expect(Object.fromEntries(route(['发挥', '签']))).toEqual({ 1: 1 });
    expect(Object.fromEntries(route(['发挥', '生物']))).toEqual({});
  });

  it('drops terms that match nowhere, as Pagefind does; nothing matches when none does', () => {
    expect(Object.fromEntries(route(['发挥', '无关']))).toEqual({ 1: 2 });
    expect(route(['无关'])).toEqual(new Map());
    expect(route([])).toEqual(new Map());
  });

  it('lets a term that may not match narrow nothing, unless no term is known to match', () => {
    expect(Object.fromEntries(route(['液流电池', '生物']))).toEqual({ 2: 2 });
    expect(Object.fromEntries(route(['液流电池', '合成生物']))).toEqual({ 0: 1, 2: 1 });
  });
});

/**
 * One Pagefind index over every page, simulated as Pagefind 1.6 matches (pagefind_web/src/search.rs,
 * without chunking): a term matches the words it prefixes, else the longest word that prefixes it;
 * terms that match nothing are dropped; a page must match every other term.
 */
function singleIndex(pages: Array<{ period: number; words: string[] }>, terms: string[]): Set<number> {
  const all = [...new Set(pages.flatMap((p) => p.words))];
  const sets: Array<Set<number>> = [];
  for (const term of terms) {
    let matched = all.filter((w) => w.startsWith(term));
    if (matched.length === 0) {
      const prefixes = all.filter((w) => term.startsWith(w)).sort((a, b) => b.length - a.length);
      matched = prefixes.slice(0, 1);
    }
    if (matched.length === 0) continue;
    sets.push(new Set(pages.flatMap((p, i) => (p.words.some((w) => matched.includes(w)) ? [i] : []))));
  }
  if (sets.length === 0) return new Set();
  return new Set([...sets[0]!].filter((i) => sets.every((s) => s.has(i))));
}

describe('against one index over every page', () => {
  it('never leaves out a period where it finds a page (random words and queries over a small alphabet)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ['甲', '乙', '丙', '丁', '戊'];
    const word = (max: number) => Array.from({ length: 1 + Math.floor(random() * max) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const problems: string[] = [];
    for (let trial = 0; trial < 300; trial++) {
      const pages = Array.from({ length: 12 }, () => ({ period: Math.floor(random() * 4), words: Array.from({ length: 1 + Math.floor(random() * 4) }, () => word(4)) }));
      const list = [0, 1, 2, 3].map((index) => {
        const counts = new Map<string, number>();
        for (const p of pages.filter((pg) => pg.period === index)) for (const w of new Set(p.words)) counts.set(w, (counts.get(w) ?? 0) + 1);
        return periodRoutes({ period: `p${index}`, words: counts });
      });
      const terms = Array.from({ length: 1 + Math.floor(random() * 3) }, () => word(5));
      const routed = route(terms, list);
      for (const index of singleIndex(pages, terms)) {
        if (!routed.has(pages[index]!.period)) problems.push(`${terms.join(' ')}: period ${pages[index]!.period} left out`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('shards', () => {
  it('are plain data, the same when built again', () => {
    const first = buildRoutingShards(periods);
    const again = buildRoutingShards(periods);
    expect(JSON.stringify([...again.shards])).toBe(JSON.stringify([...first.shards]));
    const shard: RoutingShard = JSON.parse(JSON.stringify(first.shards.get('0')));
    expect(shard.version).toBe(1);
  });
});
