/**
 * The search bench in headless Chromium: the bench page (search-page/bench-page.ts, bundled with
 * esbuild into `<site>/bench/`) searches one design in one script; the static server counts what
 * it sends (TrafficLog, gzip sizes as GitHub Pages sends them).
 *
 * - cold: a fresh browser context (empty cache) opens the page with the query; time from
 *   navigation start to the first results shown (search answered, first page's fragments loaded).
 * - warm: the next query typed into that same page; time from the call to the first results.
 * - link: the same with Chromium's network emulation (CDP Network.emulateNetworkConditions),
 *   60 ms latency and 8 Mbit/s both ways.
 * The server answers as GitHub Pages does: text files gzip-compressed, `Cache-Control: max-age=600`
 * with validators (so the shared wasm, fetched once per period instance, comes from the cache).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SCRIPTS, type ScriptSegment } from '../archive/scripts.ts';
import { launchChromium } from '../dev/chromium.ts';
import { serveStatic, type ServedFile } from '../dev/static-server.ts';
import type { BenchAnswer } from './search-page/bench-page.ts';
import { TrafficLog } from './search-timing.ts';
import { median } from './stats.ts';

export type Design = 'partitioned' | 'single';
export type Condition = 'cold' | 'warm' | 'cold-link' | 'warm-link';
export type LinkMode = 'both' | 'without' | 'only';

export interface BenchQuery {
  /** common, rare name, phrase, absent */
  what: string;
  query: string;
}

export interface SearchTiming {
  design: Design;
  script: ScriptSegment;
  what: string;
  query: string;
  condition: Condition;
  /** Medians over the runs. */
  ms: number;
  gzipBytes: number;
  /** Of which the search's own files (Pagefind runtime, index, routing table): not the bench page or its script. */
  searchGzipBytes: number;
  requests: number;
  /** Gzip bytes by kind of file (median of each): page, runtime, routing, meta, index, filter, fragment. */
  byKind: Record<string, number>;
  /** Results shown first (partitioned: so far), and how many periods were searched for them. */
  results: number;
  complete: boolean;
  periods?: number;
  samples: number[];
  errors: string[];
}

/** Bundles the bench page into `<site>/bench/` (one page per script). Returns the bundle's size. */
export async function writeBenchPage(siteDir: string): Promise<number> {
  const out = join(siteDir, 'bench');
  mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: [new URL('./search-page/bench-page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const bundle = result.outputFiles[0]!.contents;
  writeFileSync(join(out, 'bench.js'), bundle);
  for (const [script, lang] of Object.entries(SCRIPTS)) {
    mkdirSync(join(out, script), { recursive: true });
    writeFileSync(
      join(out, script, 'index.html'),
      `<!doctype html><html lang="${lang}" data-script="${script}"><head><meta charset="utf-8"><title>search bench</title><script type="module" src="../bench.js"></script></head><body></body></html>\n`,
    );
  }
  return bundle.length;
}

export interface BrowserBenchOptions {
  designs: readonly Design[];
  scripts: readonly ScriptSegment[];
  queries: Record<ScriptSegment, readonly BenchQuery[]>;
  runs: number;
  /** Measure without the emulated link, through it, or both. */
  link: LinkMode;
  log?: (line: string) => void;
}

const LINK = { offline: false, latency: 60, downloadThroughput: 8_000_000 / 8, uploadThroughput: 8_000_000 / 8 };
/** After the first results, wait this long for requests still in flight to be counted. */
const SETTLE_MS = 300;

interface Sample {
  answer: BenchAnswer;
  ms: number;
  gzipBytes: number;
  searchGzipBytes: number;
  requests: number;
  byKind: Record<string, number>;
}

/** What a served file is to the search: where the bytes go. */
export function kindOfFile(path: string): string {
  if (path.startsWith('/bench/')) return 'page';
  if (/\/(?:pagefind(?:-worker)?\.js|wasm\.[a-z]+\.pagefind)$/.test(path)) return 'runtime';
  if (/\/(?:periods\.json|routes\/[^/]+\.json)$/.test(path)) return 'routing';
  if (/\/(?:pagefind-entry\.json|[^/]+\.pf_meta)$/.test(path)) return 'meta';
  if (/\/index\/[^/]+\.pf_index$/.test(path)) return 'index';
  if (/\/filter\/[^/]+\.pf_filter$/.test(path)) return 'filter';
  if (/\/fragment\/[^/]+\.pf_fragment$/.test(path)) return 'fragment';
  return 'other';
}

const gzipSizes = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipSizes.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipSizes.set(file, size);
  }
  return size;
}

