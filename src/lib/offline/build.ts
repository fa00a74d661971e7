import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as bundle } from 'esbuild';
import { copyWorkboxLibraries, injectManifest } from 'workbox-build';
import { buildIdentity, contentRevision, offlineList, offlinePartLists, type OfflineList, type OfflinePeriod, type SiteFile } from './archive-list.ts';
import { FileDigests } from '../build/file-digests.ts';
import { filesOfFinishedFolder, filesUnder, finishedFolderMemo } from '../build/file-tree.ts';
import type { FinishedSource } from '../build/assemble.ts';
import { homePath, iconPath, manifestPath, offlineListPath, offlinePagePath, offlinePartListPath, offlinePartsPath, queryMapPath, relativeToBase, searchPath, unavailablePath } from '../archive/routes.ts';
import { HUB, servesPath, type Hosting, type SiteName } from '../hosting/hosting.ts';
import { compareCodeUnits } from '../archive/order.ts';
import { SCRIPT_SEGMENTS } from '../archive/scripts.ts';
import { archiveWorkerConfig, PRECACHE_INJECTION_POINT, workerPrelude } from './worker-config.ts';

export const SERVICE_WORKER_FILE = 'sw.js';

/** The file a page path is served from: `zh-hans/search/index.html`. */
const pageFile = (path: string) => `${relativeToBase(path)}index.html`;

/**
 * What a site's worker precaches for every visitor on the first visit: its search, save-for-offline
 * and fallback pages, Pagefind's runtime (code, worker, wasm: one for every period's index), each
 * script's list of search periods and query map, and on the hub (`year` undefined) the shell:
 * stylesheets, scripts, icons, manifests and both home pages. A year's site (`year`) serves its
 * own copies of the search files (src/lib/hosting/hosting.ts) and loads the shell from the hub
 * (HUB_SHELL_FOR_YEAR_SITES). The periods' indexes and the articles wait for "save for offline".
 */
export function precachePatterns(year?: string): string[] {
  const everySite = [
    '404.html',
    ...SCRIPT_SEGMENTS.flatMap((script) => [
      pageFile(searchPath(script, year)),
      relativeToBase(queryMapPath(script)),
      pageFile(offlinePagePath(script, year)),
      pageFile(unavailablePath(script, year)),
      `pagefind/${script}/periods.json`,
    ]),
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/wasm.unknown.pagefind',
  ];
  if (year !== undefined) return everySite;
  return ['_astro/**/*', relativeToBase(iconPath('*.png')), 'index.html', ...SCRIPT_SEGMENTS.flatMap((script) => [pageFile(homePath(script)), relativeToBase(manifestPath(script))]), ...everySite];
}

/** The hub's files a year site's pages load (stylesheets, scripts, icons): its worker precaches them by their address at the hub. */
const HUB_SHELL_FOR_YEAR_SITES = /^(?:_astro\/|icons\/[^/]+\.png$)/;

/** service-worker.js uses workbox.core, .precaching, .routing and .strategies. */
const WORKBOX_FILES_USED = ['workbox-sw.js', ...['core', 'precaching', 'routing', 'strategies'].map((module) => `workbox-${module}.prod.js`)];

interface OfflineSiteReport {
  site: SiteName;
  build: string;
  precache: { files: number; bytes: number };
  lists: Array<Pick<OfflineList, 'script' | 'files' | 'bytes'>>;
  warnings: string[];
}

/** The hub's (or the one site's) worker and lists, and each year site's when the archive is split. */
export interface OfflineBuildReport extends Omit<OfflineSiteReport, 'site'> {
  sites?: Array<Omit<OfflineSiteReport, 'warnings'>>;
  seconds: number;
}

/** Files the offline step writes itself do not name the build. */
const isOfflineOutput = (path: string) => path === SERVICE_WORKER_FILE || path.startsWith('workbox-v') || /^offline\/(?:[^/]+\/)?[^/]+\.json$/.test(path);

/** What the caller knows of the site: every file, and which of them are links to folders that never change. */
export interface KnownSite {
  readonly files: readonly string[];
  readonly finished: readonly FinishedSource[];
}

const sizeAndRevision = (content: Buffer) => `${content.byteLength}:${contentRevision(content)}`;

