/**
 * Pagefind 1.6 behaviour the partitioned search relies on and Pagefind does not document, pinned
 * against the real pagefind.js and wasm of the sample archive's build, run in Node (see
 * tests/helpers/pagefind-node.ts and docs/search-partitions.md). If Pagefind changes any of it,
 * a test here fails before a reader's search does.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCRIPT_SEGMENTS, SCRIPTS, type ScriptSegment } from '../../src/lib/archive/scripts.ts';
import type { Pagefind, PagefindSearchResults } from '../../src/lib/search/pagefind.ts';
import { pagefindTerms } from '../../src/lib/search/pagefind-terms.ts';
import { searchTerms, UNSEGMENTED_LANGUAGE } from '../../src/lib/search/query-terms.ts';
import { pagesOfMeta, wordsOfIndexChunk } from '../../src/lib/search/pagefind-files.ts';
import { SHARED_WASM, WORKER_STUB } from '../../src/lib/search/partitioned-index.ts';
import { PartitionedSearch, type PagefindRuntime, type SearchRound } from '../../src/lib/search/partitioned.ts';
import type { PeriodsFile } from '../../src/lib/search/periods.ts';
import { convertQuery, type ScriptMap } from '../../src/lib/search/query-map.ts';
import { pagefindInNode, type PagefindInNode } from '../helpers/pagefind-node.ts';
import { buildSampleSite } from '../helpers/run.ts';
import { ROOT } from '../helpers/seeds.ts';

const work = mkdtempSync(join(tmpdir(), 'archive-pagefind-contract-'));
const dist = join(work, 'dist');
/** One Pagefind index per script over all its article pages: what a single index would answer. */
const SINGLE = (script: ScriptSegment) => `/pagefind-single/${script}/`;
let node: PagefindInNode;

const { queries } = JSON.parse(readFileSync(join(ROOT, 'tests', 'search', 'queries.json'), 'utf8')) as { queries: Array<{ hans: string; hant: string }> };
/** The query set, and queries that stress term handling: absent words, single characters, Latin, digits, punctuation. */
const EXTRA_QUERIES = ['火星探测器', '发', '的', '签约 不存在', 'COVID-19', 'U谷', '2024年', '“民生实事”', '西太湖，医院', '  发展   签约 ', 'Café', '十二个', '区委常委会'];

beforeAll(async () => {
  const build = buildSampleSite(dist, join(work, 'cache'));
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
  for (const script of SCRIPT_SEGMENTS) {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: dist, glob: `${script}/[0-9][0-9][0-9][0-9]/*/*/*/index.html` });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    await index.writeFiles({ outputPath: join(dist, SINGLE(script)) });
    await index.deleteIndex();
  }
  await pagefind.close();
  node = pagefindInNode(dist, 'zh-Hans');
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const periodsOf = (script: ScriptSegment) => (JSON.parse(readFileSync(join(dist, 'pagefind', script, 'periods.json'), 'utf8')) as PeriodsFile).periods;
const queryMap = (script: ScriptSegment) => JSON.parse(readFileSync(join(dist, script, 'search', 'query-map.json'), 'utf8')) as ScriptMap;
const language = (script: ScriptSegment) => SCRIPTS[script].toLowerCase();
const urlsOf = async (found: PagefindSearchResults) => Promise.all(found.results.map(async (r) => (await r.data()).url));

/** Every query the set holds, typed in either script, converted as the search page converts it. */
function querySet(script: ScriptSegment): string[] {
  const map = queryMap(script);
  return [...new Set([...queries.flatMap((q) => [q.hans, q.hant]), ...EXTRA_QUERIES].map((typed) => convertQuery(typed, map)))];
}

/** The single index of a script, searched as a page in `lang` searches it (Pagefind segments zh queries). */
async function single(script: ScriptSegment, lang: string = SCRIPTS[script]): Promise<Pagefind> {
  node.setLang(lang);
  const bundle = await node.importBundle(`${SINGLE(script)}pagefind.js`);
  await bundle.options({ basePath: SINGLE(script), baseUrl: '/' });
  return bundle;
}

