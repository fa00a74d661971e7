import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Manifest {
  about?: string;
  pages: Record<string, { date?: string }>;
}

export interface HeldBackIssue {
  date: string;
  files: string[];
  /** Puts the issue back into the seeds folder, as a publisher adding one day's pages would. */
  restore(): void;
}

/**
 * Takes the newest issue out of a seeds folder (its pages and manifest entries) so the
 * benchmark can build the archive without it, then add it back and measure the rebuild.
 */
export function holdBackNewestIssue(seedsDir: string, spareDir: string): HeldBackIssue {
  const manifestPath = join(seedsDir, 'issues.json');
  const full = readFileSync(manifestPath, 'utf8');
  const manifest = JSON.parse(full) as Manifest;
  const dates = Object.values(manifest.pages).map((p) => p.date ?? '').sort();
  const date = dates.at(-1)!;
  const files = Object.entries(manifest.pages).filter(([, p]) => p.date === date).map(([file]) => file);
  mkdirSync(spareDir, { recursive: true });
  for (const file of files) {
    renameSync(join(seedsDir, file), join(spareDir, file));
    delete manifest.pages[file];
  }
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return {
    date,
    files,
    restore() {
      for (const file of files) copyFileSync(join(spareDir, file), join(seedsDir, file));
      writeFileSync(manifestPath, full);
    },
  };
}
