/**
 * The I/O edge of the split (src/lib/hosting/split-site.ts): a finished site divided into one
 * folder per site that publishes it (`<sites>/hub/`, `<sites>/2024/`, …), by hard links, with
 * each site's own sitemaps. Each folder is what one GitHub Pages site (or one bucket) serves.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesUnder, linkFile } from './file-tree.ts';
import { splitFiles, splitSitemaps } from '../hosting/split-site.ts';
import type { Hosting, SiteName } from '../hosting/hosting.ts';

export interface SplitReport {
  /** Each site's files and bytes, the hub first. */
  readonly sites: ReadonlyArray<{ readonly site: SiteName; readonly root: string; readonly files: number; readonly bytes: number }>;
  readonly seconds: number;
}

/**
 * `ownFiles`: a folder of files a site has beyond the build's (a year site's worker and offline
 * lists: src/lib/offline/build.ts, yearOfflineFolder), placed at its root.
 */
export function writeSplitSites(siteDir: string, sitesDir: string, hosting: Hosting, ownFiles: (site: SiteName) => string | undefined = () => undefined): SplitReport {
  const started = performance.now();
  const { files, sitemaps } = splitFiles(filesUnder(siteDir), hosting);
  const sitemapsBySite = splitSitemaps(
    sitemaps.map((file) => readFileSync(join(siteDir, file), 'utf8')),
    hosting.rootOf('hub'),
    hosting,
  );
  const next = `${sitesDir}.next`;
  rmSync(next, { recursive: true, force: true });
  const sites: Array<SplitReport['sites'][number]> = [];
  for (const [site, list] of files) {
    const folder = join(next, site);
    let bytes = 0;
    const place = (from: string, placed: readonly string[]) => {
      for (const file of placed) {
        const target = join(folder, file);
        mkdirSync(dirname(target), { recursive: true });
        linkFile(join(from, file), target);
      }
    };
    place(siteDir, list);
    const own = ownFiles(site);
    const ownList = own !== undefined && existsSync(own) ? filesUnder(own) : [];
    if (own !== undefined) place(own, ownList);
    for (const [name, content] of sitemapsBySite.get(site) ?? []) writeFileSync(join(folder, name), content);
    const written = [...list, ...ownList, ...(sitemapsBySite.get(site)?.keys() ?? [])];
    for (const file of written) bytes += statSync(join(folder, file)).size;
    sites.push({ site, root: hosting.rootOf(site), files: written.length, bytes });
  }
  const old = `${sitesDir}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(sitesDir)) renameSync(sitesDir, old);
  renameSync(next, sitesDir);
  rmSync(old, { recursive: true, force: true });
  return { sites, seconds: (performance.now() - started) / 1000 };
}
