/**
 * `<meta>` tags that let reference managers and link previews read an article page.
 *
 * Zotero's Embedded Metadata translator decides the item type from these tags: a Highwire
 * `citation_journal_title` makes it a journal article, so it is left out on purpose, and the
 * newspaper is named in `prism.publicationName` with `DC.type` newspaperArticle (Zotero's own
 * translators, tests/citation/zotero.test.ts, take the newspaper from it; a `DC.source` copy
 * cost ~80 bytes an article).
 * There is no newspaper-specific Highwire tag.
 *
 * Each fact is said once: title, authors, date, language and URL only in Highwire tags (and
 * the date, for link previews, in the JSON-LD, not again in `article:published_time`), which
 * Zotero and Google Scholar read first. Dublin Core copies of them cost ~600 bytes on every one
 * of an archive's article pages, and `DC.identifier` holding the URL made Zotero's RDF reader
 * take any `10/` in it for a DOI.
 *
 * Order: Highwire (citation_*), Dublin Core, EPrints, PRISM, Open Graph. Values are plain strings;
 * `renderMetaTags` escapes them for HTML, and Astro escapes them when they are passed as props.
 */
import { escapeHtml } from './formatted.ts';
import { bibliographicTitle, checkCitable, creatorsOf, slashDate, titleWithSubtitle, type CitableArticle } from './record.ts';
import { SCRIPT_TABLE } from '../archive/scripts.ts';
import { citationTerms } from './terms.ts';

export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

export function citationMetaTags(record: CitableArticle): MetaTag[] {
  checkCitable(record);
  const terms = citationTerms(record.script);
  const creators = creatorsOf(record);
  // Photographers are contributors in Zotero (its newspaper article has no photographer role), not authors.
  const photographers = record.photographers ?? [];
  const authors = creators.kind === 'persons' ? creators.names.filter((name) => !photographers.includes(name)) : creators.kind === 'commentator' ? [terms.commentator] : [];
  const title = bibliographicTitle(record);

  const named = (name: string, content: string): MetaTag => ({ name, content });
  const property = (property: string, content: string): MetaTag => ({ property, content });
  return [
    named('citation_title', title),
    ...authors.map((author) => named('citation_author', author)),
    named('citation_publication_date', slashDate(record.date)),
    named('citation_language', record.lang),
    named('citation_firstpage', record.page),
    named('citation_public_url', record.url),
    named('DC.type', 'newspaperArticle'),
    // EPrints terms, which Zotero's RDF reader takes for a contributor (its reading of
    // DC.contributor is an author) and for the place of publication.
    ...photographers.map((name) => named('eprints.contributors_name', name)),
    ...(record.place ? [named('eprints.place_of_pub', record.place)] : []),
    named('prism.publicationName', record.newspaper),
    property('og:type', 'article'),
    // A link preview shows the headline as the page does, without a supplied title's brackets.
    property('og:title', titleWithSubtitle(record)),
    property('og:url', record.url),
    property('og:site_name', record.siteName ?? record.newspaper),
    property('og:locale', SCRIPT_TABLE[record.script].ogLocale),
  ];
}

/** The tags as HTML, for pages that write their head as a string. */
export function renderMetaTags(tags: readonly MetaTag[]): string {
  return tags
    .map((tag) => {
      const key = tag.name !== undefined ? `name="${escapeHtml(tag.name)}"` : `property="${escapeHtml(tag.property ?? '')}"`;
      return `<meta ${key} content="${escapeHtml(tag.content)}">`;
    })
    .join('\n');
}
