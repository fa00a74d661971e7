import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { compareCodeUnits } from '../archive/order.ts';

/** The folder inside the output that ingest owns entirely; anything else there is left alone. */
export const GENERATED_ROOT = 'issues';

export interface SyncSummary {
  written: string[];
  unchanged: number;
  removed: string[];
}

/**
 * Makes `outDir/issues` hold exactly `files`: writes what changed (so untouched issues keep
 * their timestamps for incremental builds) and removes what is no longer generated.
 */
export function syncGeneratedFiles(outDir: string, files: Map<string, string>): SyncSummary {
  const summary: SyncSummary = { written: [], unchanged: 0, removed: [] };
  const root = join(outDir, GENERATED_ROOT);
  for (const existing of listFiles(root)) {
    const key = relative(outDir, existing).split(sep).join('/');
    if (!files.has(key)) {
      rmSync(existing);
      summary.removed.push(key);
    }
  }
  removeEmptyDirectories(root);
  for (const [key, content] of [...files].sort(([a], [b]) => compareCodeUnits(a, b))) {
    const target = join(outDir, key);
    if (existsSync(target) && readFileSync(target, 'utf8') === content) {
      summary.unchanged++;
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    summary.written.push(key);
  }
  return summary;
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
