/**
 * `npm run bench`: performance measured in one run on this machine, medians of --runs (≥ 3).
 *
 * - Without --articles: search on the built sample site in Chromium (run `npm run build` first).
 * - `--articles 1000,10000[,50000]`: for each size, a synthetic archive (scripts/synth.ts) built
 *   the way `npm run build` builds (ingest, then astro build, which runs Pagefind and the offline
 *   step at its end): time of each step, peak memory of each process, dist and index size, pages
 *   per second, page weights, cold and warm search in Chromium, a rebuild after adding one day's
 *   issue, and the same corpus through a plain Astro baseline (src/lib/bench/baseline.ts),
 *   reported as a ratio.
 *
 * - `--search-only --articles 10000,50000,250000`: the search bench of issue 13 without the Astro
 *   build (src/lib/bench/search-bench.ts): synthetic article pages, the single and the
 *   partitioned index over them, first results in Chromium and recall of sampled phrases.
 *   `--phase pages,partitioned,…` runs some phases only, `--budget M` bounds the pages phase.
 *
 * Results go to bench/results/<date>.json and bench/README.md.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IssuesDocument } from '../src/lib/data-export/api-json.ts';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaselineProject } from '../src/lib/bench/baseline.ts';
import { holdBackNewestIssue } from '../src/lib/bench/hold-back.ts';
import { runBaselineBuild, runPipeline, type PipelineRun } from '../src/lib/bench/pipeline.ts';
import { measureSearch, TrafficLog, type SearchMeasurement } from '../src/lib/bench/search-timing.ts';
import { folderSize, largestPage, monthSizes, pageWeight, periodSaveSizes, type PageWeight, type PeriodSaveSizes } from '../src/lib/bench/site-size.ts';
import type { OfflineParts } from '../src/lib/offline/save-ledger.ts';
import { BY_PERIOD_CHOICES, type ByPeriodChoice } from '../src/lib/build/choose.ts';
import { formatBytes, median } from '../src/lib/bench/stats.ts';
import { launchChromium } from '../src/lib/dev/chromium.ts';
import { serveStatic } from '../src/lib/dev/static-server.ts';
import { runMeasured } from '../src/lib/bench/measure.ts';
import { PHASES, runSearchBench, type Phase } from '../src/lib/bench/search-bench.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    dist: { type: 'string', default: 'dist' },
    articles: { type: 'string' },
    seed: { type: 'string', default: '1' },
    work: { type: 'string' },
    'no-baseline': { type: 'boolean', default: false },
    'search-only': { type: 'boolean', default: false },
    phase: { type: 'string' },
    budget: { type: 'string', default: 'Infinity' },
    'single-max': { type: 'string', default: '60000' },
    phrases: { type: 'string', default: '25' },
    link: { type: 'string', default: 'both' },
    trees: { type: 'string', default: 'zh-hans,zh-hant' },
    'by-period': { type: 'string', default: 'auto' },
  },
});
// Medians need at least 3 runs; a single run (--runs 1) is for sizes measured by hand, and says so.
const runs = Math.max(1, Number(values.runs));
const byPeriod = values['by-period'] as ByPeriodChoice;
if (!BY_PERIOD_CHOICES.includes(byPeriod)) {
  console.error(`error: --by-period takes ${BY_PERIOD_CHOICES.join(', ')}`);
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const machine = { cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), cpu: cpus()[0]?.model ?? 'unknown', node: process.version };
const date = new Date().toISOString().slice(0, 10);

interface SearchRow {
  tree: string;
  search: string;
  bytes: number;
  gzipBytes: number;
  searchGzipBytes: number;
  requests: number;
  msToFirstResult: number;
}

async function searchRows(dist: string, queries: Array<{ script: string; cold: string; warm: string }>): Promise<SearchRow[]> {
  const traffic = new TrafficLog();
  const site = await serveStatic(dist, '/', { onServe: traffic.record });
  const browser = await launchChromium();
  const rows: SearchRow[] = [];
  try {
    for (const query of queries) {
      const samples: SearchMeasurement[] = [];
      for (let i = 0; i < runs; i++) samples.push(await measureSearch(browser, traffic, `${site.url}${query.script}/search/`, query.cold, query.warm));
      for (const kind of ['cold', 'warm'] as const) {
        rows.push({
          tree: query.script,
          search: `${kind}: ${kind === 'cold' ? query.cold : query.warm}`,
          bytes: median(samples.map((s) => s[kind].bytes)),
          gzipBytes: median(samples.map((s) => s[kind].gzipBytes)),
          searchGzipBytes: median(samples.map((s) => s[kind].searchGzipBytes)),
          requests: median(samples.map((s) => s[kind].requests)),
          msToFirstResult: Math.round(median(samples.map((s) => s[kind].msToFirstResult))),
        });
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return rows;
}

const QUERIES = [
  { script: 'zh-hans', cold: '发展', warm: '签约' },
  { script: 'zh-hant', cold: '发展', warm: '簽約' },
];

const searchTable = (rows: SearchRow[]) =>
  [
    '| tree | search | requests | fetched | fetched, gzip | of which search files, gzip | first result |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.tree} | ${r.search} | ${r.requests} | ${formatBytes(r.bytes)} | ${formatBytes(r.gzipBytes)} | ${formatBytes(r.searchGzipBytes)} | ${r.msToFirstResult} ms |`),
  ].join('\n');

async function sampleSearch(): Promise<void> {
  const dist = resolve(values.dist);
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
    console.error(`error: ${values.dist}/ has no search index; run \`npm run build\` first`);
    process.exit(2);
  }
  const rows = await searchRows(dist, QUERIES);
  const result = { date, machine, runs, search: rows };
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', `${date}-sample.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(searchTable(rows));
}

interface SizeResult {
  articles: number;
  issues: number;
  htmlPages: number;
  /** `astro` is the astro build less Pagefind and offline; `astroPeakMB` the peak of the whole astro build process (Pagefind's native indexer not counted). */
  full: { ingest: number; astro: number; astroPeakMB: number; pagefind: number; offline: number; total: number; peakMB: number };
  rebuild: { date: string; total: number; astro: number; ratioToFull: number; peakMB: number; pages?: number; pagefind: number; offline: number };
  /** Built by period (one astro build per period and a hub), or as one astro build. */
  design: 'by period' | 'one build';
  /** A build by period's pages: period builds (up to two at once), hub, assembly; the largest process's peak. */
  byPeriod?: { periods: number; hub: number; assembly: number; builtPeriods: number };
  peaks: Record<string, number>;
  filesPerArticle: number;
  largestPage: { path: string; bytes: number };
  months: { count: number; largest: { month: string; files: number; bytes: number }; medianBytes: number };
  baseline?: { astro: number; astroPeakMB: number; pages: number; ratio: number; perPageRatio: number };
  pagesPerSecond: number;
  dist: { files: number; bytes: number };
  searchIndex: { files: number; bytes: number };
  offlineDownload: Record<string, { files: number; bytes: number }>;
  /** Saving one period (a month) for offline, per script, the base included in the figures shown. */
  offlinePeriods?: Record<string, PeriodSaveSizes>;
  bytesPerArticle: number;
  weights: Record<string, PageWeight>;
  search: SearchRow[];
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const seconds = (value: number) => Math.round(value * 10) / 10;