/** What Pagefind logs as the term it searches for. */
async function normalizedBy(search: (verbose: { verbose: true }) => Promise<unknown>): Promise<string | undefined> {
  const logged: string[] = [];
  const log = console.log;
  console.log = (message: unknown) => void logged.push(String(message));
  try {
    await search({ verbose: true });
  } finally {
    console.log = log;
  }
  return logged.find((line) => line.startsWith('Normalized search term to '))?.slice('Normalized search term to '.length);
}

async function partitioned(script: ScriptSegment): Promise<PartitionedSearch> {
  node.setLang(SCRIPTS[script]);
  return PartitionedSearch.load({ pagefindBase: '/pagefind/', script, language: language(script), options: { baseUrl: '/' } }, node.loaders);
}

async function lastRound(search: PartitionedSearch, query: string): Promise<SearchRound> {
  let last: SearchRound | undefined;
  for await (const round of search.run({ query, order: 'newest' })) last = round;
  return last!;
}

describe('the layout Pagefind is made to serve', () => {
  it('each period’s entry names the shared wasm by a relative path that resolves to pagefind/wasm.unknown.pagefind', () => {
    for (const script of SCRIPT_SEGMENTS) {
      for (const period of periodsOf(script)) {
        const folder = join(dist, 'pagefind', script, period.id);
        const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string; hash: string; page_count: number }> };
        expect(Object.keys(entry.languages)).toEqual([language(script)]);
        const { wasm, hash, page_count: pages } = entry.languages[language(script)]!;
        expect(wasm).toBe(SHARED_WASM);
        // Pagefind asks for `${basePath}wasm.${wasm}.pagefind`; a URL parser removes the dot segments.
        expect(new URL(`/pagefind/${script}/${period.id}/wasm.${wasm}.pagefind`, 'http://a.test').pathname).toBe('/pagefind/wasm.unknown.pagefind');
        expect(period.tag).toBe(hash);
        expect(pages).toBe(period.articles);
        expect(readdirSync(folder).filter((name) => /^wasm\.|^pagefind\.js$/.test(name))).toEqual([]);
        expect(readFileSync(join(folder, 'pagefind-worker.js'), 'utf8')).toBe(WORKER_STUB);
      }
    }
    // The worker stub's import resolves to the shared worker, from any period folder.
    expect(new URL('../../pagefind-worker.js', 'http://a.test/pagefind/zh-hant/2024-10/pagefind-worker.js').pathname).toBe('/pagefind/pagefind-worker.js');
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind']) expect(existsSync(join(dist, 'pagefind', file)), file).toBe(true);
  });

  it('reads back each period’s page count and words from Pagefind’s own files', () => {
    const period = periodsOf('zh-hans').find((p) => p.id === '2024-10')!;
    const folder = join(dist, 'pagefind', 'zh-hans', period.id);
    const meta = readdirSync(folder).find((name) => name.endsWith('.pf_meta'))!;
    expect(pagesOfMeta(readFileSync(join(folder, meta)))).toBe(period.articles);
    const words = new Map<string, number>();
    for (const chunk of readdirSync(join(folder, 'index'))) for (const [w, n] of wordsOfIndexChunk(readFileSync(join(folder, 'index', chunk)))) words.set(w, n);
    // Words, overlapping character pairs, whole titles (meta fields are not segmented).
    expect(words.get('签约')).toBeGreaterThan(0);
    expect(words.get('丝心')).toBeGreaterThan(0);
    expect(words.has('苏州丝波敦项目签约落地西太湖')).toBe(true);
  });
});

describe('the shared runtime in use', () => {
  it('fetches one wasm for every period, each entry with its cache tag, and nothing that is not there', async () => {
    const search = await partitioned('zh-hant');
    node.fetched.length = 0;
    node.requested.length = 0;
    const found = await lastRound(search, '發展');
    expect(found.searched.length).toBeGreaterThan(1);
    // Each instance asks for the wasm (a browser's cache answers all but the first), always the shared file.
    expect(new Set(node.fetched.filter((path) => path.includes('wasm')))).toEqual(new Set(['/pagefind/wasm.unknown.pagefind']));
    for (const period of found.searched) {
      expect(node.requested).toContain(`/pagefind/zh-hant/${period.id}/pagefind-entry.json?ts=${period.tag}`);
    }
    expect(node.fetched.filter((path) => !existsSync(join(dist, path)))).toEqual([]);
  });

  it('answers in every period when its instances are started one after another, as PartitionedSearch starts them', async () => {
    // Instances of the shared runtime started together can corrupt its wasm memory ("memory access
    // out of bounds"), depending on timing: seen with every period of the sample started at once,
    // so PartitionedSearch never does that. This checks the way it does start them.
    node.setLang('zh-Hans');
    // Started as PartitionedSearch starts them, every period answers.
    const search = await partitioned('zh-hans');
    const found = await lastRound(search, '发展');
    expect(found.complete).toBe(true);
    expect(found.results.length).toBeGreaterThan(10);
  });
});

