import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildOffline, type OfflineBuildReport } from '../lib/offline/build.ts';
import { buildPartitionedIndex, type PartitionedIndexReport } from '../lib/search/partitioned-index.ts';
import { writeBuildReport } from './build-report.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function searchIndexLine(report: PartitionedIndexReport): string {
  const scripts = report.scripts.map((s) => `${s.script} ${s.pages} pages in ${s.periods} periods`).join(', ');
  return `search index: ${report.pages} pages (${scripts || 'none'}), ${report.indexed} periods indexed, ${report.reused} unchanged from the cache, into ${report.outputPath} in ${report.seconds.toFixed(1)} s`;
}

export function offlineLine(report: OfflineBuildReport): string {
  const lists = report.lists.map((list) => `${list.script} ${list.files} files, ${kb(list.bytes)}`).join('; ');
  return `offline: build ${report.build}, precache ${report.precache.files} files (${kb(report.precache.bytes)}); save for offline: ${lists}; ${report.seconds.toFixed(1)} s`;
}

/**
 * Runs one step, naming it in any error. If the step can no longer finish (Pagefind's Node API
 * waits forever when its binary crashes), Node's event loop runs dry: that is an error too,
 * where a script's top-level await would have exited non-zero and `astro build` would exit 0.
 */
function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stalled = () => reject(new Error(`${name} failed: it stopped before finishing, with nothing left running (see the output above)`));
    process.once('beforeExit', stalled);
    run()
      .then(resolve, (error: unknown) => reject(new Error(`${name} failed: ${(error as Error).message}`, { cause: error })))
      .finally(() => process.off('beforeExit', stalled));
  });
}

/**
 * The rest of the build, once Astro has written every page (and the sitemap: list this
 * integration after it): the search index (one Pagefind index per period, periods unchanged
 * since the last build copied from Astro's cache folder), then the service worker and offline lists,
 * which hash every file of the output, the index included. `astro build` is the whole build.
 */
export function archiveBuild(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'archive-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = resolve(fileURLToPath(dir));
        const search = await step('search index', () => buildPartitionedIndex(siteDir, { cacheDir }));
        logger.info(searchIndexLine(search));
        const offline = await step('offline build', () => buildOffline(siteDir));
        for (const warning of offline.warnings) logger.warn(`offline: ${warning}`);
        logger.info(offlineLine(offline));
        writeBuildReport(cacheDir, {
          pagefind: { seconds: search.seconds, pages: search.pages, periods: search.periods, indexed: search.indexed, reused: search.reused },
          offline: { seconds: offline.seconds, build: offline.build },
        });
      },
    },
  };
}
