/**
 * The plain records every export is made from. Conversion to Traditional happens once, here,
 * when a record is built; the exporters only arrange text they are given, so one article is
 * converted once however many formats it appears in, and the exporters stay pure and cheap.
 */
import type { Publication } from '../../schemas/publication.ts';
import { articlePlace, articleText, headline, type ArticleEntry, type ArticleKind, type ArticleText as ModelArticleText } from '../archive/article.ts';
import type { SiteUrls } from '../archive/routes.ts';
import { bothScripts, inScript, type ScriptPair } from '../archive/scripts.ts';

export type { ArticleKind } from '../archive/article.ts';
export type { ScriptPair } from '../archive/scripts.ts';

/** Simplified → Traditional, for the site's conversion with its person names (`loadScriptText('zh-hant').t`). */
export type ToTraditional = (simplified: string) => string;

/**
 * The article's text in one script as the exports publish it: the model's text
 * (src/lib/archive/article.ts) with one lead, the `summary` one, and no people list (authors and
 * photographers are there).
 */
export type ArticleText = Omit<ModelArticleText, 'leads' | 'people'> & {
  /** The first sentences, cut on a sentence end within the `summary` lead budget. */
  readonly lead: string;
};

export interface ArticleUrls {
  /** The article pages in each script. */
  readonly page: ScriptPair<string>;
  /** Its issue's pages in each script. */
  readonly issue: ScriptPair<string>;
  /** The embed card in each script, for an iframe. */
  readonly embed: ScriptPair<string>;
  /** Its issue's JSON document, which lists the article with its metadata. */
  readonly json: string;
  /** The oEmbed response, one for both scripts. */
  readonly oembed: string;
}

/** What an issue list needs of an article: no body, so a list of 100,000 stays small. */
export interface ExportArticleSummary {
  readonly id: string;
  readonly date: string;
  readonly page: string;
  readonly order: number;
  readonly kind: ArticleKind;
  readonly headline: ScriptPair<string>;
  readonly urls: ArticleUrls;
}

/** Where the text was read from: lets a reader check the OCR against the published seed. */
export interface ArticleSource {
  readonly file: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly url: string;
}

export interface ExportArticle extends ExportArticleSummary {
  readonly text: ScriptPair<ArticleText>;
  readonly source: ArticleSource;
}

export interface ExportPage<A> {
  readonly label: string;
  /** The seed file the printed page was read from (`seeds/002_x.txt`). */
  readonly file?: string;
  readonly articles: readonly A[];
}

export interface ExportIssue<A = ExportArticleSummary> {
  readonly date: string;
  readonly pages: readonly ExportPage<A>[];
}

/** The publication settings with their Chinese names in both scripts. */
export interface ExportPublication {
  readonly repositoryName: ScriptPair<string>;
  readonly newspaper: ScriptPair<string>;
  readonly publisher: { readonly name: ScriptPair<string>; readonly url?: string };
  readonly licence: { readonly name: string; readonly url?: string; readonly note?: string; readonly placeholder: boolean };
  readonly adminEmail: string;
  readonly oai: { readonly repositoryIdentifier?: string; readonly gatewayUrl?: string };
}

export function buildExportPublication(publication: Publication, toTraditional: ToTraditional): ExportPublication {
  const pair = (simplified: string) => bothScripts((script) => inScript(script, toTraditional)(simplified));
  return {
    repositoryName: pair(publication.repositoryName),
    newspaper: pair(publication.newspaper),
    publisher: { name: pair(publication.publisher.name), ...optional('url', publication.publisher.url) },
    licence: {
      name: publication.licence.name,
      placeholder: publication.licence.placeholder,
      ...optional('url', publication.licence.url),
      ...optional('note', publication.licence.note),
    },
    adminEmail: publication.contact.adminEmail,
    oai: { ...optional('repositoryIdentifier', publication.oai.repositoryIdentifier), ...optional('gatewayUrl', publication.oai.gatewayUrl) },
  };
}

function articleUrls(entry: ArticleEntry, urls: SiteUrls): ArticleUrls {
  return {
    page: pageUrls(entry, urls),
    issue: bothScripts((script) => urls.issue(script, entry.date)),
    embed: bothScripts((script) => urls.embed(script, entry.id)),
    json: urls.issueJson(entry.date),
    oembed: urls.oembed(entry.id),
  };
}

/** What the issue list says of an article: its place, headline and pages, no more, made for every article of the archive. */
export type ExportArticleListing = Pick<ExportArticleSummary, 'id' | 'order' | 'kind' | 'headline'> & { readonly urls: Pick<ArticleUrls, 'page'> };

export function buildArticleListing(entry: ArticleEntry, toTraditional: ToTraditional, urls: SiteUrls): ExportArticleListing {
  return { id: entry.id, order: entry.order, kind: entry.kind, headline: headlines(entry, toTraditional), urls: { page: pageUrls(entry, urls) } };
}

function headlines(entry: ArticleEntry, toTraditional: ToTraditional): ScriptPair<string> {
  const simplified = headline(entry);
  return bothScripts((script) => inScript(script, toTraditional)(simplified));
}

function pageUrls(entry: ArticleEntry, urls: SiteUrls): ScriptPair<string> {
  return bothScripts((script) => urls.article(script, entry.date, entry.order));
}

export function buildArticleSummary(entry: ArticleEntry, toTraditional: ToTraditional, urls: SiteUrls): ExportArticleSummary {
  return {
    ...articlePlace(entry),
    headline: headlines(entry, toTraditional),
    urls: articleUrls(entry, urls),
  };
}

export function buildExportArticle(entry: ArticleEntry, toTraditional: ToTraditional, urls: SiteUrls): ExportArticle {
  return {
    ...buildArticleSummary(entry, toTraditional, urls),
    text: bothScripts((script) => exportText(entry, inScript(script, toTraditional))),
    source: { ...entry.source, url: urls.seed(entry.source.file, entry.date) },
  };
}

/** The article's text in one script, in the shape the exports publish (their field order included). */
function exportText(entry: ArticleEntry, t: ToTraditional): ArticleText {
  const text = articleText(entry, t);
  return {
    headline: text.headline,
    ...optional('kicker', text.kicker),
    ...optional('title', text.title),
    ...optional('subtitle', text.subtitle),
    ...optional('dateline', text.dateline),
    ...optional('byline', text.byline),
    ...optional('credit', text.credit),
    authors: text.authors,
    photographers: text.photographers,
    paragraphs: text.paragraphs,
    lead: text.leads.summary,
    pageLabel: text.pageLabel,
    kindLabel: text.kindLabel,
  };
}

/** The site's issues with each article turned into an export record by `toRecord`. */
export function exportIssues<A>(
  issues: Iterable<{ date: string; pages: ReadonlyArray<{ label: string; file?: string; articles: readonly ArticleEntry[] }> }>,
  toRecord: (entry: ArticleEntry) => A,
): ExportIssue<A>[] {
  return [...issues].map((issue) => ({
    date: issue.date,
    pages: issue.pages.map((page) => ({ label: page.label, ...optional('file', page.file), articles: page.articles.map(toRecord) })),
  }));
}

/** An absent value adds no key at all, so exported JSON has no empty fields to explain. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
