/**
 * Building a large archive by period (docs/build-by-period.md). Each search period is one
 * `astro build` of its issues and articles (ARCHIVE_SCOPE=period:…), cached under a key of
 * everything it depends on, so adding an issue rebuilds one period. The hub is one more build of
 * every archive-wide page from the articles' summaries (ARCHIVE_SCOPE=hub), with Astro's own
 * incremental cache, built beside the periods. The search's query maps are added up from the
 * periods' counts; the site is then assembled from hard links, the periods' corpus parts joined
 * by year, and the search index and offline files made over the result.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PARTS_FOLDER, SCOPE_VARIABLE, type BuildScope } from './scope.ts';
import { queryMapFile, queryMapsFromParts, type QueryCountsPart } from '../search/query-map.ts';
import { queryMapPath } from '../archive/routes.ts';
import { SCRIPT_SEGMENTS, SCRIPT_TABLE } from '../archive/scripts.ts';
import { codeKey, creditedNames, issueFolders, periodSummary } from './content-folders.ts';
import { periodBuildKey, planBuildPeriods, type PlannedPeriod } from './plan.ts';
import { hashOf } from './hash.ts';
import { RELATED_OPTIONS, relatedEntries, type RelatedSource } from '../archive/related.ts';
import { readCacheJson } from './cache-folder.ts';
import { assembleSite, type AssemblyReport } from './assemble.ts';
import { FileDigests } from './file-digests.ts';
import { CONVERSION_MEMO_VARIABLE } from '../convert/conversion-memo.ts';
import { privateWorkingFolder } from '../dev/astro-working-folder.ts';
import { forgetListing, listedFolderName } from './file-tree.ts';

export interface BuildByPeriodOptions {
  /** The project (where astro.config.mjs is). */
  readonly root: string;
  readonly contentDir: string;
  readonly seedsDir: string;
  readonly outDir: string;
  /** The build's cache: period outputs, the hub's Astro cache, the search index. */
  readonly cacheDir: string;
  /** Period builds run at once. */
  readonly jobs: number;
  /** SITE_URL, BASE_PATH, YEAR_SITE_URL, REPOSITORY_URL and REPOSITORY_BRANCH as the builds get them. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly log: (line: string) => void;
}

export interface BuildByPeriodReport {
  readonly periods: number;
  readonly built: readonly string[];
  readonly reused: number;
  /** The periods and the hub are built side by side: each is the time from the start of the builds to its end; `builds` to the end of the last. */
  readonly seconds: { periods: number; hub: number; builds: number; assembly: number; total: number };
  readonly assembly: AssemblyReport;
  /** Each period's build key (id → key). */
  readonly periodKeys: ReadonlyMap<string, string>;
}

const COMPLETE = '.complete';
/** A period's counts for the query maps (src/pages/build-parts/[part].json.ts). */
const QUERY_COUNTS_PART = 'query-counts.json';

