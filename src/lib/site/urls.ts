/** The two script trees of the site, by URL segment. */
export const SCRIPTS = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' } as const;
export type ScriptSegment = keyof typeof SCRIPTS;

/** Joins a path under the configured base; the one place that knows about `base` and trailing slashes. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  const trimmedPath = path.replace(/^\/+/, '');
  return `${trimmedBase}${trimmedPath}`;
}

/** `/zh-hans/2024/10/13/`: one issue. */
export function issuePath(script: ScriptSegment, date: string): string {
  const [year, month, day] = date.split('-');
  return `/${script}/${year}/${month}/${day}/`;
}

/** `/zh-hans/2024/10/13/3/`: one article, by its order in the issue. */
export function articlePath(script: ScriptSegment, date: string, order: number): string {
  return `${issuePath(script, date)}${order}/`;
}
