/**
 * The JSON API: `/api/issues.json` (the whole archive's table of contents: its years),
 * `/api/years/<year>.json` (a year's issues, their pages and articles) and
 * `/api/issues/<date>.json` (one issue's articles in both scripts, with what an embed card and
 * a catalogue need; the full text is in the corpus, `/data/<year>/articles.jsonl.gz`).
 * Documents carry `version`; a change that breaks readers raises it.
 */
import { bothScripts, SCRIPTS } from '../archive/scripts.ts';
import {
  optional,
  type ArticleSource,
  type ArticleText,
  type ArticleUrls,
  type ExportArticle,
  type ExportArticleListing,
  type ExportArticleSummary,
  type ExportIssue,
  type ExportPublication,
  type ScriptPair,
} from './records.ts';
import { corpusJsonLinesPath, type SiteUrls } from '../archive/routes.ts';
import { compareCodeUnits } from '../archive/order.ts';

/**
 * 2: per-issue documents replaced per-article ones; oEmbed is one URL per article. 3: the issue
 * list is by year (`/api/years/<year>.json`), and `/api/issues.json` lists the years: a list of
 * every article of a twenty-year archive would be some 90 MB, in one file, on every deploy.
 */
export const API_VERSION = 3;
/** Named in `generated.by`, so a reader can tell which tool wrote a file. */
export const GENERATOR = 'wujin-archive data-export';

export interface ExportContext {
  readonly publication: ExportPublication;
  readonly urls: SiteUrls;
  /**
   * When the export was made, ISO 8601. Passed in rather than read from the clock so a build
   * can pin it (for example to the last commit's time) and stay reproducible.
   */
  readonly generatedAt: string;
}

export interface LicenceStatement {
  readonly name: string;
  readonly url?: string;
  readonly note?: string;
  /** True while the publisher has not set a licence: reuse terms are unknown, not "all rights reserved" by choice. */
  readonly placeholder: boolean;
}

export interface IssuesDocument {
  readonly version: typeof API_VERSION;
  readonly generated: { readonly at: string; readonly by: string; readonly site: string };
  readonly publication: PublicationStatement;
  readonly counts: { readonly issues: number; readonly articles: number };
  /** Oldest first. */
  readonly years: readonly YearEntry[];
}

export interface PublicationStatement {
  readonly repositoryName: ScriptPair<string>;
  readonly newspaper: ScriptPair<string>;
  readonly publisher: ScriptPair<string>;
  readonly licence: LicenceStatement;
}

export interface YearEntry {
  readonly year: string;
  /** The year's first and last issue dates. */
  readonly from: string;
  readonly to: string;
  readonly issues: number;
  readonly articles: number;
  /** The year's list of issues: `/api/years/<year>.json`. */
  readonly json: string;
}

/**
 * No `generated` time, unlike the list of years: a year's file then changes only when one of its
 * issues does.
 */
export interface YearDocument {
  readonly version: typeof API_VERSION;
  readonly generated: { readonly by: string; readonly site: string };
  readonly year: string;
  readonly publication: PublicationStatement;
  readonly counts: { readonly issues: number; readonly articles: number };
  /** Oldest first. */
  readonly issues: readonly IssueListing[];
}

export interface IssueListing {
  readonly date: string;
  readonly urls: ScriptPair<string>;
  /** The issue's JSON document: its articles' metadata and leads. */
  readonly json: string;
  readonly pages: ReadonlyArray<{
    readonly label: string;
    /** The page's text as OCR gave it (the seed file). */
    readonly source?: string;
    readonly articles: readonly ArticleListing[];
  }>;
}

export interface ArticleListing {
  readonly id: string;
  readonly order: number;
  readonly kind: ExportArticleSummary['kind'];
  /** The printed title, or for a photo the start of its caption. */
  readonly headline: ScriptPair<string>;
  readonly urls: { readonly page: ScriptPair<string> };
}

/** An issue as far as counting it goes: its date and its pages' articles. */
type CountedIssue = { readonly date: string; readonly pages: ReadonlyArray<{ readonly articles: readonly unknown[] }> };

/** What the list of years says of a year (its issues, as the year's document lists them). */
export function yearEntry(year: string, issues: readonly CountedIssue[], urls: Pick<SiteUrls, 'yearJson'>): YearEntry {
  const sorted = [...issues].sort((a, b) => compareCodeUnits(a.date, b.date));
  return { year, from: sorted[0]!.date, to: sorted.at(-1)!.date, issues: sorted.length, articles: articleCount(sorted), json: urls.yearJson(year) };
}

