/**
 * Where each file of the archive is published (issue 15). A small archive is one site. An archive
 * past one host's limit (GitHub Pages: 1 GB a site) is published as a hub (home, year calendars,
 * search and its routing table, people, data and library pages, feeds) and one site per year
 * (that year's month, issue and article pages, its people's month pages, its API documents and issue list, seed
 * files, corpus, OAI files and search partitions). The split is one setting, `YEAR_SITE_URL`: a
 * URL with `{year}` in it. Pure: the routes' URLs, the build and the split of the built site read
 * it.
 */
import { withBase } from '../archive/routes.ts';
import { compareCodeUnits } from '../archive/order.ts';

/** `hub`, or a year's site: `2024`. */
export type SiteName = 'hub' | `${number}`;

export const HUB: SiteName = 'hub';

/** The settings: where the hub is (Astro's `site` and `base`), and where each year's site is, if anywhere else. */
export interface HostingSettings {
  /** `SITE_URL`: the hub's origin (`https://example.github.io`), or a URL. */
  readonly site: string;
  /** `BASE_PATH`: the hub's path (`/` or `/wujin/`). */
  readonly base: string;
  /** `YEAR_SITE_URL`: each year's site, `{year}` standing for the year (`https://example.github.io/wujin-{year}/`). */
  readonly yearSite?: string;
}

export interface Hosting {
  /** Whether the archive is split into a hub and year sites. */
  readonly split: boolean;
  /** The site that serves a site path: always the hub when the archive is one site. */
  siteOf(path: string): SiteName;
  /** A site's origin and path, ending in `/`. */
  rootOf(site: SiteName): string;
  /** A site path's absolute URL, at the site that serves it. */
  absolute(path: string): string;
}

export const YEAR_PLACEHOLDER = '{year}';

/** The variables the settings are read from. */
export const HOSTING_VARIABLES = { site: 'SITE_URL', base: 'BASE_PATH', yearSite: 'YEAR_SITE_URL' } as const;

/**
 * A build for publishing (in CI, or with NODE_ENV=production) must be told the address it will be
 * served at: without SITE_URL every canonical link, citation, feed, sitemap and export would
 * name http://localhost:4321/, and librarians would be handed dead links. Throws for such a build;
 * says nothing otherwise.
 */
