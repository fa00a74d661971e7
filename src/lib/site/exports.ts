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
import { articleKey, cacheKey, conversionFingerprint } from './cache-keys.ts';
import { buildScope } from './build-scope.ts';
import { siteHosting } from './site-hosting.ts';
import type { ArticleEntry } from '../archive/article.ts';
import { byYear } from '../archive/archive-index.ts';
import { parseDatestampMemo, recordDatestamps, type Datestamps } from '../data-export/datestamps.ts';
import { recordMetadata } from '../data-export/oai-pmh.ts';
import { join } from 'node:path';
import { cacheFolder } from '../build/cache-folder.ts';

export interface ArchiveExports {
  publication: ExportPublication;
  urls: SiteUrls;
  /**
   * The newest issue's date: exports say when they were made by the archive's content, not the
   * clock, so a rebuild with nothing new changes no file and readers are not told to reload.
   */
  generatedAt: string;
  /** An article's record, made on first use and kept for the build. */
  record(entry: ArticleEntry): ExportArticle;
  /**
   * Every record, oldest issue first, in page order: made on first use. The files of a period
   * are made of all of its records; the hub, which builds the whole archive's pages from the
   * summaries, asks only for the records a changed file holds (`record`).
   */
  readonly issues: ExportIssue<ExportArticle>[];
  readonly articles: ExportArticle[];
  readonly articleById: Map<string, ExportArticle>;
}

let exportsPromise: Promise<ArchiveExports> | undefined;

export function loadExports(): Promise<ArchiveExports> {
  exportsPromise ??= (async () => {
    const [archive, hant] = await Promise.all([loadArchive(), loadScriptText('zh-hant')]);
    const publication = buildExportPublication(PublicationSchema.parse(publicationData), hant.t);
    const urls = siteUrls(siteHosting);
    const records = new Map<string, ExportArticle>();
    const record = (entry: ArticleEntry) => {
      let made = records.get(entry.id);
      if (!made) records.set(entry.id, (made = buildExportArticle(entry, hant.t, urls)));
      return made;
    };
    let all: { issues: ExportIssue<ExportArticle>[]; articles: ExportArticle[]; articleById: Map<string, ExportArticle> } | undefined;
    const everything = () => {
      if (!all) {
        const issues = exportIssues(archive.issues, record);
        const articles = issues.flatMap((issue) => issue.pages.flatMap((page) => page.articles));
        all = { issues, articles, articleById: new Map(articles.map((a) => [a.id, a])) };
      }
      return all;
    };
    const newest = archive.issues.at(-1)?.date ?? '1970-01-01';
    return {
      publication,
      urls,
      generatedAt: `${newest}T00:00:00Z`,
      record,
      get issues() {
        return everything().issues;
      },
      get articles() {
        return everything().articles;
      },
      get articleById() {
        return everything().articleById;
      },
    };
  })();
  return exportsPromise;
}

/** Where the build remembers its records' datestamps for the next (its cache folder, as astro.config.mjs sets it). */
const DATESTAMPS_FILE = join(cacheFolder(process.cwd()), 'oai-datestamps.json');
let datestampsPromise: Promise<Datestamps> | undefined;

/**
 * Each OAI record's datestamp (src/lib/data-export/datestamps.ts), from what the last build
 * remembered. When the build knows the key of its code (a build by period), a record whose
 * article, settings and code are those of the last build is not made again to be compared.
 */
export function loadDatestamps(): Promise<Datestamps> {
  datestampsPromise ??= (async () => {
    const [archive, { record, publication, urls, generatedAt }] = await Promise.all([loadArchive(), loadExports()]);
    const kept = keptForNextBuild(DATESTAMPS_FILE);
    const entries = archive.issues.flatMap((issue) => issue.articles);
    const code = buildScope.kind === 'hub' ? buildScope.code : undefined;
    const settings = code === undefined ? undefined : cacheKey(code, publication, urls, conversionFingerprint('zh-hant', archive.personNames));
    // generatedAt is the newest issue's date: what changed in this build is dated with it.
    const datestamps = recordDatestamps(entries, parseDatestampMemo(kept.previous), generatedAt.slice(0, 10), (entry) => recordMetadata(record(entry), publication, urls), settings === undefined ? undefined : (entry) => cacheKey(articleKey(entry), settings));
    kept.keepAtExit(() => JSON.stringify(datestamps.memo));
    return datestamps;
  })();
  return datestampsPromise;
}

const yearsOf = new WeakMap<readonly ExportArticle[], Map<string, ExportArticle[]>>();

/** The articles of each year, oldest year first (the corpus files are split by year). */
export function exportYears(articles: readonly ExportArticle[]): Map<string, ExportArticle[]> {
  let years = yearsOf.get(articles);
  if (!years) yearsOf.set(articles, (years = byYear(articles)));
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
