import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { finishSite } from '../lib/build/finish.ts';
import { buildScope } from '../lib/site/build-scope.ts';

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
        // A build by period makes the index and offline files once, over the assembled site (scripts/build.ts).
        if (buildScope.kind !== 'all') return;
        await finishSite(resolve(fileURLToPath(dir)), cacheDir, logger);
      },
    },
  };
}
