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
import { SCRIPT_SEGMENTS } from '../archive/scripts.ts';
import { archiveWorkerConfig, PRECACHE_INJECTION_POINT, workerPrelude } from './worker-config.ts';

export const SERVICE_WORKER_FILE = 'sw.js';

/** The file a page path is served from: `zh-hans/search/index.html`. */
const pageFile = (path: string) => `${relativeToBase(path)}index.html`;

/**
 * What every visitor's worker precaches on the first visit: the shell (CSS, scripts, icons,
 * manifests), both home, search, save-for-offline and fallback pages, Pagefind's runtime (code,
 * worker, wasm: one for every period's index) and each script's list of search periods. The
 * periods' indexes and the articles themselves wait for "save for offline".
 */
export const PRECACHE_PATTERNS = [
  '_astro/**/*',
  relativeToBase(iconPath('*.png')),
  'index.html',
  '404.html',
  ...SCRIPT_SEGMENTS.flatMap((script) => [
    pageFile(homePath(script)),
    relativeToBase(manifestPath(script)),
    pageFile(searchPath(script)),
    relativeToBase(queryMapPath(script)),
    pageFile(offlinePagePath(script)),
    pageFile(unavailablePath(script)),
    `pagefind/${script}/periods.json`,
  ]),
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/wasm.unknown.pagefind',
];

/** service-worker.js uses workbox.core, .precaching, .routing and .strategies. */
const WORKBOX_FILES_USED = ['workbox-sw.js', ...['core', 'precaching', 'routing', 'strategies'].map((module) => `workbox-${module}.prod.js`)];

export interface OfflineBuildReport {
  build: string;
  precache: { files: number; bytes: number };
  lists: Array<Pick<OfflineList, 'script' | 'files' | 'bytes'>>;
  warnings: string[];
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

function siteFiles(distDir: string, digests: FileDigests, known?: KnownSite, servedHere: (path: string) => boolean = () => true): SiteFile[] {
  // Only the files this site's worker can save are digested.
  const paths = (known?.files ?? filesUnder(distDir)).filter((path) => !isOfflineOutput(path) && servedHere(path));
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
 * Runs after Pagefind: names the build, writes each script's offline list, copies Workbox's
 * runtime next to the worker and writes the worker with its precache manifest. `known`: the
 * site's files, when the caller knows them (else the site is walked). `servedHere`: of an archive
 * split into a hub and year sites (src/lib/hosting/), the files the hub serves: a worker saves
 * only its own site's files, so the hub's lists name only those, in one part.
 */
export async function buildOffline(distDir: string, options: { cacheDir?: string; known?: KnownSite; servedHere?: (path: string) => boolean } = {}): Promise<OfflineBuildReport> {
  const started = performance.now();
  const digests = new FileDigests(options.cacheDir ? join(options.cacheDir, 'offline-revisions.json') : undefined);
  await rm(join(distDir, SERVICE_WORKER_FILE), { force: true });
  for (const entry of await readdir(distDir)) if (entry.startsWith('workbox-v')) await rm(join(distDir, entry), { recursive: true, force: true });

  const servedHere = options.servedHere;
  const files = siteFiles(distDir, digests, options.known, servedHere);
  digests.save();
  const build = buildIdentity(files);
  // The lists of the last build go (a period may be gone); anything else in their place is an error below.
  if ((await stat(join(distDir, 'offline')).catch(() => undefined))?.isDirectory()) await rm(join(distDir, 'offline'), { recursive: true });
  await mkdir(join(distDir, 'offline'), { recursive: true });
  const lists: OfflineList[] = [];
  const saves: Array<{ id: string; list: string }> = [];
  for (const script of SCRIPT_SEGMENTS) {
    const whole = offlineList(script, build, files);
    lists.push(whole);
    await writeFile(join(distDir, relativeToBase(offlineListPath(script))), JSON.stringify(whole));
    saves.push({ id: script, list: relativeToBase(offlineListPath(script)) });
    const { index, lists: partLists } = offlinePartLists(script, build, files, servedHere ? [] : await periodsOf(distDir, script), (of, part) => relativeToBase(offlinePartListPath(of, part)));
    await mkdir(join(distDir, 'offline', script), { recursive: true });
    await writeFile(join(distDir, relativeToBase(offlinePartsPath(script))), JSON.stringify(index));
    for (const [j, list] of partLists.entries()) {
      const path = index.parts[j]!.list;
      await writeFile(join(distDir, path), JSON.stringify(list));
      saves.push({ id: list.script, list: path });
    }
  }

  const workboxFolder = await copyWorkboxLibraries(distDir);
  // Only the loader and the production builds of the modules the worker uses are ever fetched.
  for (const file of await readdir(join(distDir, workboxFolder))) {
    if (!WORKBOX_FILES_USED.includes(file)) await rm(join(distDir, workboxFolder, file));
  }

  const source = await workerSource();
  const workDir = join(tmpdir(), `archive-sw-${process.pid}-${build}`);
  await mkdir(workDir, { recursive: true });
  const swSrc = join(workDir, SERVICE_WORKER_FILE);
  await writeFile(swSrc, workerPrelude(archiveWorkerConfig(build, workboxFolder, saves)) + source);
  try {
    const result = await injectManifest({
      swSrc,
      swDest: join(distDir, SERVICE_WORKER_FILE),
      globDirectory: distDir,
      globPatterns: PRECACHE_PATTERNS,
      injectionPoint: PRECACHE_INJECTION_POINT,
      // Astro's assets carry their hash in the name: no revision needed.
      dontCacheBustURLsMatching: /^_astro\//,
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    });
    return {
      build,
      precache: { files: result.count, bytes: result.size },
      lists: lists.map(({ script, files: count, bytes }) => ({ script, files: count, bytes })),
      warnings: result.warnings,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