export function issuesDocument(years: readonly YearEntry[], context: ExportContext): IssuesDocument {
  const sorted = [...years].sort((a, b) => compareCodeUnits(a.year, b.year));
  return {
    version: API_VERSION,
    generated: { at: context.generatedAt, by: GENERATOR, site: context.urls.root },
    publication: publicationStatement(context.publication),
    counts: { issues: sorted.reduce((sum, y) => sum + y.issues, 0), articles: sorted.reduce((sum, y) => sum + y.articles, 0) },
    years: sorted,
  };
}

export function yearDocument(year: string, issues: readonly ExportIssue<ExportArticleListing>[], context: Pick<ExportContext, 'publication' | 'urls'>): YearDocument {
  const { publication, urls } = context;
  const sorted = [...issues].sort((a, b) => compareCodeUnits(a.date, b.date));
  return {
    version: API_VERSION,
    generated: { by: GENERATOR, site: urls.root },
    year,
    publication: publicationStatement(publication),
    counts: { issues: sorted.length, articles: articleCount(sorted) },
    issues: sorted.map((issue) => ({
      date: issue.date,
      urls: bothScripts((script) => urls.issue(script, issue.date)),
      json: urls.issueJson(issue.date),
      pages: issue.pages.map((page) => ({
        label: page.label,
        ...optional('source', page.file === undefined ? undefined : urls.seed(page.file, issue.date)),
        articles: page.articles.map((article) => ({
          id: article.id,
          order: article.order,
          kind: article.kind,
          headline: article.headline,
          urls: { page: article.urls.page },
        })),
      })),
    })),
  };
}

function articleCount(issues: readonly CountedIssue[]): number {
  return issues.reduce((sum, issue) => sum + issue.pages.reduce((n, page) => n + page.articles.length, 0), 0);
}

function publicationStatement(publication: ExportPublication): PublicationStatement {
  return {
    repositoryName: publication.repositoryName,
    newspaper: publication.newspaper,
    publisher: publication.publisher.name,
    licence: licenceStatement(publication),
  };
}

/** One article as the corpus and the API share it: one shape to learn for both. */
export interface ArticleRecord {
  readonly version: typeof API_VERSION;
  readonly id: string;
  readonly date: string;
  readonly page: string;
  readonly order: number;
  readonly kind: ExportArticle['kind'];
  readonly urls: ArticleUrls;
  readonly text: ScriptPair<ArticleText>;
  readonly source: ArticleSource;
}

export function articleRecord(article: ExportArticle): ArticleRecord {
  return {
    version: API_VERSION,
    id: article.id,
    date: article.date,
    page: article.page,
    order: article.order,
    kind: article.kind,
    urls: article.urls,
    text: article.text,
    source: article.source,
  };
}

/** An article as its issue's document lists it: everything but the body, which the corpus holds. */
export interface IssueArticle {
  readonly id: string;
  readonly page: string;
  readonly order: number;
  readonly kind: ExportArticle['kind'];
  /**
   * The article's pages. Its embed card is `/embed/article/?id=<id>` and its oEmbed response
   * `/api/oembed/<id>.json` (the corpus records spell them out).
   */
  readonly urls: Pick<ArticleUrls, 'page'>;
  readonly text: ScriptPair<Omit<ArticleText, 'paragraphs'>>;
}

export interface IssueDocument {
  readonly version: typeof API_VERSION;
  readonly date: string;
  readonly newspaper: ScriptPair<string>;
  readonly urls: { readonly issue: ScriptPair<string>; readonly corpus: string };
  readonly licence: LicenceStatement;
  /** In page and reading order. */
  readonly articles: readonly IssueArticle[];
}

/**
 * No `generated` time here, unlike the issue list: an issue's file then changes only when the
 * issue does, which keeps deploys and caches small.
 */
export function issueDocument(issue: ExportIssue<ExportArticle>, publication: ExportPublication, urls: SiteUrls): IssueDocument {
  return {
    version: API_VERSION,
    date: issue.date,
    newspaper: publication.newspaper,
    urls: { issue: bothScripts((script) => urls.issue(script, issue.date)), corpus: urls.absolute(corpusJsonLinesPath(issue.date.slice(0, 4))) },
    licence: licenceStatement(publication),
    articles: issue.pages.flatMap((page) =>
      page.articles.map((article) => ({
        id: article.id,
        page: article.page,
        order: article.order,
        kind: article.kind,
        urls: { page: article.urls.page },
        text: bothScripts((script) => {
          const { paragraphs: _body, ...rest } = article.text[SCRIPTS[script]];
          return rest;
        }),
      })),
    ),
  };
}

export function licenceStatement(publication: ExportPublication): LicenceStatement {
  const { name, url, note, placeholder } = publication.licence;
  return { name, ...optional('url', url), ...optional('note', note), placeholder };
}
