/**
 * Data exports for librarians and programs: JSON API, bulk corpus (JSON Lines, CSV), OAI-PMH
 * static repositories, oEmbed and feed items. Pure functions over plain records: the Astro
 * endpoints load the archive, build the records once (`buildExportArticle`) and write the results.
 */
export {
  buildArticleListing,
  buildArticleSummary,
  buildExportArticle,
  buildExportPublication,
  exportIssues,
  type ArticleKind,
  type ArticleSource,
  type ArticleText,
  type ArticleUrls,
  type ExportArticle,
  type ExportArticleListing,
  type ExportArticleSummary,
  type ExportIssue,
  type ExportPage,
  type ExportPublication,
  type ScriptPair,
  type ToTraditional,
} from './records.ts';
export {
  API_VERSION,
  articleRecord,
  GENERATOR,
  issueDocument,
  issuesDocument,
  yearDocument,
  yearEntry,
  licenceStatement,
  type ArticleListing,
  type ArticleRecord,
  type ExportContext,
  type IssueArticle,
  type IssueDocument,
  type IssueListing,
  type IssuesDocument,
  type PublicationStatement,
  type YearDocument,
  type YearEntry,
  type LicenceStatement,
} from './api-json.ts';
export { chunksToStream, CSV_COLUMNS, CSV_NAME_SEPARATOR, csvCells, csvChunks, EXCEL_CELL_LIMIT, jsonLines, UTF8_BOM, type CsvOptions } from './corpus.ts';
export {
  OAI_NAMESPACES,
  oaiIdentifier,
  splitStaticRepositories,
  STATIC_REPOSITORY_RECORD_LIMIT,
  staticRepositoryBaseUrl,
  staticRepositoryFiles,
  staticRepositoryIndex,
  staticRepositoryXml,
  type StaticRepositoryFile,
  type StaticRepositoryIndexEntry,
  type StaticRepositoryOptions,
  type StaticRepositoryPart,
} from './oai-pmh.ts';
export {
  DEFAULT_CACHE_AGE,
  DEFAULT_EMBED_SIZE,
  embedIframe,
  OEMBED_CONTENT_TYPE,
  oembedDiscoveryLink,
  oembedDocument,
  type OembedDiscoveryLink,
  type OembedOptions,
  type OembedRich,
} from './oembed.ts';
export { FEED_NAMESPACES, feedItems, issueInstant, latestIssues, type FeedOptions } from './feed.ts';
export { escapeHtmlAttribute, escapeXmlAttribute, escapeXmlText, withoutIllegalXmlCharacters } from './escape.ts';