export async function buildByPeriod(options: BuildByPeriodOptions): Promise<BuildByPeriodReport> {
  const started = performance.now();
  const work = join(options.cacheDir, 'by-period');
  for (const folder of ['periods', 'names', 'summaries', 'related', 'scopes', 'conversions']) mkdirSync(join(work, folder), { recursive: true });
  const contentDigests = new FileDigests(join(work, 'content-digests.json'));
  const planned = planBuildPeriods(issueFolders(options.contentDir, contentDigests));
  contentDigests.save();
  if (planned.length === 0) throw new Error(`${options.contentDir}: no issues to build`);

  const names = new Set<string>();
  const summaries: string[] = [];
  /** Each period's related sources, in `planned`'s order. */
  const relatedSources: RelatedSource[][] = [];
  for (const period of planned) {
    const read = readPeriod(options.contentDir, work, period);
    for (const name of read.names) names.add(name);
    summaries.push(read.summaryFile);
    relatedSources.push(read.related);
  }
  const personNames = [...names].sort();
  const code = codeKey(options.root);
  const settings = hashOf(options.env.SITE_URL ?? null, options.env.BASE_PATH ?? null, options.env.YEAR_SITE_URL ?? null, options.env.REPOSITORY_URL ?? null, options.env.REPOSITORY_BRANCH ?? null);
  // Each article's related articles, over the whole archive: a period's pages list them, so its key
  // holds them. Lists still valid from the last build are kept: a +1 ranks the new day's articles only.
  const related = relatedEntriesKept(relatedSources.flat(), join(work, 'related-lists.json'));

  const outputs = planned.map((period, i) => {
    const periodRelated = Object.fromEntries(relatedSources[i]!.filter((source) => related.has(source.id)).map((source) => [source.id, related.get(source.id)!]));
    const key = periodBuildKey(period, personNames, code, hashOf(settings, periodRelated));
    return { period, key, related: periodRelated, folder: join(work, 'periods', `${period.period.id}-${key}`) };
  });
  const missing = outputs.filter((o) => !existsSync(join(o.folder, COMPLETE)));
  options.log(`build by period: ${planned.length} periods, ${missing.length} to build, ${planned.length - missing.length} unchanged`);

  // The hub needs nothing of the periods, so it is built beside them: first, as the longest build
  // of a rebuild, and then the periods, largest first, so that no small one is left to finish last.
  const buildsStarted = performance.now();
  const hubOut = join(work, 'hub');
  let hubSeconds = 0;
  let periodSeconds = 0;
  const hub = { hub: true } as const;
  await inParallel<typeof hub | (typeof outputs)[number]>([hub, ...[...missing].sort((a, b) => b.period.period.articles - a.period.period.articles)], options.jobs, async (build) => {
    if ('hub' in build) {
      const hubScope: BuildScope = { kind: 'hub', summaries, code };
      const hubScopeFile = join(work, 'scopes', 'hub.json');
      writeFileSync(hubScopeFile, JSON.stringify(hubScope));
      await astroBuild(options, hubOut, { [SCOPE_VARIABLE]: `hub:${hubScopeFile}`, ARCHIVE_CACHE_DIR: join(work, 'astro-hub'), [CONVERSION_MEMO_VARIABLE]: join(work, 'conversions', 'hub.json') }, 'hub');
      hubSeconds = (performance.now() - buildsStarted) / 1000;
      options.log(`hub: built in ${hubSeconds.toFixed(1)} s`);
      return;
    }
    const output = build;
    const scope: BuildScope = { kind: 'period', id: output.period.period.id, dates: output.period.dates, personNames, related: output.related, ...pick(output.period) };
    const scopeFile = join(work, 'scopes', `${scope.id}.json`);
    writeFileSync(scopeFile, JSON.stringify(scope));
    const temporary = `${output.folder}.building`;
    rmSync(temporary, { recursive: true, force: true });
    const periodStarted = performance.now();
    await astroBuild(options, temporary, { [SCOPE_VARIABLE]: `period:${scopeFile}`, ARCHIVE_CACHE_DIR: join(work, 'astro-period', scope.id), [CONVERSION_MEMO_VARIABLE]: join(work, 'conversions', `${scope.id}.json`) }, `period ${scope.id}`);
    rmSync(join(work, 'astro-period', scope.id), { recursive: true, force: true });
    writeFileSync(join(temporary, COMPLETE), '');
    rmSync(output.folder, { recursive: true, force: true });
    forgetListing(output.folder);
    renameSync(temporary, output.folder);
    periodSeconds = (performance.now() - buildsStarted) / 1000;
    options.log(`period ${scope.id}: ${output.period.period.articles} articles built in ${((performance.now() - periodStarted) / 1000).toFixed(1)} s`);
  });

  // The search's query maps add up the periods' counts: this build's periods, no older ones.
  const maps = queryMapsFromParts(outputs.map((o) => JSON.parse(readFileSync(join(o.folder, PARTS_FOLDER, QUERY_COUNTS_PART), 'utf8')) as QueryCountsPart));
  for (const script of SCRIPT_SEGMENTS) {
    const file = join(hubOut, queryMapPath(script));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, queryMapFile(maps, SCRIPT_TABLE[script].isSource));
  }

  const assemblyStarted = performance.now();
  const assembly = assembleSite({
    hub: hubOut,
    periods: outputs.map((o) => ({ id: o.period.period.id, folder: o.folder, key: o.key })),
    outDir: options.outDir,
    manifestFile: join(work, 'assembled.json'),
    baseKey: hashOf(code, settings),
  });
  const assemblySeconds = (performance.now() - assemblyStarted) / 1000;

  pruneOutputs(join(work, 'periods'), new Set(outputs.map((o) => `${o.period.period.id}-${o.key}`)));
  const periodFiles = new Set(planned.map((p) => `${p.period.id}-${p.contentKey}.json`));
  for (const folder of ['names', 'summaries', 'related']) pruneOutputs(join(work, folder), periodFiles);
  pruneOutputs(join(work, 'conversions'), new Set([...outputs.map((o) => `${o.period.period.id}.json`), 'hub.json']));
  return {
    periods: planned.length,
    built: missing.map((o) => o.period.period.id),
    reused: planned.length - missing.length,
    seconds: { periods: periodSeconds, hub: hubSeconds, builds: (assemblyStarted - buildsStarted) / 1000, assembly: assemblySeconds, total: (performance.now() - started) / 1000 },
    assembly,
    periodKeys: new Map(outputs.map((o) => [o.period.period.id, o.key])),
  };
}

