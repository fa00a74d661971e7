/**
 * `npm run bench -- --search-only --articles 10000,50000,250000`: the search bench of issue 13,
 * without the Astro build. For each size, in phases that can also be run one at a time
 * (`--phase pages,partitioned,add-day,single,browser,quality`; each phase's result is kept in
 * `<work>/a<N>/state.json`, so a long size can be done in turns):
 *
 * - pages: a synthetic archive's article pages in both scripts (search-site.ts), all issues but
 *   the newest; `--budget M` stops after M minutes at the end of a month (run again to go on).
 * - partitioned: buildPartitionedIndex over the pages written so far, with its period cache
 *   (a size built in turns is the sum of its turns).
 * - add-day: the newest issue's pages added, buildPartitionedIndex run again with the cache.
 * - single: one Pagefind index per script over the same pages (the current design).
 * - browser: cold, warm and throttled searches in Chromium, both designs, both scripts.
 * - quality: recall and first-page precision of sampled phrases, both designs (in Node).
 * - report: sizes of the indexes and the routing table, then every size's results into
 *   bench/results/<date>-search.json and bench/README.md.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { SCRIPT_SEGMENTS, type ScriptSegment } from '../archive/scripts.ts';
import { createConverter } from '../convert/index.ts';
import { singleNodeSearch, partitionedNodeSearch, type NodeSearch } from './node-search.ts';
import { measureSearchDesigns, writeBenchPage, type BenchQuery, type Design, type LinkMode, type SearchTiming } from './search-browser.ts';
import { readSeedCorpus, syntheticArchive, syntheticOptions, type SyntheticArchive } from './search-corpus.ts';
import { buildPartitioned, buildSingleIndex, folderFiles, SINGLE_FOLDER } from './search-index.ts';
import { evaluate, PHRASE_KINDS, queryConverter, queryMapsOf, samplePhrases, summarize, type PhraseOutcome, type QualitySummary } from './search-quality.ts';
import { readTexts, siteFolder, writeSearchSite } from './search-site.ts';
import type { WrittenArticle } from './search-pages.ts';

export const PHASES = ['pages', 'partitioned', 'add-day', 'single', 'browser', 'quality'] as const;
export type Phase = (typeof PHASES)[number];

export interface SearchBenchOptions {
  root: string;
  work: string;
  sizes: number[];
  seed: string;
  runs: number;
  phases: readonly Phase[];
  /** Minutes the pages phase may take in one turn. */
  budgetMinutes: number;
  /** Largest size the single index is built at (its indexer's memory grows with the archive). */
  singleMax: number;
  /** Phrases per kind per script for the recall check. */
  phrases: number;
  /** Trees the quality phase searches (`--trees zh-hant`: one per turn at the largest sizes). */
  trees: readonly ScriptSegment[];
  /** Browser bench without the emulated link, through it, or both (`--link without|only|both`). */
  link: LinkMode;
  log: (line: string) => void;
}

interface IndexRunRecord {
  seconds: number;
  pagefindPeakMB: number;
  indexed: number;
  reused: number;
  pages: number;
}

