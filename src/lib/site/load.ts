/**
 * The Astro edge of the site library: reads the content collections once per build and hands
 * pages the archive index and each script's text functions.
 */
import { getCollection } from 'astro:content';
import { createConverter } from '../convert/index.ts';
import { buildArchiveIndex, byYear, type ArchiveIndex } from '../archive/archive-index.ts';
import { relatedEntries, relatedSource, type RelatedEntry } from '../archive/related.ts';
import { articleTerms } from '../archive/terms.ts';
import { articleText, cardView, type ArticleEntry, type ArticleText, type CardView } from '../archive/article.ts';
import { createScriptText, type ScriptText } from '../archive/script-text.ts';
import { pageContext, type PageContext } from './page-context.ts';
import { siteHosting } from './site-hosting.ts';
import { buildScope, ownedPaths } from './build-scope.ts';
import type { RouteOwner } from '../build/scope.ts';
import type { PeriodSummary } from '../build/content-folders.ts';
import { withoutBase } from '../archive/routes.ts';
import { SCRIPT_SEGMENTS, SCRIPT_TABLE, type ScriptSegment } from '../archive/scripts.ts';
import { conversionMemo, CONVERSION_MEMO_VARIABLE } from '../convert/conversion-memo.ts';
import { cacheKey, conversionFingerprint } from './cache-keys.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

let archive: Promise<ArchiveIndex> | undefined;

export function loadArchive(): Promise<ArchiveIndex> {
  archive ??= (async () => {
    if (buildScope.kind === 'hub') {
      // The hub renders from the periods' summaries (src/lib/build/content-folders.ts), not from the content.
      const summaries = buildScope.summaries.map((file) => JSON.parse(readFileSync(file, 'utf8')) as PeriodSummary);
      return buildArchiveIndex(
        summaries.flatMap((s) => s.articles),
        summaries.flatMap((s) => s.issues),
      );
    }
    const [articles, issues] = await Promise.all([getCollection('articles'), getCollection('issues')]);
    const entries: ArticleEntry[] = articles.map(({ data }) => data);
    return buildArchiveIndex(
      entries,
      issues.map(({ data }) => ({ date: data.date, pages: data.pages.map((p) => ({ label: p.label, file: p.file, articles: p.articles, remainders: p.remainders })) })),
      buildScope.kind === 'period' ? buildScope : {},
    );
  })();
  return archive;
}

let related: Promise<ReadonlyMap<string, readonly RelatedEntry[]>> | undefined;

/**
 * Each article's related articles (src/lib/archive/related.ts): a period's from its scope (the
 * build by period makes them over the whole archive), a build of everything's from its articles'
 * whole text, once.
 */
export function loadRelated(): Promise<ReadonlyMap<string, readonly RelatedEntry[]>> {
  related ??= (async () => {
    if (buildScope.kind === 'period') return new Map(Object.entries(buildScope.related ?? {}));
    if (buildScope.kind === 'hub') return new Map();
    const { articleById } = await loadArchive();
    return relatedEntries([...articleById.values()].map((article) => relatedSource(article, articleTerms(article.paragraphs))));
  })();
  return related;
}

/** `make` runs at most once per script per build; later calls share its promise. */
function oncePerScript<T>(make: (script: ScriptSegment) => Promise<T>): (script: ScriptSegment) => Promise<T> {
  const made = new Map<ScriptSegment, Promise<T>>();
  return (script) => {
    let value = made.get(script);
    if (!value) {
      value = make(script);
      made.set(script, value);
    }
    return value;
  };
}

/** A script's text functions; the derived tree's converter keeps the archive's credited names whole. */
export const loadScriptText = oncePerScript(async (script): Promise<ScriptText> => {
  if (SCRIPT_TABLE[script].isSource) return createScriptText(script, (s) => s);
  const { personNames } = await loadArchive();
  const converter = createConverter({ variant: 'tw', personNames });
  const memoFile = process.env[CONVERSION_MEMO_VARIABLE];
  if (!memoFile) return createScriptText(script, (s) => converter.toTraditional(s));
  const kept = keptForNextBuild(memoFile);
  const memo = conversionMemo((s) => converter.toTraditional(s), conversionFingerprint(script, personNames), kept.previous);
  kept.keepAtExit(() => memo.serialize());
  return createScriptText(script, memo.convert);
});

