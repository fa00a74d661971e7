import { absoluteUrl, switchScript, withBase } from '../archive/routes.ts';
import { otherScript, SCRIPT_TABLE, type LanguageTag, type ScriptInfo, type ScriptSegment } from '../archive/scripts.ts';

/** What every page's head and header need, computed once per page. */
export interface PageContext {
  script: ScriptSegment;
  lang: LanguageTag;
  /** The page's row of the script table (Open Graph locale, embed parameter, …). */
  scriptInfo: ScriptInfo;
  /** The site path of this page, without base: `/zh-hans/2024/10/13/`. */
  path: string;
  /**
   * No hreflang alternates in the head: the sitemap lists every page's twin and x-default
   * (astro.config.mjs), which search engines take as the same signal; in the head they cost
   * ~260 bytes on each of an archive's pages.
   */
  canonical: string;
  /** The same page in the other script; its label is the other script's name, in that script. */
  toggle: { href: string; lang: LanguageTag; label: string };
  /** Puts a site path under the base. */
  href(path: string): string;
  /** The absolute URL of a site path. */
  absolute(path: string): string;
}

export interface PageContextInput {
  script: ScriptSegment;
  path: string;
  base: string;
  site: URL | string;
}

export function pageContext({ script, path, base, site }: PageContextInput): PageContext {
  const absolute = (sitePath: string) => absoluteUrl(site, base, sitePath);
  const other = SCRIPT_TABLE[otherScript(script)];
  return {
    script,
    lang: SCRIPT_TABLE[script].lang,
    scriptInfo: SCRIPT_TABLE[script],
    path,
    canonical: absolute(path),
    toggle: { href: withBase(base, switchScript(path)), lang: other.lang, label: other.label },
    href: (sitePath: string) => withBase(base, sitePath),
    absolute,
  };
}