export function checkPublishingAddress(env: Readonly<Record<string, string | undefined>>): void {
  if (env[HOSTING_VARIABLES.site]) return;
  const publishing = (env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0') || env.NODE_ENV === 'production';
  if (!publishing) return;
  throw new Error(
    `${HOSTING_VARIABLES.site} is not set. A build in CI or with NODE_ENV=production is for publishing, and without it every canonical link, citation, feed, sitemap and export would point to http://localhost:4321/. Set ${HOSTING_VARIABLES.site} to the address the site will be served at (https://<user>.github.io for a GitHub project site, with ${HOSTING_VARIABLES.base}=/<repo>/).`,
  );
}

export function hostingSettings(env: Readonly<Record<string, string | undefined>>, defaultSite = 'http://localhost:4321'): HostingSettings {
  const yearSite = env[HOSTING_VARIABLES.yearSite] || undefined;
  return { site: env[HOSTING_VARIABLES.site] || defaultSite, base: env[HOSTING_VARIABLES.base] || '/', ...(yearSite ? { yearSite } : {}) };
}

export function hosting(settings: HostingSettings): Hosting {
  const hubRoot = new URL(withBase(settings.base, '/'), settings.site).href;
  const template = settings.yearSite;
  if (template !== undefined) checkYearSite(template, hubRoot);
  const split = template !== undefined;
  const rootOf = (site: SiteName) => (site === HUB || !template ? hubRoot : template.replaceAll(YEAR_PLACEHOLDER, site));
  const siteOf = (path: string): SiteName => (split ? siteOfPath(path) : HUB);
  return {
    split,
    siteOf,
    rootOf,
    absolute: (path) => new URL(path.replace(/^\/+/, ''), rootOf(siteOf(path))).href,
  };
}

/** The sites an archive of these issue dates (`YYYY-MM-DD`) publishes: the hub, then each year's, oldest first, when it is split. */
export function sitesOf(hosting: Pick<Hosting, 'split'>, dates: Iterable<string>): SiteName[] {
  if (!hosting.split) return [HUB];
  return [HUB, ...[...new Set([...dates].map((date) => date.slice(0, 4) as SiteName))].sort(compareCodeUnits)];
}

/** A year standing in for `{year}` where a template is checked, and its address read part by part. */
export const SAMPLE_YEAR = '2000';

/**
 * Throws, naming the variable, unless the template can work: an http(s) URL ending in `/`, not
 * the hub's, with the year in the path, the port, or the first label of a host with a domain
 * (`y{year}.example.org`), where a Content-Security-Policy source can stand for every year.
 */
export function checkYearSite(template: string, hubRoot: string): void {
  const sample = template.replaceAll(YEAR_PLACEHOLDER, SAMPLE_YEAR);
  const [label, ...rest] = /^https?:\/\/([^/:]+)/.exec(sample)?.[1]?.split('.') ?? [];
  const problem = !template.includes(YEAR_PLACEHOLDER)
    ? `it has no ${YEAR_PLACEHOLDER}`
    : !/^https?:\/\/[^/]+(\/.*)?\/$/.test(sample)
      ? 'it must be an http(s) URL ending in /'
      : sample === hubRoot
        ? "a year's site cannot be the hub"
        : rest.join('.').includes(SAMPLE_YEAR) || (label!.includes(SAMPLE_YEAR) && rest.length === 0)
          ? 'the year may be in the first label of a host with a domain (y{year}.example.org), in the port or in the path'
          : undefined;
  if (problem) throw new Error(`${HOSTING_VARIABLES.yearSite}=${template}: ${problem} (for example https://example.github.io/wujin-${YEAR_PLACEHOLDER}/)`);
}

/**
 * The site a path belongs to when the archive is split: what is dated by a month (a month's and an
 * issue's pages, a person's month, an issue's API document and oEmbed responses, a year's corpus,
 * OAI files, seeds and a period's search index) is its year's; everything else
 * (home, year calendars, search, people, data, libraries, feeds, shared assets) is the hub's.
 * A year's site has its own search and save-for-offline pages (`/zh-hans/2024/search/`), so that
 * a reader can save its months and search them offline there: a worker serves its own site only.
 */
export function siteOfPath(path: string): SiteName {
  for (const pattern of YEAR_OWNED) {
    const year = pattern.exec(path)?.[1];
    if (year) return year as SiteName;
  }
  return HUB;
}

const YEAR_OWNED: readonly RegExp[] = [
  /^\/zh-han[st]\/(\d{4})\/\d{2}\//,
  // A year site's own search, save-for-offline and fallback pages, which its worker serves offline.
  /^\/zh-han[st]\/(\d{4})\/(?:search|offline)\//,
  /^\/zh-han[st]\/people\/[^/]+\/(\d{4})\/\d{2}\//,
  /^\/api\/(?:issues|oembed)\/(\d{4})-/,
  /^\/api\/years\/(\d{4})\.json$/,
  /^\/data\/(\d{4})\//,
  /^\/oai\/(\d{4})[.-]/,
  /^\/seeds\/(\d{4})-/,
  /^\/pagefind\/zh-han[st]\/(\d{4})-\d{2}[a-z]?\//,
];

/**
 * Files of the hub that every year's site serves a copy of: the page a host shows for a missing
 * address, and what its own search page needs beside the periods' indexes (Pagefind's runtime,
 * which a period's index loads from beside it, each script's period list and routing table, and
 * the query conversion map), so that the search works, offline too, from the year's own origin.
 */
export function isCopiedToYearSites(path: string): boolean {
  return COPIED_TO_YEAR_SITES.some((pattern) => pattern.test(path));
}

const COPIED_TO_YEAR_SITES: readonly RegExp[] = [
  /^\/404\.html$/,
  /^\/pagefind\/(?:pagefind\.js|pagefind-worker\.js|wasm\.unknown\.pagefind)$/,
  /^\/pagefind\/zh-han[st]\/(?:periods\.json|routes\/)/,
  /^\/zh-han[st]\/search\/query-map\.json$/,
];

/** Whether a site serves a path (with `/`): its own files, and on a year's site the hub's copied ones. */
export function servesPath(hosting: Pick<Hosting, 'siteOf'>, site: SiteName): (path: string) => boolean {
  return (path) => hosting.siteOf(path) === site || (site !== HUB && isCopiedToYearSites(path));
}
