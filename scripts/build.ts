/**
 * `npm run build` runs the ingest, then this: `node scripts/build.ts [--by-period auto|always|never]
 * [--jobs N] [--out DIR] [--sites-out DIR]`. A small archive is one `astro build`; a large one is
 * built by period (src/lib/build/by-period.ts), which rebuilds only the periods that changed.
 * ARCHIVE_CONTENT_DIR, ARCHIVE_SEEDS_DIR and ARCHIVE_CACHE_DIR move the content, seeds and cache as
 * for `astro build`. With YEAR_SITE_URL set (src/lib/hosting/hosting.ts), the finished site is
 * then divided into one folder per site that publishes it, under `--sites-out` (`dist-sites/`).
 * `--list-sites` prints those sites as JSON (`["hub","2023","2024"]`) and builds nothing: the
 * deploy workflow's matrix.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { astroBuildArguments, buildByPeriod, measuredChildEnv } from '../src/lib/build/by-period.ts';
import { articleCounts } from '../src/lib/build/content-folders.ts';
import { finishSite } from '../src/lib/build/finish.ts';
import { chooseBuildByPeriod, BY_PERIOD_CHOICES, type ByPeriodChoice } from '../src/lib/build/choose.ts';
import { privateWorkingFolder } from '../src/lib/dev/astro-working-folder.ts';
import { cacheFolder } from '../src/lib/build/cache-folder.ts';
import { writeSplitSites } from '../src/lib/build/split-output.ts';
import { yearOfflineFolder } from '../src/lib/offline/build.ts';
import { CORRECTION_VARIABLES, correctionSettings, type CorrectionSettings } from '../src/lib/archive/corrections.ts';
import { checkPublishingAddress, hosting, hostingSettings, HUB, sitesOf, type Hosting } from '../src/lib/hosting/hosting.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    'by-period': { type: 'string', default: 'auto' },
    jobs: { type: 'string', default: String(Math.min(2, availableParallelism())) },
    out: { type: 'string', default: 'dist' },
    'sites-out': { type: 'string', default: 'dist-sites' },
    'list-sites': { type: 'boolean', default: false },
  },
});
const choice = values['by-period'] as ByPeriodChoice;
if (!BY_PERIOD_CHOICES.includes(choice)) {
  console.error(`error: --by-period ${choice}: expected ${BY_PERIOD_CHOICES.join(', ')}`);
  process.exit(2);
}
const contentDir = resolve(process.env.ARCHIVE_CONTENT_DIR ?? join(root, 'content'));
const seedsDir = resolve(process.env.ARCHIVE_SEEDS_DIR ?? join(root, 'seeds'));
const cacheDir = cacheFolder(root);
const outDir = resolve(values.out);
const folders = articleCounts(contentDir);
const log = (line: string) => console.log(`[build] ${line}`);
const settings = hostingSettings(process.env);
let siteHosting: Hosting;
let corrections: CorrectionSettings | undefined;
try {
  if (!values['list-sites']) checkPublishingAddress(process.env);
  siteHosting = hosting(settings);
  corrections = correctionSettings(process.env);
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(2);
}

if (values['list-sites']) {
  console.log(JSON.stringify(sitesOf(siteHosting, folders.map((folder) => folder.date))));
  process.exit(0);
}
const unset = process.env.SITE_URL ? '' : ' (SITE_URL is unset: a local build; set it to the address the site will be served at)';
log(`addresses: ${siteHosting.rootOf('hub')}${settings.yearSite ? `, each year at ${settings.yearSite}` : ''}${unset}`);
log(corrections ? `corrections: each article links to ${corrections.repository}/edit/${corrections.branch}/seeds/…` : `corrections: no repository (${CORRECTION_VARIABLES.repository} is unset): articles have no 纠错 link`);

/** The finished site divided among the sites that publish it, when the archive is split. */
function splitIfHosted(): void {
  if (!siteHosting.split) return;
  const report = writeSplitSites(outDir, resolve(values['sites-out']), siteHosting, (site) => (site === HUB ? undefined : yearOfflineFolder(cacheDir, site)));
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  log(`sites: ${report.sites.map((s) => `${s.site} ${s.files} files, ${mb(s.bytes)} (${s.root})`).join('; ')}; ${report.seconds.toFixed(1)} s`);
}

if (!chooseBuildByPeriod(choice, folders)) {
  // From a working folder of its own, as every build here runs (src/lib/dev/astro-working-folder.ts).
  const cwd = privateWorkingFolder(root);
  const result = spawnSync(process.execPath, astroBuildArguments(root, outDir, 'astro'), {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, ARCHIVE_CONTENT_DIR: contentDir, ARCHIVE_SEEDS_DIR: seedsDir, ARCHIVE_CACHE_DIR: cacheDir, ...measuredChildEnv('astro') },
  });
  rmSync(cwd, { recursive: true, force: true });
  if (result.status === 0) splitIfHosted();
  process.exit(result.status ?? 1);
}

try {
  const report = await buildByPeriod({
    root,
    contentDir,
    seedsDir,
    outDir,
    cacheDir,
    jobs: Math.max(1, Number(values.jobs) || 1),
    env: {
      SITE_URL: process.env.SITE_URL,
      BASE_PATH: process.env.BASE_PATH,
      YEAR_SITE_URL: process.env.YEAR_SITE_URL,
      // Resolved here, GitHub Actions' defaults included, so that the periods' build keys follow it.
      [CORRECTION_VARIABLES.repository]: corrections?.repository,
      [CORRECTION_VARIABLES.branch]: corrections?.branch,
    },
    log,
  });
  log(`pages: ${report.built.length} periods built, ${report.reused} reused; periods ${report.seconds.periods.toFixed(1)} s, hub ${report.seconds.hub.toFixed(1)} s, assembly ${report.seconds.assembly.toFixed(1)} s (${report.assembly.files} files)`);
  const { periodKeys, assembly: { site, finished, ...assembly }, ...timings } = report;
  await finishSite(outDir, cacheDir, { info: log, warn: (line) => console.warn(`[build] ${line}`) }, { ...timings, assembly }, { files: site, periodKeys, finished });
  splitIfHosted();
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
}
