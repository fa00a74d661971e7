import { otherScript, SCRIPTS, switchScript, withBase, type LanguageTag, type ScriptSegment } from './urls.ts';

export interface Alternate {
  hreflang: LanguageTag | 'x-default';
  href: string;
}

/** What every page's head and header need, computed once per page. */
export interface PageContext {
  script: ScriptSegment;
  lang: LanguageTag;
  /** The site path of this page, without base: `/zh-hans/2024/10/13/`. */
  path: string;
  canonical: string;
  alternates: Alternate[];
  /** The same page in the other script. */
  toggle: { href: string; lang: LanguageTag; label: string };
  /** Puts a site path under the base. */
  href(path: string): string;
}

export interface PageContextInput {
  script: ScriptSegment;
  path: string;
  base: string;
  site: URL | string;
}

/** Language names are written in their own script, tagged with their language. */
const SCRIPT_NAMES: Record<ScriptSegment, string> = { 'zh-hans': '简体', 'zh-hant': '繁體' };

export function pageContext({ script, path, base, site }: PageContextInput): PageContext {
  const absolute = (sitePath: string) => new URL(withBase(base, sitePath), site).href;
  const other = otherScript(script);
  return {
    script,
    lang: SCRIPTS[script],
    path,
    canonical: absolute(path),
    alternates: [
      { hreflang: SCRIPTS[script], href: absolute(path) },
      { hreflang: SCRIPTS[other], href: absolute(switchScript(path)) },
      { hreflang: 'x-default', href: absolute('/') },
    ].sort((a, b) => a.hreflang.localeCompare(b.hreflang)) as Alternate[],
    toggle: { href: withBase(base, switchScript(path)), lang: SCRIPTS[other], label: SCRIPT_NAMES[other] },
    href: (sitePath: string) => withBase(base, sitePath),
  };
}
