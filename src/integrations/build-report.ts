import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the archive-build integration timed inside `astro build`, written into Astro's cache
 * folder so that the benchmark can report Pagefind and the offline step apart from the pages,
 * which all run in the one `astro build` process.
 */
export interface BuildReport {
  /** The search index: article pages, periods, and how many periods were indexed or reused from the cache. */
  pagefind: { seconds: number; pages: number; periods?: number; indexed?: number; reused?: number };
  offline: { seconds: number; build: string };
  /** A build by period's pages (src/lib/build/by-period.ts): period builds, the hub and the assembly. */
  byPeriod?: {
    periods: number;
    built: readonly string[];
    reused: number;
    seconds: { periods: number; hub: number; builds: number; assembly: number; total: number };
    assembly: { files: number; corpusYears: number; incremental: boolean };
  };
}

export const BUILD_REPORT_FILE = 'archive-build-report.json';

export function writeBuildReport(cacheDir: string, report: BuildReport): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, BUILD_REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
}

/** A build that failed or was stopped before its build:done hook leaves no report behind it. */
export function clearBuildReport(cacheDir: string): void {
  rmSync(join(cacheDir, BUILD_REPORT_FILE), { force: true });
}

export function readBuildReport(cacheDir: string): BuildReport {
  const path = join(cacheDir, BUILD_REPORT_FILE);
  let report: BuildReport;
  try {
    report = JSON.parse(readFileSync(path, 'utf8')) as BuildReport;
  } catch (error) {
    throw new Error(`no build report at ${path}: ${(error as Error).message}`);
  }
  if (!Number.isFinite(report.pagefind?.seconds) || !Number.isFinite(report.offline?.seconds)) throw new Error(`${path} is not a build report`);
  return report;
}
