/**
 * Citing archive articles: reference styles (GB/T 7714, APA, MLA, Chicago), RIS and BibTeX
 * exports, `<meta>` tags for reference managers and schema.org JSON-LD, all from one
 * `CitableArticle` record (record.ts) whose text is already in the page's script.
 *
 * @example
 *   const record = citableArticle(article, { script, t: text.t, url: context.canonical });
 *   formatGbt7714(record).text // 朱梦琪. 苏州丝波敦项目签约落地西太湖[N/OL]. 武进日报，2024-10-13（1）. https://….
 */
export type { CitableArticle, CitableIssue, CitableKind } from './record.ts';
export { citableArticle, type ArticleCitationContext } from './from-article.ts';
export type { FormattedCitation } from './formatted.ts';
export { formatGbt7714, type Gbt7714Edition, type Gbt7714Options } from './gbt7714.ts';
export { formatApa } from './apa.ts';
export { formatMla } from './mla.ts';
export { formatChicago } from './chicago.ts';
export { toRis } from './ris.ts';
export { bibtexKey, toBibtex } from './bibtex.ts';
export { citationDownload, type CitationDownload, type CitationFormat } from './downloads.ts';
export { citationMetaTags, renderMetaTags, type MetaTag } from './meta.ts';
export { newsArticleJsonLd, publicationIssueJsonLd, serializeJsonLd, type IssueLinks } from './jsonld.ts';
export { jsonLdProblems, type JsonLdShape } from './jsonld-check.ts';
