import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { GENERATED_ROOT, type ExistingFiles, type SyncPlan } from './sync-plan.ts';

/** The files now under `outDir/issues`, by path relative to `outDir`, each read when asked for. */
export function generatedFiles(outDir: string): ExistingFiles {
  const paths = new Set(listFiles(join(outDir, GENERATED_ROOT)).map((file) => relative(outDir, file).split(sep).join('/')));
  return {
    size: paths.size,
    keys: () => paths.values(),
    get: (path) => (paths.has(path) ? readFileSync(join(outDir, path), 'utf8') : undefined),
  };
}

/**
 * Carries out a plan. Each file is written to a temporary name and renamed over the old one, so
 * an interrupted run leaves every file either as it was or as it should be, never cut short.
 */
export function applySyncPlan(outDir: string, plan: SyncPlan): void {
  for (const { path } of plan.remove) rmSync(join(outDir, path));
  removeEmptyDirectories(join(outDir, GENERATED_ROOT));
  for (const [path, content] of plan.write) {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.partial`;
    writeFileSync(temporary, content);
    renameSync(temporary, target);
  }
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function removeEmptyDirectories(dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyDirectories(join(dir, entry.name));
  }
  if (readdirSync(dir).length === 0) rmdirSync(dir);
}
