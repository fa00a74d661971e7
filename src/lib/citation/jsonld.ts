/**
 * schema.org JSON-LD for search engines (Zotero's generic translator ignores it; the `<meta>`
 * tags in meta.ts are for reference managers).
 *
 * An article page is a `NewsArticle` that is part of a `PublicationIssue`, itself part of the
 * newspaper as a `Periodical`: schema.org's model for articles in serials, which keeps the
 * issue date and the page (`pageStart`) of the printed paper. An issue page is the
 * `PublicationIssue` with its articles as `hasPart`. What each must carry is listed in
 * `data/citation/jsonld-required.json` and checked by jsonld-check.ts.
 *
 * Dates are calendar dates (`2024-10-13`, valid ISO 8601): the time of printing is unknown and
 * a made-up midnight with a time zone would claim more than the archive knows.
 */
import type { NewsArticle, Organization, Periodical, Person, PublicationIssue, WithContext } from 'schema-dts';
import { checkAbsoluteUrl, checkCitable, checkIsoDate, creatorsOf, subtitleText, type CitableArticle, type CitableIssue } from './record.ts';
import { citationTerms } from './terms.ts';

export interface IssueLinks {
  /** Absolute URL of the article's issue page. */
  issueUrl: string;
  /** Absolute URL of the newspaper's home in this script. */
  periodicalUrl: string;
  issueNumber?: string | number;
}

function periodical(name: string, inLanguage: string, url: string): Periodical {
  return { '@type': 'Periodical', name, inLanguage, url: checkAbsoluteUrl(url, 'periodical url') };
}

function authorsOf(record: CitableArticle): Person[] | Organization | undefined {
  const creators = creatorsOf(record);
  if (creators.kind === 'persons') return creators.names.map((name): Person => ({ '@type': 'Person', name }));
  if (creators.kind === 'commentator') {
    // 本报评论员 is the paper speaking; parentOrganization says which paper outside the page.
    return { '@type': 'Organization', name: citationTerms(record.script).commentator, parentOrganization: { '@type': 'NewsMediaOrganization', name: record.newspaper } };
  }
  return undefined;
}

export function newsArticleJsonLd(record: CitableArticle, links: IssueLinks): WithContext<NewsArticle> {
  checkCitable(record);
  const author = authorsOf(record);
  const alternativeHeadline = subtitleText(record.subtitle);
  const issue: PublicationIssue = {
    '@type': 'PublicationIssue',
    datePublished: record.date,
    ...(links.issueNumber !== undefined ? { issueNumber: String(links.issueNumber) } : {}),
    url: checkAbsoluteUrl(links.issueUrl, 'issue url'),
    isPartOf: periodical(record.newspaper, record.lang, links.periodicalUrl),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: record.title,
    ...(alternativeHeadline ? { alternativeHeadline } : {}),
    datePublished: record.date,
    ...(author ? { author } : {}),
    inLanguage: record.lang,
    url: record.url,
    mainEntityOfPage: record.url,
    pageStart: record.page,
    isPartOf: issue,
  };
}

export function publicationIssueJsonLd(issue: CitableIssue): WithContext<PublicationIssue> {
  checkIsoDate(issue.date, 'issue date');
  return {
    '@context': 'https://schema.org',
    '@type': 'PublicationIssue',
    datePublished: issue.date,
    ...(issue.issueNumber !== undefined ? { issueNumber: String(issue.issueNumber) } : {}),
    inLanguage: issue.lang,
    url: checkAbsoluteUrl(issue.url, 'issue url'),
    isPartOf: periodical(issue.newspaper, issue.lang, issue.periodicalUrl),
    hasPart: issue.articles.map(
      (article): NewsArticle => ({ '@type': 'NewsArticle', headline: article.headline, url: checkAbsoluteUrl(article.url, `url of "${article.headline}"`) }),
    ),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` become JSON
 * escapes, so a headline containing `</script>` or `<!--` cannot end or alter the element;
 * U+2028/U+2029 are escaped for scripts that read the block as JavaScript.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