describe('query terms', () => {
  it('are split exactly as Pagefind splits them (its own log of the normalized query)', async () => {
    for (const script of SCRIPT_SEGMENTS) {
      const bundle = await single(script);
      for (const query of querySet(script)) {
        const normalized = await normalizedBy((options) => bundle.search(query, options));
        expect(pagefindTerms(query, language(script)).join(' '), `${script} ${query}`).toBe(normalized);
      }
    }
  });

  it('reach a period’s instance as the archive gives them: Pagefind does not split them again', async () => {
    for (const script of SCRIPT_SEGMENTS) {
      // What PartitionedSearch does: `<html lang>` is switched while the instance is created.
      node.setLang(UNSEGMENTED_LANGUAGE);
      const runtime = (await node.importBundle('/pagefind/pagefind.js')) as unknown as PagefindRuntime;
      const instance = runtime.createInstance({ basePath: `/pagefind/${script}/${periodsOf(script)[0]!.id}/`, baseUrl: '/' });
      node.setLang(SCRIPTS[script]);
      for (const query of querySet(script)) {
        const terms = searchTerms(query, language(script));
        const normalized = await normalizedBy((options) => instance.search(terms.join(' '), options));
        expect(normalized, `${script} ${query}`).toBe(terms.join(' '));
      }
    }
  });
});

/**
 * One index over all the script's pages with every index chunk loaded: what one index would
 * answer if Pagefind did not load only the chunk each term falls in (which can drop words a term
 * prefixes, or fall back to a shorter word where a longer one exists in another chunk).
 */
async function wholeIndex(script: ScriptSegment): Promise<Pagefind> {
  const one = await single(script, UNSEGMENTED_LANGUAGE);
  const folder = join(dist, SINGLE(script), 'index');
  const words = new Set<string>();
  for (const chunk of readdirSync(folder)) for (const word of wordsOfIndexChunk(readFileSync(join(folder, chunk))).keys()) words.add(word);
  node.fetched.length = 0;
  await one.preload([...words].join(' '));
  expect(new Set(node.fetched.filter((path) => path.startsWith(`${SINGLE(script)}index/`))).size).toBe(readdirSync(folder).length);
  return one;
}

describe('routing', () => {
  it('never leaves out a period where one index over every page finds a result for the same terms, and finds just what it finds, for the query set in both scripts', async () => {
    const problems: string[] = [];
    for (const script of SCRIPT_SEGMENTS) {
      const one = await wholeIndex(script);
      const search = await partitioned(script);
      for (const query of querySet(script)) {
        const terms = search.terms(query);
        const expected = await urlsOf(await one.search(terms.join(' ')));
        const candidates = new Set((await search.route({ query, order: 'newest' })).map((c) => c.period.id));
        const round = await lastRound(search, query);
        const found = new Set(await Promise.all(round.results.map(async ({ result }) => (await result.data()).url)));
        for (const url of expected) {
          const month = /\/(\d{4})\/(\d{2})\//.exec(url)!.slice(1).join('-');
          if (![...candidates].some((id) => id.startsWith(month))) problems.push(`${script} ${query}: period ${month} of ${url} not routed`);
          if (!found.has(url)) problems.push(`${script} ${query}: ${url} not found`);
        }
        // Terms of one or two characters route exactly: then the partitioned search finds just what one index finds.
        if (terms.every((term) => [...term].length <= 2) && found.size !== expected.length) {
          problems.push(`${script} ${query}: ${found.size} found, one index ${expected.length}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