export interface SizeState {
  articles: number;
  issues: number;
  heldBack: string;
  pages?: { written: number; articles: number; complete: boolean; seconds: number[] };
  partitioned?: { runs: IndexRunRecord[]; complete: boolean };
  addDay?: IndexRunRecord & { date: string; articles: number };
  single?: Record<string, { seconds: number; pagefindPeakMB: number; pages: number }> | { skipped: string };
  sizes?: Record<string, { routing: { files: number; bytes: number }; periods: number; partitioned: { files: number; bytes: number }; single?: { files: number; bytes: number } }>;
  queries?: Record<string, BenchQuery[]>;
  browser?: { benchScriptBytes: number; timings: SearchTiming[] };
  quality?: Record<string, { summary: Omit<QualitySummary, 'misses'>; byKind: Record<string, Omit<QualitySummary, 'misses'>>; misses: PhraseOutcome[] }>;
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const folderOf = (options: SearchBenchOptions, size: number) => join(options.work, `a${size}`);

function readState(dir: string): SizeState | undefined {
  const file = join(dir, 'state.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SizeState) : undefined;
}

function saveState(dir: string, state: SizeState): void {
  writeFileSync(join(dir, 'state.json'), `${JSON.stringify(state, null, 2)}\n`);
}

export async function runSearchBench(options: SearchBenchOptions): Promise<void> {
  const corpus = readSeedCorpus(join(options.root, 'seeds'));
  for (const size of options.sizes) {
    const dir = folderOf(options, size);
    mkdirSync(dir, { recursive: true });
    const archive = syntheticArchive(syntheticOptions(size, options.seed), corpus);
    const state: SizeState = readState(dir) ?? {
      articles: archive.plans.reduce((sum, plan) => sum + plan.articlesPerPage.reduce((a, b) => a + b, 0), 0),
      issues: archive.plans.length,
      heldBack: archive.plans.at(-1)!.date,
    };
    options.log(`${size}: ${state.articles} articles in ${state.issues} issues (${archive.plans[0]!.date} … ${state.heldBack})`);
    for (const phase of options.phases) {
      options.log(`  ${phase}…`);
      const started = performance.now();
      await PHASE_RUNNERS[phase](options, dir, archive, state);
      saveState(dir, state);
      options.log(`  ${phase} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  }
  writeReport(options);
}

type PhaseRunner = (options: SearchBenchOptions, dir: string, archive: SyntheticArchive, state: SizeState) => Promise<void>;

const PHASE_RUNNERS: Record<Phase, PhaseRunner> = {
  async pages(options, dir, archive, state) {
    const pages = (state.pages ??= { written: 0, articles: 0, complete: false, seconds: [] });
    if (pages.complete) return;
    const started = performance.now();
    const last = archive.plans.length - 1; // the newest issue is held back for add-day
    let index = pages.written;
    while (index < last) {
      // One month at a time, so a turn ends where a period ends.
      const month = archive.plans[index]!.date.slice(0, 7);
      let to = index;
      while (to < last && archive.plans[to]!.date.slice(0, 7) === month) to++;
      const written = writeSearchSite(dir, archive, { from: index, to });
      pages.articles += written.articles;
      index = to;
      pages.written = index;
      if ((performance.now() - started) / 60_000 > options.budgetMinutes) break;
    }
    pages.complete = index >= last;
    pages.seconds.push(Math.round((performance.now() - started) / 100) / 10);
    options.log(`    ${pages.written}/${last} issues written${pages.complete ? '' : ' (run the pages phase again to go on)'}`);
  },

  async partitioned(options, dir, _archive, state) {
    if (!state.pages?.complete && !state.pages?.written) throw new Error('no pages yet: run the pages phase first');
    const part = (state.partitioned ??= { runs: [], complete: false });
    if (part.complete) return;
    const run = await buildPartitioned(siteFolder(dir), { cacheDir: join(dir, 'cache') });
    part.runs.push(indexRecord(run.seconds, run.pagefindPeakBytes, run.report));
    part.complete = Boolean(state.pages?.complete);
    options.log(`    ${run.seconds.toFixed(1)} s, indexed ${sum(run.report.scripts.map((s) => s.indexed))} periods, reused ${sum(run.report.scripts.map((s) => s.reused))}`);
  },

  async 'add-day'(options, dir, archive, state) {
    if (!state.partitioned?.complete) throw new Error('the partitioned index of all but the newest issue comes first');
    if (state.addDay) return;
    const last = archive.plans.length - 1;
    const written = writeSearchSite(dir, archive, { from: last, to: last + 1 });
    const run = await buildPartitioned(siteFolder(dir), { cacheDir: join(dir, 'cache') });
    state.addDay = { ...indexRecord(run.seconds, run.pagefindPeakBytes, run.report), date: state.heldBack, articles: written.articles };
    options.log(`    +${state.heldBack} (${written.articles} articles): ${run.seconds.toFixed(1)} s`);
  },

  async single(options, dir, _archive, state) {
    if (!state.addDay) throw new Error('the single index is built over the same pages as add-day: run it first');
    if (state.single) return;
    if (state.articles > options.singleMax) {
      state.single = { skipped: `not built above ${options.singleMax} articles (--single-max): Pagefind's indexer memory` };
      return;
    }
    const runs = await buildSingleIndex(siteFolder(dir));
    state.single = Object.fromEntries(Object.entries(runs).map(([script, r]) => [script, { seconds: r.seconds, pagefindPeakMB: mb(r.pagefindPeakBytes), pages: r.pages }]));
  },

  async browser(options, dir, archive, state) {
    if (!state.addDay) throw new Error('the partitioned index comes first');
    state.sizes = indexSizes(dir);
    const queries = (state.queries ??= benchQueries(dir, archive));
    const benchScriptBytes = await writeBenchPage(siteFolder(dir));
    const designs: Design[] = hasSingle(dir) ? ['partitioned', 'single'] : ['partitioned'];
    const timings = await measureSearchDesigns(siteFolder(dir), { designs, scripts: SCRIPT_SEGMENTS, queries: queries as Record<ScriptSegment, BenchQuery[]>, runs: options.runs, link: options.link, log: options.log });
    // A turn measures some conditions; keep the others' figures from earlier turns.
    const same = (a: SearchTiming, b: SearchTiming) => a.design === b.design && a.script === b.script && a.what === b.what && a.condition === b.condition;
    const kept = (state.browser?.timings ?? []).filter((old) => !timings.some((t) => same(t, old)));
    state.browser = { benchScriptBytes, timings: [...kept, ...timings] };
  },

  async quality(options, dir, archive, state) {
    if (!state.addDay) throw new Error('the partitioned index comes first');
    state.sizes = indexSizes(dir);
    const measured = await measureQuality(siteFolder(dir), readAllTexts(dir), archive.personNames, options.phrases, options.seed, hasSingle(dir), options.log, options.trees);
    state.quality = { ...state.quality, ...measured }; // a turn may measure one tree
  },
};

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function indexRecord(seconds: number, peakBytes: number, report: { scripts: Array<{ indexed: number; reused: number; pages: number }> }): IndexRunRecord {
  return {
    seconds: Math.round(seconds * 10) / 10,
    pagefindPeakMB: mb(peakBytes),
    indexed: sum(report.scripts.map((s) => s.indexed)),
    reused: sum(report.scripts.map((s) => s.reused)),
    pages: sum(report.scripts.map((s) => s.pages)),
  };
}

const hasSingle = (dir: string) => SCRIPT_SEGMENTS.every((script) => existsSync(join(siteFolder(dir), SINGLE_FOLDER, script, 'pagefind-entry.json')));

/** Pagefind's own runtime and UI files in a bundle folder: not the index. */
const RUNTIME = /[\\/](?:pagefind(?:-[a-z-]+)?\.(?:js|css)|wasm\.[a-z-]+\.pagefind)$/;

function indexSizes(dir: string): NonNullable<SizeState['sizes']> {
  const site = siteFolder(dir);
  const sizes: NonNullable<SizeState['sizes']> = {};
  for (const script of SCRIPT_SEGMENTS) {
    const folder = join(site, 'pagefind', script);
    const routing = folderFiles(join(folder, 'routes'));
    const periodsFile = join(folder, 'periods.json');
    const periods = (JSON.parse(readFileSync(periodsFile, 'utf8')) as { periods: unknown[] }).periods.length;
    const all = folderFiles(folder, (path) => !path.endsWith('pagefind-worker.js'));
    const single = hasSingle(dir) ? folderFiles(join(site, SINGLE_FOLDER, script), (path) => !RUNTIME.test(path)) : undefined;
    sizes[script] = { routing: { files: routing.files + 1, bytes: routing.bytes + folderFiles(folder, (p) => p === periodsFile).bytes }, periods, partitioned: { files: all.files - routing.files - 1, bytes: all.bytes - routing.bytes }, ...(single ? { single } : {}) };
  }
  return sizes;
}

function readAllTexts(dir: string): Record<ScriptSegment, WrittenArticle[]> {
  return { 'zh-hans': readTexts(dir, 'zh-hans'), 'zh-hant': readTexts(dir, 'zh-hant') };
}

/**
 * The bench's queries, typed in each tree's own script: a common word (发展), the staff name in
 * fewest articles (a rare name), a phrase of 5 characters (太湖美术馆), a word that is nowhere (熊猫).
 */
function benchQueries(dir: string, archive: SyntheticArchive): Record<string, BenchQuery[]> {
  const texts = readTexts(dir, 'zh-hans');
  const count = (phrase: string) => texts.reduce((n, a) => n + (a.text.includes(phrase) ? 1 : 0), 0);
  const names = archive.personNames.filter((name) => [...name].length === 3).map((name) => [name, count(name)] as const).filter(([, n]) => n > 0);
  const [rare] = [...names].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  const converter = createConverter({ variant: 'tw', personNames: archive.personNames });
  const hans: BenchQuery[] = [
    { what: 'common word', query: '发展' },
    { what: 'rare name', query: rare },
    { what: 'phrase', query: '太湖美术馆' },
    { what: 'absent word', query: '熊猫' },
  ];
  return { 'zh-hans': hans, 'zh-hant': hans.map((q) => ({ ...q, query: converter.toTraditional(q.query) })) };
}

export async function measureQuality(
  siteDir: string,
  texts: Record<ScriptSegment, WrittenArticle[]>,
  personNames: readonly string[],
  perKind: number,
  seed: string,
  withSingle: boolean,
  log: (line: string) => void = () => {},
  trees: readonly ScriptSegment[] = SCRIPT_SEGMENTS,
): Promise<NonNullable<SizeState['quality']>> {
  const converter = createConverter({ variant: 'tw', personNames });
  const names: Array<[string, string]> = personNames.map((name) => [name, converter.toTraditional(name)]);
  const maps = queryMapsOf(texts['zh-hans'], texts['zh-hant'], names);
  const convert = queryConverter(maps);
  const phrases = SCRIPT_SEGMENTS.flatMap((script) => samplePhrases(texts[script], script, names.map(([s, t]) => (script === 'zh-hans' ? s : t)), perKind, seed));
  const out: NonNullable<SizeState['quality']> = {};
  for (const design of withSingle ? (['partitioned', 'single'] as const) : (['partitioned'] as const)) {
    for (const tree of trees) {
      const search: NodeSearch = design === 'single' ? await singleNodeSearch(siteDir, tree) : await partitionedNodeSearch(siteDir, tree);
      const started = performance.now();
      const outcomes = await evaluate(phrases, tree, texts, (query) => search.urls(query), convert);
      for (const typedIn of SCRIPT_SEGMENTS) {
        const mine = outcomes.filter((o) => o.typedIn === typedIn);
        const { misses, ...summary } = summarize(mine);
        const byKind = Object.fromEntries(PHRASE_KINDS.map((kind) => {
          const { misses: _, ...s } = summarize(mine.filter((o) => o.kind === kind));
          return [kind, s];
        }));
        out[`${design} ${tree} typed-in ${typedIn}`] = { summary, byKind, misses: misses.slice(0, 12) };
        log(`    ${design} ${tree} typed in ${typedIn}: recall ${(summary.recall * 100).toFixed(2)} %, first page ${(summary.precisionFirstPage * 100).toFixed(1)} % (${summary.phrases} phrases, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Report

function writeReport(options: SearchBenchOptions): void {
  const date = new Date().toISOString().slice(0, 10);
  const machine = { cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), cpu: cpus()[0]?.model ?? 'unknown', node: process.version };
  const sizes = options.sizes.map((size) => ({ size, state: readState(folderOf(options, size)) })).filter((s): s is { size: number; state: SizeState } => s.state !== undefined);
  if (sizes.length === 0) return;
  const results = join(options.root, 'bench', 'results');
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, `${date}-search.json`), `${JSON.stringify({ date, machine, runs: options.runs, seed: options.seed, sizes: sizes.map((s) => s.state) }, null, 2)}\n`);
  const readmePath = join(options.root, 'bench', 'README.md');
  const section = searchSection(date, machine, options, sizes.map((s) => s.state));
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf('\n## Search-only bench');
  const kept = start < 0 ? readme.trimEnd() : readme.slice(0, start).trimEnd();
  writeFileSync(readmePath, `${kept}\n\n${section}`);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
const n = (value: number) => value.toLocaleString('en');
const pct = (value: number) => `${(value * 100).toFixed(2)} %`;

function timingCell(state: SizeState, design: Design, script: string, what: string, condition: string): string {
  const t = state.browser?.timings.find((x) => x.design === design && x.script === script && x.what === what && x.condition === condition);
  if (!t) return '–';
  return `${t.ms} ms, ${kb(t.gzipBytes)}${t.errors.length > 0 ? ' (error)' : ''}`;
}

function searchSection(date: string, machine: { cores: number; memoryGB: number; cpu: string; node: string }, options: SearchBenchOptions, states: SizeState[]): string {
  const lines: string[] = [];
  lines.push(`## Search-only bench (${date}; ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.cpu}, Node ${machine.node}, headless Chromium)`);
  lines.push('');
  lines.push(
    `\`npm run bench -- --search-only --articles ${options.sizes.join(',')}\` (src/lib/bench/search-bench.ts): synthetic archives (seed ${options.seed}) written as article pages with the real article page's Pagefind markup, in both scripts, without the Astro build; then **single** (one Pagefind index per script, the current design) and **partitioned** (\`buildPartitionedIndex\`: one index per month per script and the routing table) over the same pages. Browser figures are medians of ${options.runs} runs; "first results" is the search answered and the first page's fragments (≤ 10) loaded; cold is a fresh context from navigation start, warm the next query in the same page, link the same through Chromium's emulated 60 ms / 8 Mbit/s link. Bytes are gzip, everything the server sent (the bench page and its ${states[0]?.browser ? kb(states[0].browser.benchScriptBytes) : '?'} script included).`,
  );
  lines.push('');
  lines.push('### Against the targets (worst case over the four queries and both trees)');
  lines.push('');
  lines.push('Targets: cold first results < 300 KB and < 1 s at 50k and 250k; warm < 250 ms; emulated link < 1.5 s; recall ≥ 99.5 % (phrases typed in the tree\'s own script). Index size and files per article count both scripts.');
  lines.push('');
  lines.push('| articles | design | cold | warm | cold, link | recall (min over trees) | first-page precision | full index | +1 day | index / article |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const s of states) {
    for (const design of ['single', 'partitioned'] as const) {
      const t = (condition: string) => (s.browser?.timings ?? []).filter((x) => x.design === design && x.condition === condition);
      const worst = (condition: string) => {
        const list = t(condition);
        return list.length === 0 ? '–' : `${Math.max(...list.map((x) => x.ms))} ms, ${kb(Math.max(...list.map((x) => x.gzipBytes)))}`;
      };
      const own = Object.entries(s.quality ?? {}).filter(([label]) => label.startsWith(`${design} `) && label.split(' ')[1] === label.split(' ')[3]).map(([, q]) => q.summary);
      const sizes = Object.values(s.sizes ?? {});
      const bytes = design === 'single' ? sum(sizes.map((z) => z.single?.bytes ?? 0)) : sum(sizes.map((z) => z.partitioned.bytes + z.routing.bytes));
      const files = design === 'single' ? sum(sizes.map((z) => z.single?.files ?? 0)) : sum(sizes.map((z) => z.partitioned.files + z.routing.files));
      const single = s.single && !('skipped' in s.single) ? (s.single as Record<string, { seconds: number }>) : undefined;
      const built = design === 'partitioned' || single !== undefined;
      const fullIndex = design === 'single' ? (single ? `${sum(Object.values(single).map((r) => r.seconds)).toFixed(0)} s` : 'not built') : `${sum((s.partitioned?.runs ?? []).map((r) => r.seconds)).toFixed(0)} s`;
      const addDay = design === 'single' ? (single ? `${sum(Object.values(single).map((r) => r.seconds)).toFixed(0)} s (all again)` : '–') : s.addDay ? `${s.addDay.seconds.toFixed(0)} s` : '–';
      lines.push(
        `| ${n(s.articles)} | ${design} | ${built ? worst('cold') : '–'} | ${built ? worst('warm') : '–'} | ${built ? worst('cold-link') : '–'} | ${own.length ? pct(Math.min(...own.map((q) => q.recall))) : '–'} | ${own.length ? pct(Math.min(...own.map((q) => q.precisionFirstPage))) : '–'} | ${fullIndex} | ${addDay} | ${bytes ? `${kb(bytes / s.articles)}, ${(files / s.articles).toFixed(2)} files` : '–'} |`,
      );
    }
  }
  lines.push('');
  lines.push('### Indexing');
  lines.push('');
  lines.push('| articles | periods (per script) | partitioned: full index | +1 day\'s issue | Pagefind peak | single: index (both scripts) | Pagefind peak |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const s of states) {
    const runs = s.partitioned?.runs ?? [];
    const full = sum(runs.map((r) => r.seconds));
    const single = s.single && !('skipped' in s.single) ? (s.single as Record<string, { seconds: number; pagefindPeakMB: number }>) : undefined;
    const singleCell = single ? `${sum(Object.values(single).map((r) => r.seconds)).toFixed(1)} s` : s.single && 'skipped' in s.single ? 'not built' : '–';
    const periods = s.sizes ? Object.values(s.sizes).map((x) => x.periods).join(' / ') : '–';
    lines.push(
      `| ${n(s.articles)} | ${periods} | ${full.toFixed(1)} s${runs.length > 1 ? ` (in ${runs.length} turns)` : ''} | ${s.addDay ? `${s.addDay.seconds} s (${s.addDay.indexed} periods indexed, ${s.addDay.reused} reused)` : '–'} | ${runs.length ? `${Math.max(...runs.map((r) => r.pagefindPeakMB))} MB` : '–'} | ${singleCell} | ${single ? `${Math.max(...Object.values(single).map((r) => r.pagefindPeakMB))} MB` : '–'} |`,
    );
  }
  lines.push('');
  lines.push('### Index size (per script)');
  lines.push('');
  lines.push('| articles | tree | routing table | partitioned index | per article | single index | per article |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const s of states) {
    for (const [script, z] of Object.entries(s.sizes ?? {})) {
      const per = s.articles;
      lines.push(
        `| ${n(s.articles)} | ${script} | ${(z.routing.bytes / 2 ** 20).toFixed(1)} MB, ${n(z.routing.files)} files | ${(z.partitioned.bytes / 2 ** 20).toFixed(1)} MB, ${n(z.partitioned.files)} files | ${kb(z.partitioned.bytes / per)}, ${(z.partitioned.files / per).toFixed(2)} files | ${z.single ? `${(z.single.bytes / 2 ** 20).toFixed(1)} MB, ${n(z.single.files)} files` : '–'} | ${z.single ? `${kb(z.single.bytes / per)}, ${(z.single.files / per).toFixed(2)} files` : '–'} |`,
      );
    }
  }
  lines.push('');
  lines.push('### First results in Chromium (time, gzip bytes; median)');
  lines.push('');
  lines.push('| articles | tree | query | single cold | partitioned cold | single warm | partitioned warm | single link | partitioned link |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const s of states) {
    for (const [script, queries] of Object.entries(s.queries ?? {})) {
      for (const q of queries) {
        lines.push(
          `| ${n(s.articles)} | ${script} | ${q.what}: ${q.query} | ${timingCell(s, 'single', script, q.what, 'cold')} | **${timingCell(s, 'partitioned', script, q.what, 'cold')}** | ${timingCell(s, 'single', script, q.what, 'warm')} | **${timingCell(s, 'partitioned', script, q.what, 'warm')}** | ${timingCell(s, 'single', script, q.what, 'cold-link')} | **${timingCell(s, 'partitioned', script, q.what, 'cold-link')}** |`,
        );
      }
    }
  }
  lines.push('');
  lines.push('### Where the bytes of a cold search go (zh-hans, gzip KB: page / runtime / routing / entry+meta / index chunks / fragments)');
  lines.push('');
  lines.push('| articles | query | single | partitioned |');
  lines.push('| --- | --- | --- | --- |');
  const kinds = ['page', 'runtime', 'routing', 'meta', 'index', 'fragment'];
  for (const s of states) {
    for (const q of s.queries?.['zh-hans'] ?? []) {
      const cell = (design: Design) => {
        const t = s.browser?.timings.find((x) => x.design === design && x.script === 'zh-hans' && x.what === q.what && x.condition === 'cold');
        return t ? kinds.map((k) => ((t.byKind?.[k] ?? 0) / 1024).toFixed(0)).join(' / ') + (t.periods !== undefined ? ` (${t.periods} period${t.periods === 1 ? '' : 's'} searched)` : '') : '–';
      };
      lines.push(`| ${n(s.articles)} | ${q.what}: ${q.query} | ${cell('single')} | ${cell('partitioned')} |`);
    }
  }
  lines.push('');
  lines.push('### Search quality (sampled phrases; recall over all results, precision of the first page of 10)');
  lines.push('');
  lines.push('| articles | design | tree | typed in | phrases | recall | phrases fully found | first-page precision | recall by kind (name / number / word / run) |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const s of states) {
    for (const [label, q] of Object.entries(s.quality ?? {})) {
      const [design, tree, , typedIn] = label.split(' ');
      lines.push(
        `| ${n(s.articles)} | ${design} | ${tree} | ${typedIn} | ${q.summary.phrases} | ${pct(q.summary.recall)} | ${pct(q.summary.phrasesFullyRecalled)} | ${pct(q.summary.precisionFirstPage)} | ${PHRASE_KINDS.map((k) => (q.byKind[k] ? pct(q.byKind[k].recall) : '–')).join(' / ')} |`,
      );
    }
  }
  lines.push('');
  return `${lines.join('\n')}\n`;
}

/** Deletes a size's work folder (pages, indexes, caches). */
export function cleanSize(work: string, size: number): void {
  rmSync(join(work, `a${size}`), { recursive: true, force: true });
}
