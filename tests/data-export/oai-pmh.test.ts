import { describe, expect, it } from 'vitest';
import {
  OAI_NAMESPACES as NS,
  splitStaticRepositories,
  STATIC_REPOSITORY_RECORD_LIMIT,
  staticRepositoryBaseUrl,
  staticRepositoryFiles,
  staticRepositoryIndex,
  staticRepositoryXml,
  type StaticRepositoryOptions,
} from '../../src/lib/data-export/oai-pmh.ts';
import type { ExportArticle } from '../../src/lib/data-export/records.ts';
import {
  fixtureArticles,
  fixturePublication,
  GENERATED_AT,
  HOSTILE_TITLE,
  hostileText,
  photoWithoutTitle,
  realExport,
  syntheticArticles,
  urls,
} from './records.ts';
import { childrenNamed, descendants, onlyChild, parseXml, type XmlElement } from '../helpers/xml.ts';

const options: StaticRepositoryOptions = { publication: fixturePublication, urls, generatedAt: GENERATED_AT };

function records(repository: XmlElement): XmlElement[] {
  return childrenNamed(onlyChild(repository, NS.staticRepository, 'ListRecords'), NS.oai, 'record');
}

function dcOf(record: XmlElement): XmlElement {
  return onlyChild(onlyChild(record, NS.oai, 'metadata'), NS.oaiDc, 'dc');
}

function dcValues(record: XmlElement, local: string): string[] {
  return childrenNamed(dcOf(record), NS.dc, local).map((e) => e.text);
}

