/**
 * OAI-PMH Static Repositories (http://www.openarchives.org/OAI/2.0/guidelines-static-repository.htm):
 * XML files a Static Repository Gateway serves to harvesters as OAI-PMH. One `oai_dc` record per
 * article, titled and described in both scripts (`xml:lang`).
 *
 * A static repository holds at most 5,000 records, so the archive is split into files by year;
 * a year with more becomes one file per month, a month with more one file per day, and a day with
 * more numbered parts. Splitting by the calendar rather than into equal slices keeps a record in
 * the same file when other years grow, and each file is registered with a gateway by its URL.
 */
import { escapeXmlAttribute, escapeXmlText } from './escape.ts';
import type { ExportArticle, ExportPublication } from './records.ts';
import type { SiteUrls } from '../archive/routes.ts';
import { compareCodeUnits } from '../archive/order.ts';

export const STATIC_REPOSITORY_RECORD_LIMIT = 5000;

const NS = {
  staticRepository: 'http://www.openarchives.org/OAI/2.0/static-repository',
  oai: 'http://www.openarchives.org/OAI/2.0/',
  oaiDc: 'http://www.openarchives.org/OAI/2.0/oai_dc/',
  dc: 'http://purl.org/dc/elements/1.1/',
  oaiIdentifier: 'http://www.openarchives.org/OAI/2.0/oai-identifier',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

export const OAI_NAMESPACES = NS;

const SCHEMA_LOCATIONS = {
  staticRepository: `${NS.staticRepository} http://www.openarchives.org/OAI/2.0/static-repository.xsd`,
  oaiDc: `${NS.oaiDc} http://www.openarchives.org/OAI/2.0/oai_dc.xsd`,
  oaiIdentifier: `${NS.oaiIdentifier} http://www.openarchives.org/OAI/2.0/oai-identifier.xsd`,
} as const;

/** A slice of the archive that becomes one static repository file. */
export interface StaticRepositoryPart<A> {
  /** File name: `2024.xml`, `2024-03.xml`, `2024-03-05.xml`, `2024-03-05-2.xml`. */
  readonly name: string;
  /** First and last publication date in the file. */
  readonly from: string;
  readonly to: string;
  /** In date and issue order. */
  readonly articles: readonly A[];
}

/** Splits articles into static repository files by year, then month, then day, then numbered parts. */
export function splitStaticRepositories<A extends { date: string; order: number }>(
  articles: Iterable<A>,
  limit = STATIC_REPOSITORY_RECORD_LIMIT,
): StaticRepositoryPart<A>[] {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`oai: a static repository needs room for at least one record, not ${limit}`);
  const sorted = [...articles].sort((a, b) => compareCodeUnits(a.date, b.date) || a.order - b.order);
  const parts: StaticRepositoryPart<A>[] = [];
  const levels = [4, 7, 10] as const; // YYYY, YYYY-MM, YYYY-MM-DD

  const split = (group: readonly A[], level: number) => {
    const keyLength = levels[level];
    const key = (article: A) => article.date.slice(0, keyLength);
    for (const [name, members] of groupConsecutive(group, key)) {
      if (members.length <= limit) parts.push(part(name, members));
      else if (level + 1 < levels.length) split(members, level + 1);
      else for (let i = 0; i < members.length; i += limit) parts.push(part(`${name}-${i / limit + 1}`, members.slice(i, i + limit)));
    }
  };
  const part = (name: string, members: readonly A[]): StaticRepositoryPart<A> => ({
    name: `${name}.xml`,
    from: members[0]!.date,
    to: members[members.length - 1]!.date,
    articles: members,
  });
  split(sorted, 0);
  return parts;
}

