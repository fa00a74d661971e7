import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './seeds.ts';

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a project command with the Node that runs the tests. */
export function runNode(args: string[], env: Record<string, string> = {}, timeout = 240_000): RunResult {
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function runIngest(seedsDir: string, outDir: string): RunResult {
  return runNode([join(ROOT, 'scripts', 'ingest.ts'), '--seeds', seedsDir, '--out', outDir]);
}

export function runAstroBuild(contentDir: string, outDir: string, cacheDir: string): RunResult {
  return runNode([join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
    ARCHIVE_CONTENT_DIR: contentDir,
    ARCHIVE_CACHE_DIR: cacheDir,
  });
}
