import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

/**
 * When outDir lies outside the working directory, Astro writes its server-side build into
 * `<cwd>/.astro/`: builds run at the same time from the project root would share that folder.
 * A build run from a folder of its own inside the project (with the project as `--root`) keeps
 * builds apart and still resolves the project's packages. The caller removes it afterwards.
 */
export function privateWorkingFolder(root: string): string {
  const parent = join(root, 'node_modules', '.cache', 'astro-builds');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, 'build-'));
}