function groupConsecutive<A>(items: readonly A[], key: (item: A) => string): Map<string, A[]> {
  const groups = new Map<string, A[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export interface StaticRepositoryOptions {
  readonly publication: ExportPublication;
  readonly urls: SiteUrls;
  /**
   * The record's datestamp: when its metadata last changed, which is what incremental harvesting
   * filters on. It is not the publication date: an old issue added next year must still reach
   * harvesters that last came this year. Default: the date of `generatedAt`.
   */
  readonly datestamp?: (article: ExportArticle) => string;
  /** ISO 8601; its date is the default datestamp. */
  readonly generatedAt: string;
}

/** `oai:<repositoryIdentifier>:<article id>`; the repository identifier defaults to the site's host. */
export function oaiIdentifier(id: string, publication: ExportPublication, urls: SiteUrls): string {
  return `oai:${repositoryIdentifier(publication, urls)}:${id}`;
}

function repositoryIdentifier(publication: ExportPublication, urls: SiteUrls): string {
  return publication.oai.repositoryIdentifier ?? new URL(urls.root).hostname;
}

/**
 * The spec's `baseURL`: the gateway's base URL followed by the file's URL without its scheme.
 * Until a gateway is configured it is the file's own URL, which no harvester can use directly.
 */
export function staticRepositoryBaseUrl(fileUrl: string, publication: ExportPublication): string {
  const gateway = publication.oai.gatewayUrl;
  if (!gateway) return fileUrl;
  return `${gateway.endsWith('/') ? gateway : `${gateway}/`}${fileUrl.replace(/^https?:\/\//, '')}`;
}

/** The XML of one static repository file; `name` is the file's name under the OAI folder. */
export function staticRepositoryXml(name: string, articles: readonly ExportArticle[], options: StaticRepositoryOptions): string {
  if (articles.length === 0) throw new Error(`oai: ${name} would hold no records; a static repository holds 1 to 5,000`);
  if (articles.length > STATIC_REPOSITORY_RECORD_LIMIT) {
    throw new Error(`oai: ${name} would hold ${articles.length} records; a static repository holds at most ${STATIC_REPOSITORY_RECORD_LIMIT}`);
  }
  const { publication, urls } = options;
  const datestampOf = options.datestamp ?? (() => options.generatedAt.slice(0, 10));
  const datestamps = articles.map(datestampOf);
  const earliest = datestamps.reduce((a, b) => (b < a ? b : a));
  const identifierHost = repositoryIdentifier(publication, urls);
  const first = articles[0]!;

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // oai_dc and dc are declared once here, not on each of up to 5,000 records.
    `<Repository xmlns="${NS.staticRepository}" xmlns:oai="${NS.oai}" xmlns:oai_dc="${NS.oaiDc}" xmlns:dc="${NS.dc}" xmlns:xsi="${NS.xsi}" xsi:schemaLocation="${SCHEMA_LOCATIONS.staticRepository}">`,
    '  <Identify>',
    `    ${element('oai:repositoryName', publication.repositoryName['zh-Hans'])}`,
    `    ${element('oai:baseURL', staticRepositoryBaseUrl(urls.oaiFile(name), publication))}`,
    '    <oai:protocolVersion>2.0</oai:protocolVersion>',
    `    ${element('oai:adminEmail', publication.adminEmail)}`,
    `    ${element('oai:earliestDatestamp', earliest)}`,
    '    <oai:deletedRecord>no</oai:deletedRecord>',
    '    <oai:granularity>YYYY-MM-DD</oai:granularity>',
    '    <oai:description>',
    `      <oai-identifier xmlns="${NS.oaiIdentifier}" xsi:schemaLocation="${SCHEMA_LOCATIONS.oaiIdentifier}">`,
    '        <scheme>oai</scheme>',
    `        ${element('repositoryIdentifier', identifierHost)}`,
    '        <delimiter>:</delimiter>',
    `        ${element('sampleIdentifier', oaiIdentifier(first.id, publication, urls))}`,
    '      </oai-identifier>',
    '    </oai:description>',
    '  </Identify>',
    '  <ListMetadataFormats>',
    '    <oai:metadataFormat>',
    '      <oai:metadataPrefix>oai_dc</oai:metadataPrefix>',
    '      <oai:schema>http://www.openarchives.org/OAI/2.0/oai_dc.xsd</oai:schema>',
    `      <oai:metadataNamespace>${NS.oaiDc}</oai:metadataNamespace>`,
    '    </oai:metadataFormat>',
    '  </ListMetadataFormats>',
    '  <ListRecords metadataPrefix="oai_dc">',
    ...articles.map((article, index) => record(article, datestamps[index]!, options)),
    '  </ListRecords>',
    '</Repository>',
    '',
  ];
  return lines.join('\n');
}

/**
 * Everything a record's metadata is made of: its datestamp changes exactly when this does
 * (datestamps.ts). It must name every value `record` writes but the datestamp.
 */
export function recordMetadata(article: ExportArticle, publication: ExportPublication, urls: SiteUrls): unknown {
  const langs = ['zh-Hans', 'zh-Hant'] as const;
  return [
    oaiIdentifier(article.id, publication, urls),
    article.date,
    article.text['zh-Hans'].authors,
    langs.map((lang) => [article.text[lang].headline, article.text[lang].pageLabel, article.text[lang].lead, article.urls.page[lang], publication.newspaper[lang]]),
    publication.publisher.name['zh-Hans'],
    publication.licence,
  ];
}

function record(article: ExportArticle, datestamp: string, { publication, urls }: StaticRepositoryOptions): string {
  const hans = article.text['zh-Hans'];
  const langs = ['zh-Hans', 'zh-Hant'] as const;
  const dc = [
    ...langs.map((lang) => element('dc:title', article.text[lang].headline, lang)),
    ...hans.authors.map((name) => element('dc:creator', name)),
    element('dc:publisher', publication.publisher.name['zh-Hans']),
    element('dc:date', article.date),
    element('dc:type', 'Text'),
    element('dc:type', 'newspaperArticle'),
    element('dc:format', 'text/html'),
    ...langs.map((lang) => element('dc:source', `${publication.newspaper[lang]}, ${article.date}, ${article.text[lang].pageLabel}`, lang)),
    ...langs.map((lang) => element('dc:language', lang)),
    ...langs.map((lang) => element('dc:identifier', article.urls.page[lang])),
    ...langs.map((lang) => element('dc:description', article.text[lang].lead, lang)),
    element('dc:rights', publication.licence.name),
    ...(publication.licence.url ? [element('dc:rights', publication.licence.url)] : []),
  ];
  // One line per record: indenting its ~20 elements would add ~15 % to every file.
  return [
    '<oai:record><oai:header>',
    element('oai:identifier', oaiIdentifier(article.id, publication, urls)),
    element('oai:datestamp', datestamp),
    '</oai:header><oai:metadata>',
    `<oai_dc:dc xsi:schemaLocation="${SCHEMA_LOCATIONS.oaiDc}">`,
    ...dc,
    '</oai_dc:dc></oai:metadata></oai:record>',
  ].join('');
}

function element(name: string, text: string, lang?: string): string {
  const attribute = lang ? ` xml:lang="${escapeXmlAttribute(lang)}"` : '';
  return `<${name}${attribute}>${escapeXmlText(text)}</${name}>`;
}

/** What the Data page lists for each static repository file. */
export interface StaticRepositoryIndexEntry {
  readonly name: string;
  readonly url: string;
  /** What to register with the gateway, or the file's URL while no gateway is configured. */
  readonly baseURL: string;
  readonly from: string;
  readonly to: string;
  readonly records: number;
}

export function staticRepositoryIndex(
  parts: ReadonlyArray<StaticRepositoryPart<unknown>>,
  publication: ExportPublication,
  urls: SiteUrls,
): StaticRepositoryIndexEntry[] {
  return parts.map((part) => {
    const url = urls.oaiFile(part.name);
    return { name: part.name, url, baseURL: staticRepositoryBaseUrl(url, publication), from: part.from, to: part.to, records: part.articles.length };
  });
}

export interface StaticRepositoryFile {
  readonly name: string;
  readonly contents: string;
  readonly entry: StaticRepositoryIndexEntry;
}

/**
 * Every static repository file of the archive, rendered one at a time as they are iterated, so
 * only one file's XML (at most 5,000 records) is in memory at once.
 */
export function* staticRepositoryFiles(articles: Iterable<ExportArticle>, options: StaticRepositoryOptions): Generator<StaticRepositoryFile> {
  const parts = splitStaticRepositories(articles);
  const index = staticRepositoryIndex(parts, options.publication, options.urls);
  for (const [i, part] of parts.entries()) {
    yield { name: part.name, contents: staticRepositoryXml(part.name, part.articles, options), entry: index[i]! };
  }
}
