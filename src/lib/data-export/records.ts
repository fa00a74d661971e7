/**
 * The plain records every export is made from. Conversion to Traditional happens once, here,
 * when a record is built; the exporters only arrange text they are given, so one article is
 * converted once however many formats it appears in, and the exporters stay pure and cheap.
 */
import ui from '../../../data/site/ui.json' with { type: 'json' };
import type { Publication } from '../../schemas/publication.ts';
import { displayTitle, leadExcerpt, type ArticleEntry, type ArticleKind } from '../site/archive-index.ts';
import { SCRIPT_SEGMENTS, SCRIPTS, type LanguageTag, type ScriptSegment } from '../site/urls.ts';
import type { ExportUrls } from './urls.ts';

export type { ArticleKind } from '../site/archive-index.ts';

/** One value per script, keyed by BCP 47 tag: what a reader of the data knows, not our route folders. */
export type ScriptPair<T> = { readonly [Tag in LanguageTag]: T };

/** Simplified → Traditional, for the site's conversion with its person names (`loadScriptText('zh-hant').t`). */
export type ToTraditional = (simplified: string) => string;

/**
 * Longer than the site's list excerpts: this is the summary a harvester, a feed reader or a
 * catalogue shows instead of the article, so it should say what the article reports.
 */
export const LEAD_BUDGET = 160;

/** The article's text in one script. */
export interface ArticleText {
  /** The title, or for a photo (which has none) the start of its caption: never empty. */
  readonly headline: string;
  readonly kicker?: string;
  readonly title?: string;
  readonly subtitle?: string;
  readonly dateline?: string;
  readonly byline?: string;
  readonly credit?: string;
  readonly authors: readonly string[];
  readonly photographers: readonly string[];
  readonly paragraphs: readonly string[];
  /** The first sentences, cut on a sentence end within {@link LEAD_BUDGET} characters. */
  readonly lead: string;
  /** `第1版`. */
  readonly pageLabel: string;
  /** `新闻`, `评论`, `图片`. */
  readonly kindLabel: string;
}

export interface ArticleUrls {
  /** The article pages in each script. */
  readonly page: ScriptPair<string>;
  /** Its issue's pages in each script. */
  readonly issue: ScriptPair<string>;
  /** The embed card in each script, for an iframe. */
  readonly embed: ScriptPair<string>;
  readonly json: string;
  readonly oembed: ScriptPair<string>;
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
  readonly articles: readonly A[];
}

export interface ExportIssue<A extends ExportArticleSummary = ExportArticleSummary> {
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

/** `make` runs for each script; the result is keyed by language tag. */
export function bothScripts<T>(make: (script: ScriptSegment) => T): ScriptPair<T> {
  const [hans, hant] = SCRIPT_SEGMENTS.map(make) as [T, T];
  return { [SCRIPTS['zh-hans']]: hans, [SCRIPTS['zh-hant']]: hant } as ScriptPair<T>;
}

export function buildExportPublication(publication: Publication, toTraditional: ToTraditional): ExportPublication {
  const pair = (simplified: string) => bothScripts((script) => (script === 'zh-hans' ? simplified : toTraditional(simplified)));
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

const KIND_LABELS: Record<ArticleKind, string> = { news: ui.kindNews, commentary: ui.kindCommentary, photo: ui.kindPhoto };

function articleUrls(entry: ArticleEntry, urls: ExportUrls): ArticleUrls {
  return {
    page: bothScripts((script) => urls.article(script, entry.date, entry.order)),
    issue: bothScripts((script) => urls.issue(script, entry.date)),
    embed: bothScripts((script) => urls.embed(script, entry.id)),
    json: urls.articleJson(entry.id),
    oembed: bothScripts((script) => urls.oembed(script, entry.id)),
  };
}

export function buildArticleSummary(entry: ArticleEntry, toTraditional: ToTraditional, urls: ExportUrls): ExportArticleSummary {
  const headline = displayTitle(entry, ui.photo);
  return {
    id: entry.id,
    date: entry.date,
    page: entry.page,
    order: entry.order,
    kind: entry.kind,
    headline: bothScripts((script) => (script === 'zh-hans' ? headline : toTraditional(headline))),
    urls: articleUrls(entry, urls),
  };
}

export function buildExportArticle(entry: ArticleEntry, toTraditional: ToTraditional, urls: ExportUrls): ExportArticle {
  const simplified: ArticleText = {
    headline: displayTitle(entry, ui.photo),
    ...optional('kicker', entry.kicker),
    ...optional('title', entry.title),
    ...optional('subtitle', entry.subtitle),
    ...optional('dateline', entry.dateline),
    ...optional('byline', entry.byline),
    ...optional('credit', entry.credit),
    authors: entry.authors,
    photographers: entry.photographers,
    paragraphs: entry.paragraphs,
    lead: leadExcerpt(entry, LEAD_BUDGET),
    pageLabel: ui.pageLabel.replace('{page}', entry.page),
    kindLabel: KIND_LABELS[entry.kind],
  };
  return {
    id: entry.id,
    date: entry.date,
    page: entry.page,
    order: entry.order,
    kind: entry.kind,
    headline: bothScripts((script) => (script === 'zh-hans' ? simplified.headline : toTraditional(simplified.headline))),
    urls: articleUrls(entry, urls),
    text: bothScripts((script) => (script === 'zh-hans' ? simplified : convertText(simplified, toTraditional))),
    source: { ...entry.source, url: urls.seed(entry.source.file) },
  };
}

function convertText(text: ArticleText, toTraditional: ToTraditional): ArticleText {
  const convert = (value: string | undefined) => (value === undefined ? undefined : toTraditional(value));
  return {
    headline: toTraditional(text.headline),
    ...optional('kicker', convert(text.kicker)),
    ...optional('title', convert(text.title)),
    ...optional('subtitle', convert(text.subtitle)),
    ...optional('dateline', convert(text.dateline)),
    ...optional('byline', convert(text.byline)),
    ...optional('credit', convert(text.credit)),
    authors: text.authors.map(toTraditional),
    photographers: text.photographers.map(toTraditional),
    paragraphs: text.paragraphs.map(toTraditional),
    lead: toTraditional(text.lead),
    pageLabel: toTraditional(text.pageLabel),
    kindLabel: toTraditional(text.kindLabel),
  };
}

/** The site's issues with each article turned into an export record by `toRecord`. */
export function exportIssues<A extends ExportArticleSummary>(
  issues: Iterable<{ date: string; pages: ReadonlyArray<{ label: string; articles: readonly ArticleEntry[] }> }>,
  toRecord: (entry: ArticleEntry) => A,
): ExportIssue<A>[] {
  return [...issues].map((issue) => ({
    date: issue.date,
    pages: issue.pages.map((page) => ({ label: page.label, articles: page.articles.map(toRecord) })),
  }));
}

/** An absent value adds no key at all, so exported JSON has no empty fields to explain. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
