/**
 * The Astro edge of the site library: reads the content collections once per build and hands
 * pages the archive index and each script's text functions.
 */
import { getCollection } from 'astro:content';
import { createConverter } from '../convert/index.ts';
import { parseArticleBody } from '../ingest/mdx.ts';
import { buildArchiveIndex, type ArchiveIndex, type ArticleEntry } from './archive-index.ts';
import { createScriptText, type ScriptText } from './script-text.ts';
import { pageContext, type PageContext } from './page-context.ts';
import { SCRIPT_SEGMENTS, withoutBase, type ScriptSegment } from './urls.ts';

let archive: Promise<ArchiveIndex> | undefined;
const scriptTexts = new Map<ScriptSegment, Promise<ScriptText>>();

export function loadArchive(): Promise<ArchiveIndex> {
  archive ??= (async () => {
    const [articles, issues] = await Promise.all([getCollection('articles'), getCollection('issues')]);
    const entries: ArticleEntry[] = articles.map(({ data, body }) => ({ ...data, paragraphs: parseArticleBody(body ?? '') }));
    return buildArchiveIndex(
      entries,
      issues.map(({ data }) => ({ date: data.date, pages: data.pages.map((p) => ({ label: p.label, file: p.file, articles: p.articles })) })),
    );
  })();
  return archive;
}

export function loadScriptText(script: ScriptSegment): Promise<ScriptText> {
  let text = scriptTexts.get(script);
  if (!text) {
    text = (async () => {
      if (script === 'zh-hans') return createScriptText(script, (s) => s);
      const { personNames } = await loadArchive();
      const converter = createConverter({ variant: 'tw', personNames });
      return createScriptText(script, (s) => converter.toTraditional(s));
    })();
    scriptTexts.set(script, text);
  }
  return text;
}

export interface PageSetup {
  archive: ArchiveIndex;
  text: ScriptText;
  context: PageContext;
}

/** Everything a page needs, computed once: the archive, its script's text, and its URLs. */
export async function loadPage(url: URL, site: URL | undefined, script: ScriptSegment): Promise<PageSetup> {
  const base = import.meta.env.BASE_URL;
  const path = withoutBase(base, url.pathname) ?? url.pathname;
  const [archiveIndex, text] = await Promise.all([loadArchive(), loadScriptText(script)]);
  return { archive: archiveIndex, text, context: pageContext({ script, path, base, site: site ?? url.origin }) };
}

/** `getStaticPaths` entries for each script, with extra params and props per script. */
export function forEachScript<T extends { params: Record<string, string>; props?: Record<string, unknown>; cacheKey?: string }>(
  make: (script: ScriptSegment) => T[],
): Array<{ params: T['params'] & { script: ScriptSegment }; props: T['props']; cacheKey?: string }> {
  return SCRIPT_SEGMENTS.flatMap((script) =>
    make(script).map((entry) => ({ params: { ...entry.params, script }, props: entry.props, ...(entry.cacheKey ? { cacheKey: entry.cacheKey } : {}) })),
  );
}
