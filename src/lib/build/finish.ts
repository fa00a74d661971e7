/**
 * The last steps of every build, over the finished site: the search index (one Pagefind index
 * per period, periods unchanged since the last build linked from the cache folder), then the
 * service worker and offline lists, which hash every file of the output, the index included.
 * `astro build` runs them at its end (src/integrations/archive-build.ts); a build by period
 * runs them once over the assembled site (src/lib/build/by-period.ts).
 */
import { buildOffline, type OfflineBuildReport } from '../offline/build.ts';
import { buildPartitionedIndex, type PartitionedIndexReport } from '../search/partitioned-index.ts';
import { writeBuildReport, type BuildReport } from '../../integrations/build-report.ts';
import type { FinishedSource } from './assemble.ts';
import { hosting, hostingSettings } from '../hosting/hosting.ts';

export interface FinishLog {
  info(line: string): void;
  warn(line: string): void;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function searchIndexLine(report: PartitionedIndexReport): string {
  const scripts = report.scripts.map((s) => `${s.script} ${s.pages} pages in ${s.periods} periods`).join(', ');
  return `search index: ${report.pages} pages (${scripts || 'none'}), ${report.indexed} periods indexed, ${report.reused} unchanged from the cache, into ${report.outputPath} in ${report.seconds.toFixed(1)} s`;
}

export function offlineLine(report: OfflineBuildReport): string {
  const site = (each: Pick<OfflineBuildReport, 'build' | 'precache' | 'lists'>) =>
    `build ${each.build}, precache ${each.precache.files} files (${kb(each.precache.bytes)}); save for offline: ${each.lists.map((list) => `${list.script} ${list.files} files, ${kb(list.bytes)}`).join('; ')}`;
  const years = (report.sites ?? []).map((each) => `; ${each.site}'s site: ${site(each)}`).join('');
  return `offline: ${site(report)}${years}; ${report.seconds.toFixed(1)} s`;
}

/**
 * Runs one step, naming it in any error. If the step can no longer finish (Pagefind's Node API
 * waits forever when its binary crashes), Node's event loop runs dry: that is an error too,
 * where a script's top-level await would have exited non-zero and `astro build` would exit 0.
 */
export function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stalled = () => reject(new Error(`${name} failed: it stopped before finishing, with nothing left running (see the output above)`));
    process.once('beforeExit', stalled);
    run()
      .then(resolve, (error: unknown) => reject(new Error(`${name} failed: ${(error as Error).message}`, { cause: error })))
      .finally(() => process.off('beforeExit', stalled));
  });
}

/** What a build by period knows of the site it assembled, which spares the last steps work that grows with the archive. */
export interface AssembledSite {
  /** Every file of the site: neither step walks it (the search index lists what it adds). */
  readonly files: readonly string[];
  /** Each period's build key: a period built with the same key has the same pages, whose digests need not be looked at. */
  readonly periodKeys: ReadonlyMap<string, string>;
  /** Files linked from folders that never change: their revisions are made once per folder. */
  readonly finished: readonly FinishedSource[];
}

export async function finishSite(siteDir: string, cacheDir: string, log: FinishLog, byPeriod?: BuildReport['byPeriod'], assembled?: AssembledSite): Promise<BuildReport> {
  const siteFiles = assembled?.files;
  const split = hosting(hostingSettings(process.env));
  const periodSite = split.split ? (script: string, period: string) => split.rootOf(split.siteOf(`/pagefind/${script}/${period}/`)) : undefined;
  const search = await step('search index', () => buildPartitionedIndex(siteDir, { cacheDir, siteFiles, periodKeys: assembled?.periodKeys, periodSite }));
  log.info(searchIndexLine(search));
  const known = assembled && { files: [...assembled.files, ...search.files], finished: [...assembled.finished, ...search.finished] };
  const offline = await step('offline build', () => buildOffline(siteDir, { cacheDir, known, hosting: split }));
  for (const warning of offline.warnings) log.warn(`offline: ${warning}`);
  log.info(offlineLine(offline));
  const report: BuildReport = {
    pagefind: { seconds: search.seconds, pages: search.pages, periods: search.periods, indexed: search.indexed, reused: search.reused },
    offline: { seconds: offline.seconds, build: offline.build },
    ...(byPeriod ? { byPeriod } : {}),
  };
  writeBuildReport(cacheDir, report);
  return report;
}
