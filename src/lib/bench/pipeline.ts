/**
 * The build pipeline as `npm run build` runs it (ingest, then scripts/build.ts: one `astro build`
 * whose archive-build integration runs Pagefind and the offline step at its end, or a build by
 * period), on folders of the benchmark's choosing: each of the two commands measured in a child
 * process of its own, and the steps' seconds read from the report left in the cache folder.
 */
import { join } from 'node:path';
import { clearBuildReport, readBuildReport, type BuildReport } from '../../integrations/build-report.ts';
import type { ByPeriodChoice } from '../build/choose.ts';
import { runMeasured, type MeasuredRun } from './measure.ts';

export interface PipelineFolders {
  /** The project (its scripts, astro config and node_modules). */
  root: string;
  seeds: string;
  content: string;
  dist: string;
  /** Astro's cache (content store, compiled modules); keep it between builds to measure rebuilds. */
  cache: string;
  /** scripts/build.ts --by-period: `auto` as `npm run build`, or forced either way. */
  byPeriod?: ByPeriodChoice;
}

export interface PipelineRun {
  ingest: MeasuredRun;
  /**
   * The whole build: pages, then Pagefind and offline. Its peak is its largest Node process's
   * (a build by period runs up to two astro builds at once); Pagefind's native indexer is a
   * process of its own, not in it.
   */
  build: MeasuredRun;
  /** A build by period's parts, when it went by period. */
  byPeriod?: BuildReport['byPeriod'];
  /** Seconds of the build's parts: `astro` is the build less Pagefind and offline (pages, assets, sitemap). */
  astro: { seconds: number };
  pagefind: { seconds: number };
  offline: { seconds: number };
  totalSeconds: number;
}

export class StepFailed extends Error {}

export async function runPipeline(folders: PipelineFolders, env: Record<string, string> = {}): Promise<PipelineRun> {
  const { root } = folders;
  const ingest = await runMeasured([join(root, 'scripts', 'ingest.ts'), '--seeds', folders.seeds, '--out', folders.content], { cwd: root, env: { ...env, ARCHIVE_CACHE_DIR: folders.cache } });
  if (ingest.status !== 0) throw new StepFailed(`ingest failed (exit ${ingest.status}):\n${ingest.tail}`);
  clearBuildReport(folders.cache);
  const build = await runMeasured([join(root, 'scripts', 'build.ts'), '--by-period', folders.byPeriod ?? 'auto', '--out', folders.dist], {
    cwd: root,
    env: { ...env, ARCHIVE_CONTENT_DIR: folders.content, ARCHIVE_SEEDS_DIR: folders.seeds, ARCHIVE_CACHE_DIR: folders.cache, NODE_OPTIONS: '--max-old-space-size=16384' },
  });
  if (build.status !== 0) throw new StepFailed(`the build failed (exit ${build.status}):\n${build.tail}`);
  const report = readBuildReport(folders.cache);
  return {
    ingest,
    build,
    astro: { seconds: Math.max(0, build.seconds - report.pagefind.seconds - report.offline.seconds) },
    pagefind: { seconds: report.pagefind.seconds },
    offline: { seconds: report.offline.seconds },
    ...(report.byPeriod ? { byPeriod: report.byPeriod } : {}),
    totalSeconds: ingest.seconds + build.seconds,
  };
}

export async function runBaselineBuild(root: string, projectDir: string, outDir: string): Promise<MeasuredRun> {
  const run = await runMeasured([join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', projectDir, '--outDir', outDir], {
    cwd: projectDir,
    nodeOptions: ['--max-old-space-size=16384'],
  });
  if (run.status !== 0) throw new StepFailed(`baseline build failed (exit ${run.status}):\n${run.tail}`);
  return run;
}