/**
 * A file a build leaves for the next one (a memo): what the last build left, if anything, and
 * `keepAtExit` to write this build's when its process ends, since Astro gives pages no hook
 * after the last one is rendered.
 */
export function keptForNextBuild(file: string): { previous: string | undefined; keepAtExit(contents: () => string): void } {
  return {
    previous: existsSync(file) ? readFileSync(file, 'utf8') : undefined,
    keepAtExit: (contents) =>
      process.once('exit', () => {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, contents());
      }),
  };
}

/** Each article's text in a script, made once per build on first use (src/lib/archive/article.ts). */
export const loadArticleTexts = oncePerScript(async (script): Promise<(article: ArticleEntry) => ArticleText> => {
  const { t } = await loadScriptText(script);
  const made = new Map<string, ArticleText>();
  return (article) => {
    let text = made.get(article.id);
    if (!text) {
      text = articleText(article, t);
      made.set(article.id, text);
    }
    return text;
  };
});

export interface PageSetup {
  archive: ArchiveIndex;
  text: ScriptText;
  /** An article's text in the page's script. */
  articleText: (article: ArticleEntry) => ArticleText;
  /** An article's card in a list, in the page's script. */
  card: (article: ArticleEntry) => CardView;
  context: PageContext;
}

/** Everything a page needs, computed once: the archive, its script's text, and its URLs. */
export async function loadPage(url: URL, _site: URL | undefined, script: ScriptSegment): Promise<PageSetup> {
  const base = import.meta.env.BASE_URL;
  const path = withoutBase(base, url.pathname) ?? url.pathname;
  const [archiveIndex, text, articleTextOf] = await Promise.all([loadArchive(), loadScriptText(script), loadArticleTexts(script)]);
  return { archive: archiveIndex, text, articleText: articleTextOf, card: (article) => cardView(article, articleTextOf(article)), context: pageContext({ script, path, hosting: siteHosting }) };
}

/** `getStaticPaths` entries for each script, with extra params and props per script. */
export function forEachScript<T extends { params: Record<string, string | undefined>; props?: Record<string, unknown>; cacheKey?: string }>(
  make: (script: ScriptSegment) => T[],
): Array<{ params: T['params'] & { script: ScriptSegment }; props: T['props']; cacheKey?: string }> {
  return SCRIPT_SEGMENTS.flatMap((script) =>
    make(script).map((entry) => ({ params: { ...entry.params, script }, props: entry.props, ...(entry.cacheKey ? { cacheKey: entry.cacheKey } : {}) })),
  );
}

/** The paths of a route with one page per script tree (`/zh-hans/libraries/`), in the builds that render it. */
export function onePagePerScript(owner: RouteOwner) {
  return ownedPaths(owner, () => forEachScript(() => [{ params: {} }]));
}

/**
 * The paths of a site's own search, save-for-offline or fallback page (routes.ts, searchPath),
 * `[...year]` in the route: the hub's in each script and, when the archive is split, each year's
 * site's, which that site's worker serves offline. The hub's build renders them all. Their cache
 * key: the years (the hub's save page names the year sites), the conversion's data, and what
 * `shows` says the page shows of the archive.
 */
export function shellPagePaths(shows: (archive: ArchiveIndex) => unknown = () => undefined) {
  return ownedPaths('hub', async () => {
    const archive = await loadArchive();
    const years = siteHosting.split ? [...byYear(archive.issues.map((issue) => issue.date)).keys()] : [];
    const shown = shows(archive);
    return forEachScript((script) => {
      const key = cacheKey(years, conversionFingerprint(script, archive.personNames), shown);
      return [undefined, ...years].map((year) => ({ params: { year }, cacheKey: key }));
    });
  });
}
