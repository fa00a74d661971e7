import { switchScript, withBase } from '../archive/routes.ts';
import { HUB, type Hosting, type SiteName } from '../hosting/hosting.ts';
import { otherScript, SCRIPT_TABLE, type LanguageTag, type ScriptInfo, type ScriptSegment } from '../archive/scripts.ts';

/** What every page's head and header need, computed once per page. */
export interface PageContext {
  script: ScriptSegment;
  lang: LanguageTag;
  /** The page's row of the script table (Open Graph locale, embed parameter, …). */
  scriptInfo: ScriptInfo;
  /** The site path of this page, without base: `/zh-hans/2024/10/13/`. */
  path: string;
  /** The site that serves this page: the hub, or its year's site when the archive is split (src/lib/hosting/). */
  site: SiteName;
  /** The path of this page's site, ending in `/`: its worker's scope. */
  siteBase: string;
  /**
   * The year whose own search, save-for-offline and fallback pages this page links to (a year's
   * site, when the archive is split: its worker serves them offline), or undefined for the hub's.
   */
  shellYear: string | undefined;
  /**
   * No hreflang alternates in the head: the sitemap lists every page's twin and x-default
   * (astro.config.mjs), which search engines take as the same signal; in the head they cost
   * ~260 bytes on each of an archive's pages.
   */
  canonical: string;
  /** The same page in the other script; its label is the other script's name, in that script. */
  toggle: { href: string; lang: LanguageTag; label: string };
  /** A link to a site path: under this page's site's base, or absolute when another site serves it. */
  href(path: string): string;
  /** The absolute URL of a site path, at the site that serves it. */
  absolute(path: string): string;
  /** A link to a site path at this page's own site, for the hub's files every site serves a copy of (hosting.ts, isCopiedToYearSites). */
  local(path: string): string;
}

export interface PageContextInput {
  script: ScriptSegment;
  path: string;
  hosting: Hosting;
}

export function pageContext({ script, path, hosting }: PageContextInput): PageContext {
  const site = hosting.siteOf(path);
  const sitePathname = new URL(hosting.rootOf(site)).pathname;
  const local = (sitePath: string) => withBase(sitePathname, sitePath);
  const href = (sitePath: string) => (hosting.siteOf(sitePath) === site ? local(sitePath) : hosting.absolute(sitePath));
  const other = SCRIPT_TABLE[otherScript(script)];
  return {
    script,
    lang: SCRIPT_TABLE[script].lang,
    scriptInfo: SCRIPT_TABLE[script],
    path,
    site,
    siteBase: sitePathname,
    shellYear: site === HUB ? undefined : site,
    canonical: hosting.absolute(path),
    toggle: { href: href(switchScript(path)), lang: other.lang, label: other.label },
    href,
    absolute: (sitePath) => hosting.absolute(sitePath),
    local,
  };
}