async function measureSize(articles: number, work: string): Promise<SizeResult> {
  const dir = join(work, `a${articles}`);
  rmSync(dir, { recursive: true, force: true });
  const seeds = join(dir, 'seeds');
  const synth = await runMeasured([join(root, 'scripts', 'synth.ts'), '--articles', String(articles), '--seed', values.seed, '--out', seeds], { cwd: root });
  if (synth.status !== 0) throw new Error(`synth failed:\n${synth.tail}`);
  rmSync(join(seeds, 'synth-expected.json'));
  const heldBack = holdBackNewestIssue(seeds, join(dir, 'spare'));

  const fulls: PipelineRun[] = [];
  for (let i = 0; i < runs; i++) {
    for (const folder of ['content', 'dist', 'cache']) rmSync(join(dir, folder), { recursive: true, force: true });
    console.log(`  ${articles} articles: full build ${i + 1}/${runs}`);
    fulls.push(await runPipeline({ root, seeds, content: join(dir, 'content'), dist: join(dir, 'dist'), cache: join(dir, 'cache'), byPeriod }));
  }
  // One more day's pages on the last full build, with its content and caches kept.
  heldBack.restore();
  console.log(`  ${articles} articles: rebuild with ${heldBack.date} added`);
  const rebuild = await runPipeline({ root, seeds, content: join(dir, 'content'), dist: join(dir, 'dist'), cache: join(dir, 'cache'), byPeriod });

  const dist = join(dir, 'dist');
  const index = JSON.parse(readFileSync(join(dist, 'api', 'issues.json'), 'utf8')) as IssuesDocument;
  const totalArticles = index.counts.articles;
  const htmlPages = htmlPageCount(dist);
  const [y, m, d] = index.years.at(-1)!.to.split('-');
  const weights: Record<string, PageWeight> = {};
  for (const script of ['zh-hans', 'zh-hant']) {
    weights[`${script} article`] = pageWeight(dist, '/', `/${script}/${y}/${m}/${d}/1/`);
    weights[`${script} issue`] = pageWeight(dist, '/', `/${script}/${y}/${m}/${d}/`);
    weights[`${script} home`] = pageWeight(dist, '/', `/${script}/`);
  }
  const offlineDownload: SizeResult['offlineDownload'] = {};
  const offlinePeriods: Record<string, PeriodSaveSizes> = {};
  for (const script of ['zh-hans', 'zh-hant']) {
    const list = JSON.parse(readFileSync(join(dist, 'offline', `${script}.json`), 'utf8')) as { files: number; bytes: number };
    offlineDownload[script] = { files: list.files, bytes: list.bytes };
    offlinePeriods[script] = periodSaveSizes(JSON.parse(readFileSync(join(dist, 'offline', script, 'parts.json'), 'utf8')) as OfflineParts);
  }
  console.log(`  ${articles} articles: search in Chromium`);
  const search = await searchRows(dist, QUERIES);

  const median1 = (pick: (run: PipelineRun) => number) => median(fulls.map(pick));
  const fullTotal = median1((r) => r.totalSeconds);
  const fullAstro = median1((r) => r.astro.seconds);
  const distSize = folderSize(dist);
  const result: SizeResult = {
    articles: totalArticles,
    issues: index.counts.issues,
    htmlPages,
    full: {
      ingest: seconds(median1((r) => r.ingest.seconds)),
      astro: seconds(fullAstro),
      astroPeakMB: mb(median1((r) => r.build.peakRssBytes)),
      pagefind: seconds(median1((r) => r.pagefind.seconds)),
      offline: seconds(median1((r) => r.offline.seconds)),
      total: seconds(fullTotal),
      peakMB: mb(median1((r) => Math.max(r.ingest.peakRssBytes, r.build.peakRssBytes))),
    },
    rebuild: {
      date: heldBack.date,
      total: seconds(rebuild.totalSeconds),
      astro: seconds(rebuild.astro.seconds),
      ratioToFull: Math.round((rebuild.totalSeconds / fullTotal) * 100) / 100,
      peakMB: mb(rebuild.build.peakRssBytes),
      pagefind: seconds(rebuild.pagefind.seconds),
      offline: seconds(rebuild.offline.seconds),
    },
    design: fulls.at(-1)!.byPeriod ? 'by period' : 'one build',
    ...(fulls.at(-1)!.byPeriod
      ? {
          byPeriod: {
            periods: seconds(median1((r) => r.byPeriod!.seconds.periods)),
            hub: seconds(median1((r) => r.byPeriod!.seconds.hub)),
            assembly: seconds(median1((r) => r.byPeriod!.seconds.assembly)),
            builtPeriods: fulls.at(-1)!.byPeriod!.periods,
          },
        }
      : {}),
    peaks: Object.fromEntries(Object.entries(fulls.at(-1)!.build.peaks).map(([name, bytes]) => [name, mb(bytes)])),
    filesPerArticle: Math.round((distSize.files / totalArticles) * 100) / 100,
    largestPage: largestPage(dist),
    months: monthSummary(monthSizes(dist)),
    pagesPerSecond: Math.round(htmlPages / fullAstro),
    dist: distSize,
    searchIndex: folderSize(join(dist, 'pagefind')),
    offlineDownload,
    offlinePeriods,
    bytesPerArticle: Math.round(distSize.bytes / totalArticles),
    weights,
    search,
  };

  if (!values['no-baseline']) {
    const project = join(root, 'node_modules', '.cache', 'wujin-bench-baseline');
    writeBaselineProject(project, join(dir, 'content'));
    const baselineRuns = [];
    for (let i = 0; i < runs; i++) {
      console.log(`  ${articles} articles: baseline build ${i + 1}/${runs}`);
      rmSync(join(project, 'node_modules'), { recursive: true, force: true });
      rmSync(join(project, '.astro'), { recursive: true, force: true });
      baselineRuns.push(await runBaselineBuild(root, project, join(dir, 'baseline-dist')));
    }
    const baselinePages = htmlPageCount(join(dir, 'baseline-dist'));
    const baselineAstro = median(baselineRuns.map((r) => r.seconds));
    result.baseline = {
      astro: seconds(baselineAstro),
      astroPeakMB: mb(median(baselineRuns.map((r) => r.peakRssBytes))),
      pages: baselinePages,
      ratio: Math.round((fullAstro / baselineAstro) * 100) / 100,
      perPageRatio: Math.round((fullAstro / htmlPages / (baselineAstro / baselinePages)) * 100) / 100,
    };
    rmSync(project, { recursive: true, force: true });
  }
  return result;
}