function siteFiles(distDir: string, digests: FileDigests, known?: KnownSite): SiteFile[] {
  const paths = (known?.files ?? filesUnder(distDir)).filter((path) => !isOfflineOutput(path));
  // A file linked from a finished folder has the revision made once for that folder (kept beside it).
  const fromFinished = new Map<string, string>();
  for (const { folder, placed } of known?.finished ?? []) {
    const revisions = finishedFolderMemo<Record<string, string>>(folder, 'revisions', () =>
      Object.fromEntries(filesOfFinishedFolder(folder).map((path) => [path, sizeAndRevision(readFileSync(join(folder, path)))])),
    );
    for (const [target, source] of placed) {
      const revision = revisions[source];
      if (revision) fromFinished.set(target, revision);
    }
  }
  // A twenty-year archive has hundreds of thousands of files: those unchanged since the last build are not read again.
  return paths.map((path) => {
    const [bytes, revision] = (fromFinished.get(path) ?? digests.digest(join(distDir, path), sizeAndRevision)).split(':') as [string, string];
    return { path, bytes: Number(bytes), revision };
  });
}

/** A script's search periods, which its offline save is divided by. */
async function periodsOf(distDir: string, script: string): Promise<OfflinePeriod[]> {
  const file = join(distDir, 'pagefind', script, 'periods.json');
  if (!existsSync(file)) return [];
  return (JSON.parse(await readFile(file, 'utf8')) as { periods: OfflinePeriod[] }).periods.map(({ id, from, to, articles }) => ({ id, from, to, articles }));
}

/**
 * The worker and the save modules it imports (shared with the save-for-offline page), as one
 * classic script: Workbox's runtime loads with importScripts, which module workers lack.
 */
