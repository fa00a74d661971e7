/**
 * The Astro edge of the data exports: builds every article's export record (both scripts,
 * absolute URLs) once per build, for the JSON API, corpus files, OAI-PMH, oEmbed and feeds.
 */
import publicationData from '../../../data/site/publication.json' with { type: 'json' };
import { PublicationSchema } from '../../schemas/publication.ts';
import {
  buildExportArticle,
  buildExportPublication,
  exportIssues,
  type ExportArticle,
  type ExportIssue,
  type ExportPublication,
} from '../data-export/index.ts';
import { siteUrls, type SiteUrls } from '../archive/routes.ts';
import { keptForNextBuild, loadArchive, loadScriptText } from './load.ts';
import { cacheKey } from './cache-keys.ts';
import { parseDatestampMemo, recordDatestamps, type Datestamps } from '../data-export/datestamps.ts';
import { recordMetadata } from '../data-export/oai-pmh.ts';
import { join } from 'node:path';
import { cacheFolder } from '../build/cache-folder.ts';

export interface ArchiveExports {
  publication: ExportPublication;
  urls: SiteUrls;
  /** Oldest first, in issue and page order. */
  issues: ExportIssue<ExportArticle>[];
  articles: ExportArticle[];
  articleById: Map<string, ExportArticle>;
  /**
   * The newest issue's date: exports say when they were made by the archive's content, not the
   * clock, so a rebuild with nothing new changes no file and readers are not told to reload.
   */
  generatedAt: string;
}

let exportsPromise: Promise<ArchiveExports> | undefined;

export function loadExports(): Promise<ArchiveExports> {
  exportsPromise ??= (async () => {
    const [archive, hant] = await Promise.all([loadArchive(), loadScriptText('zh-hant')]);
    const publication = buildExportPublication(PublicationSchema.parse(publicationData), hant.t);
    const urls = siteUrls(import.meta.env.SITE ?? 'http://localhost:4321', import.meta.env.BASE_URL);
    const issues = exportIssues(archive.issues, (entry) => buildExportArticle(entry, hant.t, urls));
    const articles = issues.flatMap((issue) => issue.pages.flatMap((page) => page.articles));
    const newest = archive.issues.at(-1)?.date ?? '1970-01-01';
    return { publication, urls, issues, articles, articleById: new Map(articles.map((a) => [a.id, a])), generatedAt: `${newest}T00:00:00Z` };
  })();
  return exportsPromise;
}

const yearsOf = new WeakMap<readonly ExportArticle[], Map<string, ExportArticle[]>>();

/** Where the build remembers its records' datestamps for the next (its cache folder, as astro.config.mjs sets it). */
const DATESTAMPS_FILE = join(cacheFolder(process.cwd()), 'oai-datestamps.json');
let datestampsPromise: Promise<Datestamps> | undefined;

/** Each OAI record's datestamp (src/lib/data-export/datestamps.ts), from what the last build remembered. */
export function loadDatestamps(): Promise<Datestamps> {
  datestampsPromise ??= (async () => {
    const { articles, publication, urls, generatedAt } = await loadExports();
    const kept = keptForNextBuild(DATESTAMPS_FILE);
    // generatedAt is the newest issue's date: what changed in this build is dated with it.
    const datestamps = recordDatestamps(articles, parseDatestampMemo(kept.previous), generatedAt.slice(0, 10), (article) => recordMetadata(article, publication, urls));
    kept.keepAtExit(() => JSON.stringify(datestamps.memo));
    return datestamps;
  })();
  return datestampsPromise;
}

/** The articles of each year, oldest year first (the corpus files are split by year). */
export function exportYears(articles: readonly ExportArticle[]): Map<string, ExportArticle[]> {
  let years = yearsOf.get(articles);
  if (!years) {
    years = new Map();
    for (const article of articles) {
      const year = article.date.slice(0, 4);
      let list = years.get(year);
      if (!list) years.set(year, (list = []));
      list.push(article);
    }
    yearsOf.set(articles, years);
  }
  return years;
}

/** The corpus routes' paths: one per year, keyed by that year's records (src/pages/data/[year]/). */
export async function corpusYearPaths(): Promise<Array<{ params: { year: string }; props: { year: string }; cacheKey: string }>> {
  const years = exportYears((await loadExports()).articles);
  return [...years].map(([year, articles]) => ({ params: { year }, props: { year }, cacheKey: cacheKey(articles) }));
}

/** A year's records, oldest first. */
export async function corpusYear(year: string): Promise<ExportArticle[]> {
  return exportYears((await loadExports()).articles).get(year) ?? [];
}