describe('OAI-PMH static repository file', () => {
  const xml = staticRepositoryXml('2024.xml', fixtureArticles, options);
  const repository = parseXml(xml);

  it('is a Repository in the static-repository namespace with the schema location of its XSD', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(repository.local).toBe('Repository');
    expect(repository.namespace).toBe(NS.staticRepository);
    expect(repository.attributes['xsi:schemaLocation']).toBe(`${NS.staticRepository} http://www.openarchives.org/OAI/2.0/static-repository.xsd`);
    expect(repository.children.map((c) => `${c.namespace} ${c.local}`)).toEqual([
      `${NS.staticRepository} Identify`,
      `${NS.staticRepository} ListMetadataFormats`,
      `${NS.staticRepository} ListRecords`,
    ]);
  });

  it('identifies the repository with the OAI elements in schema order', () => {
    const identify = onlyChild(repository, NS.staticRepository, 'Identify');
    expect(identify.children.every((c) => c.namespace === NS.oai)).toBe(true);
    const fields = Object.fromEntries(identify.children.map((c) => [c.local, c.text]));
    expect(identify.children.map((c) => c.local)).toEqual([
      'repositoryName',
      'baseURL',
      'protocolVersion',
      'adminEmail',
      'earliestDatestamp',
      'deletedRecord',
      'granularity',
      'description',
    ]);
    expect(fields).toMatchObject({
      repositoryName: '武进日报数字档案',
      baseURL: 'https://archive.example.org/wujin/oai/2024.xml',
      protocolVersion: '2.0',
      adminEmail: 'archive@example.org',
      earliestDatestamp: '2026-11-02',
      deletedRecord: 'no',
      granularity: 'YYYY-MM-DD',
    });
  });

  it('describes its identifiers with an oai-identifier block', () => {
    const description = onlyChild(onlyChild(repository, NS.staticRepository, 'Identify'), NS.oai, 'description');
    const block = onlyChild(description, NS.oaiIdentifier, 'oai-identifier');
    expect(block.attributes['xsi:schemaLocation']).toBe(`${NS.oaiIdentifier} http://www.openarchives.org/OAI/2.0/oai-identifier.xsd`);
    const fields = Object.fromEntries(block.children.map((c) => [c.local, c.text]));
    expect(fields).toEqual({ scheme: 'oai', repositoryIdentifier: 'archive.example.org', delimiter: ':', sampleIdentifier: 'oai:archive.example.org:2024-10-13-001' });
  });

  it('offers oai_dc only, and lists records with metadataPrefix oai_dc', () => {
    const formats = childrenNamed(onlyChild(repository, NS.staticRepository, 'ListMetadataFormats'), NS.oai, 'metadataFormat');
    expect(formats).toHaveLength(1);
    expect(Object.fromEntries(formats[0]!.children.map((c) => [c.local, c.text]))).toEqual({
      metadataPrefix: 'oai_dc',
      schema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd',
      metadataNamespace: 'http://www.openarchives.org/OAI/2.0/oai_dc/',
    });
    expect(onlyChild(repository, NS.staticRepository, 'ListRecords').attributes['metadataPrefix']).toBe('oai_dc');
  });

  it('holds one record per article with an oai identifier and a datestamp', () => {
    const all = records(repository);
    expect(all).toHaveLength(fixtureArticles.length);
    for (const [i, record] of all.entries()) {
      const header = onlyChild(record, NS.oai, 'header');
      expect(onlyChild(header, NS.oai, 'identifier').text).toBe(`oai:archive.example.org:${fixtureArticles[i]!.id}`);
      expect(onlyChild(header, NS.oai, 'datestamp').text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const dc = dcOf(record);
      expect(dc.attributes['xsi:schemaLocation']).toBe(`${NS.oaiDc} http://www.openarchives.org/OAI/2.0/oai_dc.xsd`);
      expect(dc.children.every((c) => c.namespace === NS.dc)).toBe(true);
    }
  });

  it('writes Dublin Core for both scripts: titles, descriptions, identifiers and languages', () => {
    const record = records(repository)[0]!;
    const article = fixtureArticles[0]!;
    const titles = childrenNamed(dcOf(record), NS.dc, 'title');
    expect(titles.map((t) => [t.attributes['xml:lang'], t.text])).toEqual([
      ['zh-Hans', '区委常委会召开会议'],
      ['zh-Hant', '區委常委會召開會議'],
    ]);
    expect(dcValues(record, 'creator')).toEqual(['朱梦琪']);
    expect(dcValues(record, 'date')).toEqual(['2024-10-13']);
    expect(dcValues(record, 'type')).toEqual(['Text', 'newspaperArticle']);
    expect(dcValues(record, 'source')).toEqual(['武进日报, 2024-10-13, 第1版', '武進日報, 2024-10-13, 第1版']);
    expect(dcValues(record, 'language')).toEqual(['zh-Hans', 'zh-Hant']);
    expect(dcValues(record, 'identifier')).toEqual([article.urls.page['zh-Hans'], article.urls.page['zh-Hant']]);
    expect(dcValues(record, 'identifier')[0]).toBe('https://archive.example.org/wujin/zh-hans/2024/10/13/1/');
    expect(dcValues(record, 'description')).toEqual([article.text['zh-Hans'].lead, article.text['zh-Hant'].lead]);
    expect(dcValues(record, 'rights')).toEqual(['CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/']);
    expect(dcValues(record, 'publisher')).toEqual(['武进日报社']);
  });

  it('gives a photo without a title the start of its caption as title, and its photographers as creators', () => {
    const index = fixtureArticles.findIndex((a) => a.id === photoWithoutTitle.id);
    const record = records(repository)[index]!;
    expect(dcValues(record, 'title')[0]).toBe('图片新闻：10月12日');
    expect(dcValues(record, 'creator')).toEqual(['陆新', '徐芊卉']);
  });

  it('keeps hostile text as text: markup and ]]> escaped, characters XML forbids dropped', () => {
    const index = fixtureArticles.findIndex((a) => a.id === hostileText.id);
    const record = records(repository)[index]!;
    expect(dcValues(record, 'title')[0]).toBe(HOSTILE_TITLE);
    expect(dcValues(record, 'creator')).toEqual(['张"三"', 'A&B <i>']);
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<i>');
    expect(xml).not.toContain('<![CDATA[');
    const names = descendants(repository).map((e) => e.local);
    expect(names).not.toContain('script');
    expect(names).not.toContain('i');
  });

  it('uses the repository identifier from the configuration, else the site host', () => {
    const withoutIdentifier = { ...fixturePublication, oai: {} };
    const file = parseXml(staticRepositoryXml('2024.xml', fixtureArticles.slice(0, 1), { ...options, publication: withoutIdentifier }));
    const header = onlyChild(records(file)[0]!, NS.oai, 'header');
    expect(onlyChild(header, NS.oai, 'identifier').text).toBe('oai:archive.example.org:2024-10-13-001');
  });

  it('takes datestamps from the caller and reports the earliest', () => {
    const stamps = ['2025-03-01', '2024-11-30', '2026-01-01', '2025-01-01', '2025-02-02'];
    const datestamp = (article: ExportArticle) => stamps[fixtureArticles.indexOf(article)]!;
    const file = parseXml(staticRepositoryXml('2024.xml', fixtureArticles, { ...options, datestamp }));
    expect(onlyChild(onlyChild(file, NS.staticRepository, 'Identify'), NS.oai, 'earliestDatestamp').text).toBe('2024-11-30');
    expect(records(file).map((r) => onlyChild(onlyChild(r, NS.oai, 'header'), NS.oai, 'datestamp').text)).toEqual(stamps);
  });

  it('refuses an empty file and one over 5,000 records', () => {
    expect(() => staticRepositoryXml('x.xml', [], options)).toThrow(/1 to 5,000/);
    const tooMany = Array.from({ length: STATIC_REPOSITORY_RECORD_LIMIT + 1 }, () => fixtureArticles[0]!);
    expect(() => staticRepositoryXml('x.xml', tooMany, options)).toThrow(/at most 5000/);
  });
});

describe('baseURL', () => {
  it('is the file URL until a gateway is configured, then the gateway URL followed by the file URL without scheme', () => {
    const file = 'https://archive.example.org/wujin/oai/2024.xml';
    expect(staticRepositoryBaseUrl(file, fixturePublication)).toBe(file);
    const gateway = { ...fixturePublication, oai: { gatewayUrl: 'http://gateway.example.net/oai' } };
    expect(staticRepositoryBaseUrl(file, gateway)).toBe('http://gateway.example.net/oai/archive.example.org/wujin/oai/2024.xml');
  });
});

