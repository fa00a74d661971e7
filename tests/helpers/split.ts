import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runNode, type RunResult } from './run.ts';
import { ROOT } from './seeds.ts';

/** The sample's 2024-01-13 issue, dated 2023-12-30 in a split sample: two years, so a hub and two year sites. */
export const MOVED_ISSUE = { seed: '003_f04102f983c17de7.txt', date: '2023-12-30' } as const;

/**
 * The sample archive with one issue moved to 2023, ingested and built into `<work>/dist` and its
 * sites into `<work>/sites` with these hosting settings (SITE_URL, BASE_PATH, YEAR_SITE_URL).
 */
export function buildSplitSample(work: string, hosting: { SITE_URL: string; BASE_PATH: string; YEAR_SITE_URL: string }): { ingest: RunResult; build: RunResult; content: string; sites: string } {
  const seeds = join(work, 'seeds');
  const content = join(work, 'content');
  const sites = join(work, 'sites');
  cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(seeds, 'issues.json'), 'utf8')) as { pages: Record<string, { date?: string }> };
  manifest.pages[MOVED_ISSUE.seed]!.date = MOVED_ISSUE.date;
  writeFileSync(join(seeds, 'issues.json'), JSON.stringify(manifest, null, 2));
  const env = { ARCHIVE_CACHE_DIR: join(work, 'cache') };
  const ingest = runNode([join(ROOT, 'scripts', 'ingest.ts'), '--seeds', seeds, '--out', content], env);
  if (ingest.status !== 0) return { ingest, build: ingest, content, sites };
  const build = runNode([join(ROOT, 'scripts', 'build.ts'), '--by-period', 'never', '--out', join(work, 'dist'), '--sites-out', sites], { ...env, ARCHIVE_CONTENT_DIR: content, ARCHIVE_SEEDS_DIR: seeds, ...hosting }, 400_000);
  return { ingest, build, content, sites };
}
