/**
 * The build pipeline as `npm run build` runs it (ingest → astro build → Pagefind → offline), on
 * folders of the benchmark's choosing, each step measured in a child process of its own.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { privateWorkingFolder } from '../dev/astro-working-folder.ts';
import { runMeasured, type MeasuredRun } from './measure.ts';

export interface PipelineFolders {
  /** The project (its scripts, astro config and node_modules). */
  root: string;
  seeds: string;
  content: string;
  dist: string;
  /** Astro's cache (content store, compiled modules); keep it between builds to measure rebuilds. */
  cache: string;
}

export type StepName = 'ingest' | 'astro' | 'pagefind' | 'offline';

export type PipelineRun = Record<StepName, MeasuredRun> & { totalSeconds: number };

export class StepFailed extends Error {}

export async function runPipeline(folders: PipelineFolders, env: Record<string, string> = {}): Promise<PipelineRun> {
  const { root } = folders;
  const step = async (name: StepName, args: string[], cwd = root, nodeOptions: string[] = []) => {
    const run = await runMeasured(args, { cwd, env, nodeOptions });
    if (run.status !== 0) throw new StepFailed(`${name} failed (exit ${run.status}):\n${run.tail}`);
    return run;
  };
  const ingest = await step('ingest', [join(root, 'scripts', 'ingest.ts'), '--seeds', folders.seeds, '--out', folders.content]);
  const cwd = privateWorkingFolder(root);
  let astro: MeasuredRun;
  try {
    astro = await runMeasured([join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', root, '--outDir', folders.dist], {
      cwd,
      env: { ...env, ARCHIVE_CONTENT_DIR: folders.content, ARCHIVE_SEEDS_DIR: folders.seeds, ARCHIVE_CACHE_DIR: folders.cache },
      nodeOptions: ['--max-old-space-size=16384'],
    });
    if (astro.status !== 0) throw new StepFailed(`astro build failed (exit ${astro.status}):\n${astro.tail}`);
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
  const pagefind = await step('pagefind', [join(root, 'scripts', 'index-search.ts'), folders.dist]);
  const offline = await step('offline', [join(root, 'scripts', 'offline.ts'), folders.dist]);
  return { ingest, astro, pagefind, offline, totalSeconds: ingest.seconds + astro.seconds + pagefind.seconds + offline.seconds };
}

export async function runBaselineBuild(root: string, projectDir: string, outDir: string): Promise<MeasuredRun> {
  const run = await runMeasured([join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', projectDir, '--outDir', outDir], {
    cwd: projectDir,
    nodeOptions: ['--max-old-space-size=16384'],
  });
  if (run.status !== 0) throw new StepFailed(`baseline build failed (exit ${run.status}):\n${run.tail}`);
  return run;
}
