import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { privateWorkingFolder } from '../../src/lib/dev/astro-working-folder.ts';
import { join } from 'node:path';
import { ROOT } from './seeds.ts';

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a project command with the Node that runs the tests. */
export function runNode(args: string[], env: Record<string, string> = {}, timeout = 240_000, cwd = ROOT): RunResult {
  const result = spawnSync(process.execPath, args, {
    cwd,
    env: { ...parentEnvironment(), ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The test runner's environment without what Vitest sets for its own Vite (BASE_URL, MODE, …):
 * Astro reads process.env into import.meta.env, so they would override the build's config.
 */
export function parentEnvironment(): NodeJS.ProcessEnv {
  // CI too: a test's build is a local build (it names its address when it needs one), unless the test says otherwise.
  const vitestKeys = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|CI|GITHUB_.*)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.test(key)));
}

/** The ingest's memo goes beside its output (`<out>-cache/`), not into the project's cache. */
export function runIngest(seedsDir: string, outDir: string, cacheDir = `${outDir}-cache`): RunResult {
  return runNode([join(ROOT, 'scripts', 'ingest.ts'), '--seeds', seedsDir, '--out', outDir], { ARCHIVE_CACHE_DIR: cacheDir });
}

export interface BuildOptions {
  contentDir: string;
  seedsDir: string;
  outDir: string;
  cacheDir: string;
  /** BASE_PATH, e.g. `/wujin-archive/`. */
  base?: string;
  /** SITE_URL, e.g. `https://example.github.io`. */
  site?: string;
  /** Further settings (REPOSITORY_URL, …). */
  env?: Record<string, string>;
}

/**
 * `astro build` as `npm run build` runs it, search index and offline files included (the
 * archive-build integration). Each build runs from a private working folder: see
 * src/lib/dev/astro-working-folder.ts.
 */
export function runAstroBuild({ contentDir, seedsDir, outDir, cacheDir, base, site, env: settings = {} }: BuildOptions): RunResult {
  const cwd = privateWorkingFolder(ROOT);
  try {
    const env = {
      ARCHIVE_CONTENT_DIR: contentDir,
      ARCHIVE_SEEDS_DIR: seedsDir,
      ARCHIVE_CACHE_DIR: cacheDir,
      ...(base ? { BASE_PATH: base } : {}),
      ...(site ? { SITE_URL: site } : {}),
      ...settings,
    };
    return runNode([join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', ROOT, '--outDir', outDir], env, 240_000, cwd);
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

/** The sample archive (committed content/ and seeds/), built once per test file into `outDir`. */
export function buildSampleSite(outDir: string, cacheDir: string, base?: string, env?: Record<string, string>): RunResult {
  return runAstroBuild({ contentDir: join(ROOT, 'content'), seedsDir: join(ROOT, 'seeds'), outDir, cacheDir, base, ...(env ? { env } : {}) });
}
