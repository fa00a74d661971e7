/** The two script trees of the site: URL segment → BCP 47 language tag. */
export const SCRIPTS = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' } as const;
export type ScriptSegment = keyof typeof SCRIPTS;
export type LanguageTag = (typeof SCRIPTS)[ScriptSegment];
export const SCRIPT_SEGMENTS = Object.keys(SCRIPTS) as ScriptSegment[];

export function otherScript(script: ScriptSegment): ScriptSegment {
  return script === 'zh-hans' ? 'zh-hant' : 'zh-hans';
}

/** Puts a site path under the configured base; the one place that knows about `base`. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  return `${trimmedBase}${path.replace(/^\/+/, '')}`;
}

/** The site path of a pathname that may carry the base, or undefined when it is outside the base. */
export function withoutBase(base: string, pathname: string): string | undefined {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(trimmedBase)) return pathname === trimmedBase.slice(0, -1) ? '/' : undefined;
  return `/${pathname.slice(trimmedBase.length)}`;
}

/** The same page in the other script: only the first segment changes. */
export function switchScript(path: string): string {
  return path.replace(/^\/zh-han([st])(?=\/|$)/, (_, letter: string) => `/zh-han${letter === 's' ? 't' : 's'}`);
}

export function scriptOfPath(path: string): ScriptSegment | undefined {
  const segment = path.split('/')[1];
  return segment === 'zh-hans' || segment === 'zh-hant' ? segment : undefined;
}

export const homePath = (script: ScriptSegment) => `/${script}/`;
export const searchPath = (script: ScriptSegment) => `/${script}/search/`;
export const peoplePath = (script: ScriptSegment) => `/${script}/people/`;
export const personPath = (script: ScriptSegment, name: string) => `/${script}/people/${encodeURIComponent(name)}/`;
export const yearPath = (script: ScriptSegment, year: string) => `/${script}/${year}/`;
export const monthPath = (script: ScriptSegment, year: string, month: string) => `/${script}/${year}/${month}/`;
/** The seed file a page was read from (`seeds/000_x.txt`), served as plain text. */
export const seedPath = (file: string) => `/seeds/${file.split('/').pop()}`;

/** `/zh-hans/2024/10/13/`: one issue. */
export function issuePath(script: ScriptSegment, date: string): string {
  const [year, month, day] = date.split('-');
  return `/${script}/${year}/${month}/${day}/`;
}

/** `/zh-hans/2024/10/13/3/`: one article, by its order in the issue. */
export function articlePath(script: ScriptSegment, date: string, order: number): string {
  return `${issuePath(script, date)}${order}/`;
}