describe('splitting the archive into static repositories', () => {
  // 12,000 tiny records: 2021 fits one file, 2022 has 7,000 and is split by month, 2023 fits one file.
  const months = (year: number, perMonth: number) =>
    Array.from({ length: 12 }, (_, m) => [`${year}-${String(m + 1).padStart(2, '0')}-15`, perMonth] as const);
  const articles = syntheticArticles([...months(2021, 250), ...months(2022, 7000 / 12 | 0), ['2022-12-31', 7000 - 12 * (7000 / 12 | 0)], ...months(2023, 1000 / 6 | 0), ['2023-12-31', 2000 - 12 * (1000 / 6 | 0)]]);

  it('starts from 12,000 records over three years', () => {
    expect(articles).toHaveLength(12_000);
  });

  const parts = splitStaticRepositories(articles);

  it('makes one file per year, and one per month for a year over 5,000 records', () => {
    expect(parts.map((p) => p.name)).toEqual(['2021.xml', ...Array.from({ length: 12 }, (_, m) => `2022-${String(m + 1).padStart(2, '0')}.xml`), '2023.xml']);
    expect(parts.map((p) => p.articles.length).reduce((a, b) => a + b)).toBe(12_000);
    expect(parts.every((p) => p.articles.length >= 1 && p.articles.length <= STATIC_REPOSITORY_RECORD_LIMIT)).toBe(true);
    expect(parts[0]).toMatchObject({ from: '2021-01-15', to: '2021-12-15' });
  });

  it('renders every file as a well-formed repository within the record limit, each article exactly once', () => {
    const seen = new Set<string>();
    let files = 0;
    for (const file of staticRepositoryFiles(articles, options)) {
      files++;
      const repository = parseXml(file.contents);
      const inFile = records(repository);
      expect(inFile.length).toBeLessThanOrEqual(STATIC_REPOSITORY_RECORD_LIMIT);
      expect(inFile).toHaveLength(file.entry.records);
      expect(onlyChild(onlyChild(repository, NS.staticRepository, 'Identify'), NS.oai, 'baseURL').text).toBe(file.entry.url);
      for (const record of inFile) seen.add(onlyChild(onlyChild(record, NS.oai, 'header'), NS.oai, 'identifier').text);
    }
    expect(files).toBe(parts.length);
    expect(seen.size).toBe(12_000);
  });

  it('goes down to days, then numbered parts, when a month or a day is still too big', () => {
    const small = syntheticArticles([
      ['2020-05-01', 3],
      ['2020-05-02', 7],
      ['2020-06-01', 2],
      ['2021-01-01', 4],
    ]);
    const split = splitStaticRepositories(small, 4);
    expect(split.map((p) => [p.name, p.articles.length])).toEqual([
      ['2020-05-01.xml', 3],
      ['2020-05-02-1.xml', 4],
      ['2020-05-02-2.xml', 3],
      ['2020-06.xml', 2],
      ['2021.xml', 4],
    ]);
  });

  it('keeps a file name when another year grows', () => {
    const grown = [...articles, ...syntheticArticles([['2024-01-01', 10]])];
    const before = new Map(parts.map((p) => [p.name, p.articles.map((a) => a.id)]));
    for (const part of splitStaticRepositories(grown)) {
      if (before.has(part.name)) expect(part.articles.map((a) => a.id)).toEqual(before.get(part.name));
    }
  });

  it('lists the files for the Data page with URLs, baseURLs, date ranges and counts', () => {
    const index = staticRepositoryIndex(parts, fixturePublication, urls);
    expect(index[0]).toEqual({
      name: '2021.xml',
      url: 'https://archive.example.org/wujin/oai/2021.xml',
      baseURL: 'https://archive.example.org/wujin/oai/2021.xml',
      from: '2021-01-15',
      to: '2021-12-15',
      records: 3000,
    });
  });
});

describe('the real archive as OAI-PMH', () => {
  it('puts every article of content/ in one well-formed file for 2024', () => {
    const { articles, publication } = realExport();
    const files = [...staticRepositoryFiles(articles, { publication, urls, generatedAt: GENERATED_AT })];
    expect(files.map((f) => f.name)).toEqual(['2024.xml']);
    const repository = parseXml(files[0]!.contents);
    const inFile = records(repository);
    expect(inFile).toHaveLength(articles.length);
    for (const [i, record] of inFile.entries()) {
      const article = articles[i]!;
      expect(dcValues(record, 'title')).toEqual([article.text['zh-Hans'].headline, article.text['zh-Hant'].headline]);
      expect(dcValues(record, 'creator')).toEqual(article.text['zh-Hans'].authors);
      expect(dcValues(record, 'rights')).toEqual(['All rights reserved']);
    }
  });
});
