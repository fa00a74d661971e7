/**
 * A built site divided among the sites that publish it (hosting.ts): each file goes to the site
 * that serves it, and each site gets a sitemap of its own pages, at its own address (a sitemap
 * may list only URLs under its own location). Pure: the build links the files
 * (scripts/build.ts).
 */
import { HUB, isCopiedToYearSites, type Hosting, type SiteName } from './hosting.ts';
import { compareCodeUnits } from '../archive/order.ts';

const SITEMAP = /^sitemap-(?:index|[^/]+)\.xml$/;
const URL_ENTRY = /<url>[\s\S]*?<\/url>/g;
const LOC = /<loc>([^<]*)<\/loc>/;
/** @astrojs/sitemap's limit per file: the protocol allows 50,000 URLs. */
const URLS_PER_SITEMAP = 45_000;

export interface SplitSite {
  /** Each site's files (paths in the built site, relative to it), the hub first, then the years, oldest first. */
  readonly files: ReadonlyMap<SiteName, readonly string[]>;
  /** The built site's sitemap files, which each site replaces with its own. */
  readonly sitemaps: readonly string[];
}

export function splitFiles(files: readonly string[], hosting: Pick<Hosting, 'siteOf'>): SplitSite {
  const bySite = new Map<SiteName, string[]>([[HUB, []]]);
  const sitemaps: string[] = [];
  const everySite: string[] = [];
  for (const file of files) {
    if (SITEMAP.test(file)) {
      sitemaps.push(file);
      continue;
    }
    if (isCopiedToYearSites(`/${file}`)) everySite.push(file);
    const site = hosting.siteOf(`/${file}`);
    let list = bySite.get(site);
    if (!list) bySite.set(site, (list = []));
    list.push(file);
  }
  for (const [site, list] of bySite) if (site !== HUB) list.push(...everySite);
  const ordered = [...bySite].sort(([a], [b]) => (a === HUB ? -1 : b === HUB ? 1 : compareCodeUnits(a, b)));
  return { files: new Map(ordered), sitemaps };
}

/**
 * Each site's sitemap files, from the built site's: every URL entry (with its alternates) moved to
 * the site that serves it, its addresses made that site's. `hubRoot` is the address the build
 * wrote every URL under.
 */
export function splitSitemaps(sitemaps: readonly string[], hubRoot: string, hosting: Pick<Hosting, 'siteOf' | 'rootOf' | 'absolute'>): Map<SiteName, Map<string, string>> {
  const entries = new Map<SiteName, string[]>();
  const rehome = (url: string) => (url.startsWith(hubRoot) ? hosting.absolute(`/${url.slice(hubRoot.length)}`) : url);
  for (const sitemap of sitemaps) {
    for (const entry of sitemap.match(URL_ENTRY) ?? []) {
      const loc = LOC.exec(entry)?.[1];
      if (!loc || !loc.startsWith(hubRoot)) continue;
      const site = hosting.siteOf(`/${loc.slice(hubRoot.length)}`);
      const rewritten = entry.replace(/(<loc>|href=")([^<"]*)/g, (_match, before: string, url: string) => `${before}${rehome(url)}`);
      let list = entries.get(site);
      if (!list) entries.set(site, (list = []));
      list.push(rewritten);
    }
  }
  const namespaces = sitemaps.map((s) => /<urlset([^>]*)>/.exec(s)?.[1]).find((attributes) => attributes !== undefined) ?? ' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';
  const result = new Map<SiteName, Map<string, string>>();
  for (const [site, list] of entries) {
    const files = new Map<string, string>();
    for (let i = 0; i * URLS_PER_SITEMAP < list.length; i++) {
      files.set(`sitemap-${i}.xml`, `<?xml version="1.0" encoding="UTF-8"?><urlset${namespaces}>${list.slice(i * URLS_PER_SITEMAP, (i + 1) * URLS_PER_SITEMAP).join('')}</urlset>`);
    }
    const root = hosting.rootOf(site);
    files.set(
      'sitemap-index.xml',
      `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${[...files.keys()].map((name) => `<sitemap><loc>${root}${name}</loc></sitemap>`).join('')}</sitemapindex>`,
    );
    result.set(site, files);
  }
  return result;
}