function monthSummary(months: Map<string, { files: number; bytes: number }>): SizeResult['months'] {
  const entries = [...months];
  const [month, largest] = entries.reduce((a, b) => (b[1].bytes > a[1].bytes ? b : a));
  return { count: entries.length, largest: { month, ...largest }, medianBytes: median(entries.map(([, size]) => size.bytes)) };
}

function htmlPageCount(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function scaleReadme(results: SizeResult[]): string {
  const rows = results.map((r) => {
    const b = r.baseline;
    return `| ${r.articles.toLocaleString('en')} | ${r.htmlPages.toLocaleString('en')} | ${r.full.ingest} s | ${r.full.astro} s | ${r.full.astroPeakMB} MB | ${r.full.pagefind} s | ${r.full.offline} s | **${r.full.total} s** | ${r.pagesPerSecond} | ${r.rebuild.total} s (${Math.round(r.rebuild.ratioToFull * 100)} %) | ${(r.dist.bytes / 2 ** 20).toFixed(0)} MB / ${r.dist.files.toLocaleString('en')} files | ${(r.searchIndex.bytes / 2 ** 20).toFixed(1)} MB | ${kb(r.bytesPerArticle)} | ${b ? `${b.astro} s, ${b.astroPeakMB} MB (×${b.ratio}; per page ×${b.perPageRatio})` : '–'} |`;
  });
  const weights = results.flatMap((r) =>
    Object.entries(r.weights).map(([page, w]) => `| ${r.articles.toLocaleString('en')} | ${page} | ${kb(w.htmlGzip)} | ${kb(w.cssGzip)} | **${kb(w.readingGzip)}** | ${kb(w.jsGzip)} |`),
  );
  const searches = results.flatMap((r) => r.search.map((s) => `| ${r.articles.toLocaleString('en')} | ${s.tree} | ${s.search} | ${s.requests} | ${formatBytes(s.gzipBytes)} | ${s.msToFirstResult} ms |`));
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  const offline = results.map(
    (r) =>
      `| ${r.articles.toLocaleString('en')} | ${Object.entries(r.offlineDownload).map(([script, o]) => `${script}: ${o.files.toLocaleString('en')} files, ${mib(o.bytes)}`).join('; ')} | ${Object.entries(r.offlinePeriods ?? {}).map(([script, p]) => `${script}: median ${mib(p.medianBytes + p.baseBytes)}, largest ${p.largest.id} ${mib(p.largest.bytes + p.baseBytes)} (base ${mib(p.baseBytes)}, ${p.periods} months)`).join('; ') || '–'} |`,
  );
  const designs = results.map(
    (r) =>
      `| ${r.articles.toLocaleString('en')} | ${r.design} | **${r.full.total} s** | ${r.full.peakMB} MB | **${r.rebuild.total} s** (${Math.round(r.rebuild.ratioToFull * 100)} %), ${r.rebuild.peakMB} MB | ${r.byPeriod ? `${r.byPeriod.periods} s / ${r.byPeriod.hub} s / ${r.byPeriod.assembly} s` : `${r.full.astro} s (one build)`} | ${r.full.pagefind} s / ${r.full.offline} s | ${(r.dist.bytes / 2 ** 20).toFixed(0)} MB, ${r.dist.files.toLocaleString('en')} files | **${kb(r.bytesPerArticle)}, ${r.filesPerArticle}** | ${kb(r.largestPage.bytes)} (${r.largestPage.path}) | ${r.months.count} months: median ${(r.months.medianBytes / 2 ** 20).toFixed(1)} MB, largest ${r.months.largest.month} ${(r.months.largest.bytes / 2 ** 20).toFixed(1)} MB / ${r.months.largest.files.toLocaleString('en')} files |`,
  );
  return [
    `## Builds (${date}; ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.cpu}, Node ${machine.node})`,
    '',
    `\`npm run bench -- --articles ${results.map((r) => r.articles).join(',')} --by-period ${byPeriod}\`. Full build: ingest and build from empty caches${runs === 1 ? ', a single run' : `, median of ${runs}`}; peak: the largest process of the build (Node; Pagefind's native indexer not counted); +1 issue: the newest day's pages added to the last full build, caches kept. Pages: period builds (two at once) / hub / assembly. Bytes and files per article: the whole dist over the articles, both scripts, every feature. Months: what each month's issues weigh in dist (pages, API and oEmbed files, search index).`,
    '',
    '| articles | design | full build | peak | +1 issue rebuild, peak | pages: periods / hub / assembly | Pagefind / offline | dist | bytes, files / article | largest page | per month |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...designs,
    '',
    `## Scale (${date}; ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.cpu}, Node ${machine.node})`,
    '',
    `Synthetic archives from \`npm run synth\` (seed ${values.seed}), built as \`npm run build\` builds. Build figures are ${runs === 1 ? 'from a single full build (measured by hand; not a median)' : `medians of ${runs} full builds`} from empty caches; the rebuild adds the newest issue's pages to the last full build and runs the whole pipeline again (caches kept). Pagefind and offline run at the end of \`astro build\` (its archive-build integration), which times them; the astro build column is the rest of that process (pages, assets, sitemap), so the steps add up to the total. Peak memory is the Node process's maximum resident set: astro peak is the whole \`astro build\` process's, offline step included (Pagefind indexes in a native process of its own, not counted). The baseline is the plain Astro setup of \`src/lib/bench/baseline.ts\` (one MDX page per article, Simplified only, no search) over the same content; ratios are this project's astro build column over the baseline's \`astro build\` time.`,
    '',
    '| articles | HTML pages | ingest | astro build | astro peak | Pagefind | offline | total | pages/s | +1 issue rebuild | dist | search index | bytes / article | baseline astro build |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '### Page weight (gzip, as a static host sends it)',
    '',
    'Reading needs HTML and CSS only; the scripts (service worker registration, toggle memory, copy buttons, dialogs) are optional.',
    '',
    '| articles | page | HTML | CSS | HTML + CSS | JS (optional) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...weights,
    '',
    '### Search in headless Chromium',
    '',
    '| articles | tree | search | requests | fetched, gzip | first result |',
    '| --- | --- | --- | --- | --- | --- |',
    ...searches,
    '',
    '### Save for offline (one script)',
    '',
    '| articles | the whole script | one month with the base it needs |',
    '| --- | --- | --- |',
    ...offline,
    '',
  ].join('\n');
}

async function scale(): Promise<void> {
  const sizes = values.articles!.split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
  if (sizes.length === 0) {
    console.error('error: --articles takes sizes such as 1000,10000');
    process.exit(2);
  }
  const work = resolve(values.work ?? join(tmpdir(), 'wujin-bench'));
  const results: SizeResult[] = [];
  for (const size of sizes) {
    console.log(`${size} articles…`);
    results.push(await measureSize(size, work));
    console.log(JSON.stringify(results.at(-1)!.full));
  }
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  const name = `${date}-scale-${sizes.join('-')}`;
  writeFileSync(join(root, 'bench', 'results', `${name}.json`), `${JSON.stringify({ date, machine, runs, seed: values.seed, results }, null, 2)}\n`);
  const readme = scaleReadme(results);
  writeFileSync(join(root, 'bench', 'results', `${name}.md`), readme);
  console.log(readme);
}

async function searchOnly(): Promise<void> {
  const sizes = (values.articles ?? '').split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
  const phases = (values.phase ? values.phase.split(',').map((p) => p.trim()) : [...PHASES]) as Phase[];
  // `--phase report` only writes the report from the sizes' saved results.
  const unknown = phases.filter((p) => !(PHASES as readonly string[]).includes(p) && (p as string) !== 'report');
  if (sizes.length === 0 || unknown.length > 0 || !['both', 'without', 'only'].includes(values.link)) {
    console.error(`error: --search-only takes --articles such as 10000,50000, --phase among ${PHASES.join(', ')}${unknown.length ? ` (not ${unknown.join(', ')})` : ''} and --link both|without|only`);
    process.exit(2);
  }
  await runSearchBench({
    root,
    work: resolve(values.work ?? join(tmpdir(), 'wujin-search-bench')),
    sizes,
    seed: values.seed,
    runs,
    phases: phases.filter((p) => p !== ('report' as string)),
    budgetMinutes: Number(values.budget),
    singleMax: Number(values['single-max']),
    phrases: Number(values.phrases),
    link: values.link as 'both' | 'without' | 'only',
    trees: values.trees.split(',').map((t) => t.trim()).filter((t): t is 'zh-hans' | 'zh-hant' => t === 'zh-hans' || t === 'zh-hant'),
    log: (line) => console.log(line),
  });
}

if (values['search-only']) await searchOnly();
else if (values.articles) await scale();
else await sampleSearch();
