/**
 * Search quality on the sample, measured against the text itself (issue 13): phrases sampled
 * from the sample's articles (every credited name, numbers with units, ICU words, runs of 2–6 Han
 * characters) are searched with the partitioned search (real pagefind.js and wasm, in Node) over
 * a partitioned index of the sample's article pages, and every article that holds a phrase must
 * be found, in both trees, the phrase typed in the tree's own script. Typed in the other script
 * (through the query map) is reported, and held to the same bar where the conversion is exact.
 *
 * The pages are the committed content's articles written with the article page's Pagefind markup
 * (src/lib/bench/search-pages.ts), in both scripts, converted as the site converts them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCRIPT_SEGMENTS, type ScriptSegment } from '../../src/lib/archive/scripts.ts';
import { partitionedNodeSearch } from '../../src/lib/bench/node-search.ts';
import type { WrittenArticle } from '../../src/lib/bench/search-pages.ts';
import { evaluate, holding, queryConverter, queryMapsOf, samplePhrases, summarize, type PhraseOutcome, type SampledPhrase } from '../../src/lib/bench/search-quality.ts';
import { writeArticlesInBothScripts } from '../../src/lib/bench/search-site.ts';
import { createConverter } from '../../src/lib/convert/index.ts';
import { buildPartitionedIndex } from '../../src/lib/search/partitioned-index.ts';
import { sampleArticles } from '../helpers/sample-articles.ts';

const work = mkdtempSync(join(tmpdir(), 'archive-recall-'));
const site = join(work, 'site');
let texts: Record<ScriptSegment, WrittenArticle[]>;
let phrases: SampledPhrase[];
let convert: (phrase: string, from: ScriptSegment) => string;
const outcomes: PhraseOutcome[] = [];

beforeAll(async () => {
  const articles = sampleArticles();
  const personNames = [...new Set(articles.flatMap((a) => [...a.authors, ...a.photographers]))];
  texts = writeArticlesInBothScripts(site, articles, personNames);
  await buildPartitionedIndex(site);
  const converter = createConverter({ variant: 'tw', personNames });
  const names: Array<[string, string]> = personNames.map((name) => [name, converter.toTraditional(name)]);
  convert = queryConverter(queryMapsOf(texts['zh-hans'], texts['zh-hant'], names));
  phrases = SCRIPT_SEGMENTS.flatMap((script) => samplePhrases(texts[script], script, names.map(([s, t]) => (script === 'zh-hans' ? s : t)), 40, 'sample'));
  for (const tree of SCRIPT_SEGMENTS) {
    const search = await partitionedNodeSearch(site, tree);
    outcomes.push(...(await evaluate(phrases, tree, texts, (query) => search.urls(query), convert)));
  }
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const describeMisses = (list: readonly PhraseOutcome[]) => list.map((o) => `${o.kind} ${o.phrase} → ${o.query}: ${o.found}/${o.truth} (missed ${o.missed.join(', ')})`);

describe('recall of sampled phrases on the sample', () => {
  it('samples every kind of phrase in both scripts, each held by at least one article', () => {
    for (const script of SCRIPT_SEGMENTS) {
      for (const kind of ['name', 'number', 'word', 'run'] as const) {
        const mine = phrases.filter((p) => p.script === script && p.kind === kind);
        expect(mine.length, `${script} ${kind}`).toBeGreaterThanOrEqual(kind === 'name' ? 5 : 20);
        for (const p of mine) expect(holding(texts[script], p.phrase).size, p.phrase).toBeGreaterThan(0);
      }
    }
  });

  for (const tree of SCRIPT_SEGMENTS) {
    it(`finds every article holding a phrase typed in the tree's own script (${tree})`, () => {
      const mine = outcomes.filter((o) => o.tree === tree && o.typedIn === tree);
      expect(mine.length).toBeGreaterThan(80);
      expect(describeMisses(summarize(mine).misses)).toEqual([]);
    });

    it(`finds every article holding a phrase typed in the other script, converted by the query map (${tree})`, () => {
      const mine = outcomes.filter((o) => o.tree === tree && o.typedIn !== tree);
      expect(mine.length).toBeGreaterThan(80);
      expect(describeMisses(summarize(mine).misses)).toEqual([]);
    });
  }
});