function pick(period: PlannedPeriod): { before?: string; after?: string } {
  return { ...(period.before ? { before: period.before } : {}), ...(period.after ? { after: period.after } : {}) };
}

/**
 * A period's credited names and its summary for the hub (content-folders.ts), each made once per
 * version of its content and kept under its content key.
 */
function readPeriod(contentDir: string, work: string, period: PlannedPeriod): { names: string[]; summaryFile: string; related: RelatedSource[] } {
  const name = `${period.period.id}-${period.contentKey}.json`;
  const namesFile = join(work, 'names', name);
  const summaryFile = join(work, 'summaries', name);
  const relatedFile = join(work, 'related', name);
  if (existsSync(namesFile) && existsSync(summaryFile) && existsSync(relatedFile)) {
    return { names: JSON.parse(readFileSync(namesFile, 'utf8')) as string[], summaryFile, related: JSON.parse(readFileSync(relatedFile, 'utf8')) as RelatedSource[] };
  }
  const { related, ...summary } = periodSummary(contentDir, period.dates);
  const names = creditedNames(summary);
  writeFileSync(summaryFile, JSON.stringify(summary));
  writeFileSync(namesFile, JSON.stringify(names));
  writeFileSync(relatedFile, JSON.stringify(related));
  return { names, summaryFile, related };
}

/** relatedEntries with its memo kept in `file`, holding this build's lists only (a damaged file is no memo). */
function relatedEntriesKept(sources: readonly RelatedSource[], file: string) {
  const previous = (readCacheJson(file) as { lists?: Record<string, string[]> } | undefined)?.lists ?? {};
  const lists: Record<string, readonly string[]> = {};
  const entries = relatedEntries(sources, RELATED_OPTIONS, { get: (key) => previous[key], set: (key, value) => void (lists[key] = value) });
  writeFileSync(file, JSON.stringify({ lists }));
  return entries;
}

/** Drops period outputs of older keys and of periods gone, so the cache stays the archive's size. */
function pruneOutputs(folder: string, kept: ReadonlySet<string>): void {
  for (const name of readdirSync(folder)) if (!kept.has(listedFolderName(name) ?? name)) rmSync(join(folder, name), { recursive: true, force: true });
}

async function inParallel<T>(items: readonly T[], jobs: number, run: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  let failed: unknown;
  const worker = async () => {
    while (queue.length > 0 && failed === undefined) {
      try {
        await run(queue.shift()!);
      } catch (error) {
        failed = error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
  if (failed !== undefined) throw failed;
}

/** One `astro build`, from a working folder of its own (see astro-working-folder.ts), its output kept for the error. */
function astroBuild(options: BuildByPeriodOptions, outDir: string, env: Record<string, string>, name: string): Promise<void> {
  const cwd = privateWorkingFolder(options.root);
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, astroBuildArguments(options.root, outDir, name), {
      cwd,
      env: { ...process.env, ARCHIVE_CONTENT_DIR: options.contentDir, ARCHIVE_SEEDS_DIR: options.seedsDir, ...definedOnly(options.env), ...env, ...measuredChildEnv(name) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      rmSync(cwd, { recursive: true, force: true });
      if (code === 0) resolve();
      else reject(new Error(`the ${name} build failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}

function definedOnly(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** Node's arguments for one `astro build` of the project into `outDir`, measured under the benchmark as `name`. */
export function astroBuildArguments(root: string, outDir: string, name: string): string[] {
  return [...measuredChild(name), join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', root, '--outDir', outDir];
}

/**
 * Under the benchmark (src/lib/bench/measure.ts), whose preload measures one process, each
 * build measures itself into a file beside the benchmark's, so that the peak of every process
 * of the build is known.
 */
function measuredChild(name: string): string[] {
  return process.env.BENCH_PEAK_MEMORY_FILE && name ? ['--import', new URL('../bench/peak-memory.ts', import.meta.url).href] : [];
}

export function measuredChildEnv(name: string): Record<string, string> {
  const file = process.env.BENCH_PEAK_MEMORY_FILE;
  return file ? { BENCH_PEAK_MEMORY_FILE: `${file}.${name.replace(/[^a-z0-9-]/gi, '-')}` } : {};
}
