/**
 * Where the data exports live, and the absolute URLs they print. Exports are read outside the
 * site (harvesters, spreadsheets, library catalogues), so every URL in them is absolute and
 * carries the base path.
 */
import { articlePath, issuePath, personPath, seedPath, withBase, type ScriptSegment } from '../site/urls.ts';

/** `/api/issues.json`: every issue with its pages and article titles. */
export const issuesJsonPath = () => '/api/issues.json';
/** `/api/articles/2024-10-13-003.json`: one article, both scripts. */
export const articleJsonPath = (id: string) => `/api/articles/${id}.json`;
/**
 * The card another site puts in an iframe. One page holds both scripts; `?script=zh-hant` makes
 * it show the Traditional card (src/pages/embed/article/[id]/).
 */
export function embedPath(script: ScriptSegment, id: string): string {
  return `/embed/article/${id}/${script === 'zh-hant' ? '?script=zh-hant' : ''}`;
}
/** One oEmbed response per script, so a page's discovery link answers in that page's script. */
export const oembedPath = (script: ScriptSegment, id: string) => `/api/oembed/${script}/${id}.json`;
export const corpusJsonLinesPath = () => '/data/articles.jsonl';
export const corpusCsvPath = () => '/data/articles.csv';
/** Folder of the OAI-PMH Static Repository files (`2024.xml`, `2024-03.xml`, …). */
export const oaiDirectoryPath = () => '/oai/';

/** Absolute URLs of the site's pages and exports. */
export interface ExportUrls {
  /** The site's origin and base, ending in `/`: `https://example.github.io/wujin/`. */
  readonly root: string;
  absolute(sitePath: string): string;
  issue(script: ScriptSegment, date: string): string;
  article(script: ScriptSegment, date: string, order: number): string;
  person(script: ScriptSegment, name: string): string;
  seed(file: string): string;
  embed(script: ScriptSegment, id: string): string;
  articleJson(id: string): string;
  oembed(script: ScriptSegment, id: string): string;
  oaiFile(name: string): string;
}

/** `site` is Astro's `site` (an origin or URL), `base` its `base` (`/` or `/<repo>/`). */
export function createExportUrls(site: string | URL, base: string): ExportUrls {
  const absolute = (sitePath: string) => new URL(withBase(base, sitePath), site).href;
  return {
    root: absolute('/'),
    absolute,
    issue: (script, date) => absolute(issuePath(script, date)),
    article: (script, date, order) => absolute(articlePath(script, date, order)),
    person: (script, name) => absolute(personPath(script, name)),
    seed: (file) => absolute(seedPath(file)),
    embed: (script, id) => absolute(embedPath(script, id)),
    articleJson: (id) => absolute(articleJsonPath(id)),
    oembed: (script, id) => absolute(oembedPath(script, id)),
    oaiFile: (name) => absolute(`${oaiDirectoryPath()}${name}`),
  };
}