export async function measureSearchDesigns(siteDir: string, options: BrowserBenchOptions): Promise<SearchTiming[]> {
  const traffic = new TrafficLog();
  const benchFiles = new TrafficLog();
  let served: ServedFile[] = [];
  const site = await serveStatic(siteDir, '/', {
    gzip: true,
    cacheMaxAge: 600,
    onServe: (file) => {
      (file.path.startsWith('/bench/') ? benchFiles : traffic).record(file);
      served.push(file);
    },
  });
  const browser = await launchChromium();
  const samples = new Map<string, Sample[]>();
  const add = (key: string, sample: Sample) => samples.set(key, [...(samples.get(key) ?? []), sample]);
  const take = () => {
    const search = traffic.take();
    const page = benchFiles.take();
    const byKind: Record<string, number> = {};
    for (const file of served) byKind[kindOfFile(file.path)] = (byKind[kindOfFile(file.path)] ?? 0) + gzipSize(file.file);
    served = [];
    return { gzipBytes: search.gzipBytes + page.gzipBytes, searchGzipBytes: search.searchGzipBytes, requests: search.requests + page.requests, byKind };
  };
  try {
    for (const link of options.link === 'both' ? [false, true] : [options.link === 'only']) {
      for (let run = 0; run < options.runs; run++) {
        for (const design of options.designs) {
          for (const script of options.scripts) {
            const queries = options.queries[script];
            for (const [i, cold] of queries.entries()) {
              const warm = queries[(i + 1) % queries.length]!;
              const { context, page } = await openContext(browser, link);
              try {
                take();
                await page.goto(`${site.url}bench/${script}/?mode=${design}&q=${encodeURIComponent(cold.query)}`);
                const coldAnswer = await page.evaluate(() => window.benchCold!);
                await page.waitForTimeout(SETTLE_MS);
                add(key(design, script, cold, link ? 'cold-link' : 'cold'), { answer: coldAnswer, ms: coldAnswer.shown, ...take() });
                const warmAnswer = await page.evaluate((q) => window.benchSearch(q), warm.query);
                await page.waitForTimeout(SETTLE_MS);
                add(key(design, script, warm, link ? 'warm-link' : 'warm'), { answer: warmAnswer, ms: warmAnswer.shown - warmAnswer.started, ...take() });
                options.log?.(`    ${link ? 'link ' : ''}run ${run + 1} ${design} ${script} cold ${cold.query} ${Math.round(coldAnswer.shown)} ms, warm ${warm.query} ${Math.round(warmAnswer.shown - warmAnswer.started)} ms`);
              } finally {
                await context.close();
              }
            }
          }
        }
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const timings: SearchTiming[] = [];
  for (const [name, list] of samples) {
    const [design, script, what, query, condition] = JSON.parse(name) as [Design, ScriptSegment, string, string, Condition];
    const last = list.at(-1)!.answer;
    timings.push({
      design,
      script,
      what,
      query,
      condition,
      ms: Math.round(median(list.map((s) => s.ms))),
      gzipBytes: median(list.map((s) => s.gzipBytes)),
      searchGzipBytes: median(list.map((s) => s.searchGzipBytes)),
      requests: median(list.map((s) => s.requests)),
      byKind: Object.fromEntries([...new Set(list.flatMap((s) => Object.keys(s.byKind)))].sort().map((kind) => [kind, median(list.map((s) => s.byKind[kind] ?? 0))])),
      results: last.results,
      complete: last.complete,
      ...(last.periods !== undefined ? { periods: last.periods } : {}),
      samples: list.map((s) => Math.round(s.ms)),
      errors: [...new Set(list.flatMap((s) => (s.answer.error ? [s.answer.error] : [])))],
    });
  }
  return timings;
}

const key = (design: Design, script: ScriptSegment, query: BenchQuery, condition: Condition) => JSON.stringify([design, script, query.what, query.query, condition]);

async function openContext(browser: Browser, link: boolean): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  if (link) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', LINK);
  }
  return { context, page };
}