export async function workerSource(): Promise<string> {
  const result = await bundle({
    entryPoints: [fileURLToPath(new URL('./service-worker.js', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('service worker: the bundler wrote nothing');
  return output.text;
}

/**
 * One site's worker and save lists. An archive of one site is all hub. Split into a hub and year
 * sites (src/lib/hosting/), each site has its own worker, since a worker serves its own site only:
 * the hub's saves the hub's pages in one part, a year's saves that year's issues by period, with
 * its own search pages, and precaches the hub's stylesheets and scripts its pages load.
 */
export interface OfflineSite {
  readonly site: SiteName;
  /** Whether this site serves a file of the build (a path relative to it). */
  servedHere(path: string): boolean;
  /** Where its worker, Workbox's runtime and its lists go: the build itself for the hub, a folder the split puts at a year's site's root. */
  readonly outDir: string;
  /** The hub's address, when this is a year's site: its worker precaches the hub's shell from there. */
  readonly hubRoot?: string;
}

/** Where a year site's worker and lists are written (the split links them into the site: src/lib/build/split-output.ts). */
export const yearOfflineFolder = (cacheDir: string, site: SiteName) => join(cacheDir, 'offline-sites', site);

/** The sites of a build of these files: the hub alone, or the hub and each year's site that serves any of them. */
export function offlineSites(paths: readonly string[], distDir: string, cacheDir: string | undefined, hosting?: Pick<Hosting, 'split' | 'siteOf' | 'rootOf'>): OfflineSite[] {
  if (!hosting?.split) return [{ site: HUB, servedHere: () => true, outDir: distDir }];
  if (cacheDir === undefined) throw new Error('offline: a split archive needs a cache folder for its year sites\' workers');
  // Each file's site is found once, however many sites ask whether they serve it.
  const siteOfFile = new Map(paths.map((path) => [`/${path}`, hosting.siteOf(`/${path}`)]));
  const known = { siteOf: (path: string) => siteOfFile.get(path) ?? hosting.siteOf(path) };
  const servedBy = (site: SiteName) => {
    const serves = servesPath(known, site);
    return (path: string) => serves(`/${path}`);
  };
  const years = [...new Set(siteOfFile.values())].filter((site) => site !== HUB).sort(compareCodeUnits);
  return [
    { site: HUB, servedHere: servedBy(HUB), outDir: distDir },
    ...years.map((site) => ({ site, servedHere: servedBy(site), outDir: yearOfflineFolder(cacheDir, site), hubRoot: hosting.rootOf(HUB) })),
  ];
}

/**
 * Runs after Pagefind: names each site's build, writes each script's offline lists, copies
 * Workbox's runtime next to the worker and writes the worker with its precache manifest, for each
 * site (offlineSites). `known`: the build's files, when the caller knows them (else the build is
 * walked). Every file is digested once, whichever sites serve it.
 */
export async function buildOffline(distDir: string, options: { cacheDir?: string; known?: KnownSite; hosting?: Pick<Hosting, 'split' | 'siteOf' | 'rootOf'> } = {}): Promise<OfflineBuildReport> {
  const started = performance.now();
  const digests = new FileDigests(options.cacheDir ? join(options.cacheDir, 'offline-revisions.json') : undefined);
  const files = siteFiles(distDir, digests, options.known);
  digests.save();
  const [hub, ...years] = offlineSites(files.map((file) => file.path), distDir, options.cacheDir, options.hosting);
  // The same for every site: the worker's code and each script's search periods.
  const shared: SharedInputs = {
    source: await workerSource(),
    periods: new Map(await Promise.all(SCRIPT_SEGMENTS.map(async (script) => [script, await periodsOf(distDir, script)] as const))),
  };
  const report = await buildSiteOffline(distDir, files, hub!, shared);
  const yearReports = [];
  for (const year of years) yearReports.push(await buildSiteOffline(distDir, files, year, shared));
  return {
    ...report,
    ...(yearReports.length > 0 ? { sites: yearReports.map(({ site, build, precache, lists }) => ({ site, build, precache, lists })) } : {}),
    warnings: [...report.warnings, ...yearReports.flatMap((year) => year.warnings.map((warning) => `${year.site}: ${warning}`))],
    seconds: (performance.now() - started) / 1000,
  };
}

interface SharedInputs {
  /** The worker's bundled source (workerSource). */
  readonly source: string;
  /** Each script's search periods. */
  readonly periods: ReadonlyMap<string, readonly OfflinePeriod[]>;
}

async function buildSiteOffline(distDir: string, allFiles: readonly SiteFile[], site: OfflineSite, shared: SharedInputs): Promise<OfflineSiteReport> {
  const { outDir } = site;
  const year = site.site === HUB ? undefined : site.site;
  if (year !== undefined) await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await rm(join(outDir, SERVICE_WORKER_FILE), { force: true });
  for (const entry of await readdir(outDir)) if (entry.startsWith('workbox-v')) await rm(join(outDir, entry), { recursive: true, force: true });

  const files = allFiles.filter((file) => site.servedHere(file.path));
  const build = buildIdentity(files);
  // The lists of the last build go (a period may be gone); anything else in their place is an error below.
  if ((await stat(join(outDir, 'offline')).catch(() => undefined))?.isDirectory()) await rm(join(outDir, 'offline'), { recursive: true });
  await mkdir(join(outDir, 'offline'), { recursive: true });
  const lists: OfflineList[] = [];
  const saves: Array<{ id: string; list: string }> = [];
  for (const script of SCRIPT_SEGMENTS) {
    const whole = offlineList(script, build, files);
    lists.push(whole);
    await writeFile(join(outDir, relativeToBase(offlineListPath(script))), JSON.stringify(whole));
    saves.push({ id: script, list: relativeToBase(offlineListPath(script)) });
    // A site saves by the periods it serves: a year's site its own; the hub of a split archive none.
    const periods = shared.periods.get(script)!.filter((period) => site.servedHere(`pagefind/${script}/${period.id}/pagefind-entry.json`));
    const { index, lists: partLists } = offlinePartLists(script, build, files, periods, (of, part) => relativeToBase(offlinePartListPath(of, part)));
    await mkdir(join(outDir, 'offline', script), { recursive: true });
    await writeFile(join(outDir, relativeToBase(offlinePartsPath(script))), JSON.stringify(index));
    for (const [j, list] of partLists.entries()) {
      const path = index.parts[j]!.list;
      await writeFile(join(outDir, path), JSON.stringify(list));
      saves.push({ id: list.script, list: path });
    }
  }

  const workboxFolder = await copyWorkboxLibraries(outDir);
  // Only the loader and the production builds of the modules the worker uses are ever fetched.
  for (const file of await readdir(join(outDir, workboxFolder))) {
    if (!WORKBOX_FILES_USED.includes(file)) await rm(join(outDir, workboxFolder, file));
  }

  const workDir = join(tmpdir(), `archive-sw-${process.pid}-${build}`);
  await mkdir(workDir, { recursive: true });
  const swSrc = join(workDir, SERVICE_WORKER_FILE);
  await writeFile(swSrc, workerPrelude(archiveWorkerConfig(build, workboxFolder, saves, year)) + shared.source);
  // A year's pages load the hub's stylesheets, scripts and icons: precached by their address there.
  const hubShell = site.hubRoot === undefined ? [] : allFiles.filter((file) => HUB_SHELL_FOR_YEAR_SITES.test(file.path)).map((file) => ({ url: `${site.hubRoot}${file.path}`, revision: file.path.startsWith('_astro/') ? null : file.revision }));
  try {
    const result = await injectManifest({
      swSrc,
      swDest: join(outDir, SERVICE_WORKER_FILE),
      globDirectory: distDir,
      globPatterns: precachePatterns(year),
      additionalManifestEntries: hubShell,
      injectionPoint: PRECACHE_INJECTION_POINT,
      // Astro's assets carry their hash in the name: no revision needed.
      dontCacheBustURLsMatching: /^_astro\//,
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    });
    return {
      site: site.site,
      build,
      precache: { files: result.count, bytes: result.size },
      lists: lists.map(({ script, files: count, bytes }) => ({ script, files: count, bytes })),
      warnings: result.warnings,
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
