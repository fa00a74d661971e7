/**
 * A search-only site for the bench (issue 13): a synthetic archive's article pages in both
 * scripts (src/lib/bench/search-pages.ts), written issue by issue, with each article's searchable
 * text kept as the recall check's ground truth. No Astro build: pages, then Pagefind.
 *
 * Layout under the work folder:
 *   site/zh-hans/YYYY/MM/DD/N/index.html, site/zh-hant/…   the article pages
 *   texts/<script>/<date>.json                              [{ url, text }] per issue, per script
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCRIPT_SEGMENTS, type ScriptSegment } from '../archive/scripts.ts';
import { createConverter } from '../convert/index.ts';
import type { ArticleEntry } from '../archive/article.ts';
import { writeArticlePages, type WrittenArticle } from './search-pages.ts';
import type { SyntheticArchive } from './search-corpus.ts';

export const siteFolder = (work: string) => join(work, 'site');
export const textsFolder = (work: string, script: ScriptSegment) => join(work, 'texts', script);

export interface WriteRange {
  /** Issues by index in the archive's plan, [from, to). */
  from: number;
  to: number;
}

/** Writes the pages and texts of a range of issues; an issue already written (its texts exist) is skipped. */
export function writeSearchSite(work: string, archive: SyntheticArchive, range: WriteRange = { from: 0, to: archive.plans.length }): { issues: number; articles: number } {
  const converter = createConverter({ variant: 'tw', personNames: archive.personNames });
  const cache = new Map<string, string>();
  const toTraditional = (text: string) => {
    let converted = cache.get(text);
    if (converted === undefined) {
      converted = converter.toTraditional(text);
      if (text.length < 40) cache.set(text, converted); // names, labels, headlines repeat
    }
    return converted;
  };
  const convert: Record<ScriptSegment, (text: string) => string> = { 'zh-hans': (text) => text, 'zh-hant': toTraditional };
  for (const script of SCRIPT_SEGMENTS) mkdirSync(textsFolder(work, script), { recursive: true });
  let issues = 0;
  let articles = 0;
  for (const issue of archive.issues(range.from, range.to)) {
    if (SCRIPT_SEGMENTS.every((script) => existsSync(join(textsFolder(work, script), `${issue.date}.json`)))) continue;
    for (const script of SCRIPT_SEGMENTS) {
      const written = writeArticlePages(siteFolder(work), issue.articles, script, convert[script]);
      writeFileSync(join(textsFolder(work, script), `${issue.date}.json`), JSON.stringify(written.map(({ url, text }) => ({ url, text }))));
    }
    issues++;
    articles += issue.articles.length;
  }
  return { issues, articles };
}

/**
 * Writes the article pages of any articles (the sample's, say) in both scripts under `siteDir`,
 * converted as the site converts them (the archive's person names keep their surnames); returns
 * each script's searchable texts.
 */
export function writeArticlesInBothScripts(siteDir: string, articles: readonly ArticleEntry[], personNames: Iterable<string>): Record<ScriptSegment, WrittenArticle[]> {
  const converter = createConverter({ variant: 'tw', personNames });
  const convert: Record<ScriptSegment, (text: string) => string> = { 'zh-hans': (text) => text, 'zh-hant': (text) => converter.toTraditional(text) };
  return Object.fromEntries(SCRIPT_SEGMENTS.map((script) => [script, writeArticlePages(siteDir, articles, script, convert[script])])) as Record<ScriptSegment, WrittenArticle[]>;
}

/** The ground truth of one script: every written article's URL, date and searchable text, oldest first. */
export function readTexts(work: string, script: ScriptSegment, until?: string): WrittenArticle[] {
  const folder = textsFolder(work, script);
  if (!existsSync(folder)) return [];
  const out: WrittenArticle[] = [];
  for (const name of readdirSync(folder).sort()) {
    const date = name.replace(/\.json$/, '');
    if (until && date > until) continue;
    for (const { url, text } of JSON.parse(readFileSync(join(folder, name), 'utf8')) as Array<{ url: string; text: string }>) out.push({ script, date, url, text });
  }
  return out;
}
