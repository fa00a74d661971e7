import { describe, expect, it } from 'vitest';
import { jsonLdProblems } from '../../src/lib/citation/jsonld-check.ts';
import { newsArticleJsonLd, publicationIssueJsonLd, serializeJsonLd } from '../../src/lib/citation/jsonld.ts';
import type { CitableArticle, CitableIssue } from '../../src/lib/citation/record.ts';
import { BASE_URL, contentArticle, contentRecord, fixture, FIXTURE_NAMES } from './fixtures.ts';

function linksFor(record: CitableArticle) {
  const [year, month, day] = record.date.split('-');
  return { issueUrl: `${BASE_URL}/${record.script}/${year}/${month}/${day}/`, periodicalUrl: `${BASE_URL}/${record.script}/` };
}

const suzhou = contentRecord('2024-10-13-003');

/** The 2024-10-13 issue page as content/ has it. */
function issue20241013(): CitableIssue {
  const articles = ['001', '002', '003', '004', '005', '006'].map((order) => contentArticle(`2024-10-13-${order}`));
  return {
    date: '2024-10-13',
    newspaper: '武进日报',
    lang: 'zh-Hans',
    url: `${BASE_URL}/zh-hans/2024/10/13/`,
    periodicalUrl: `${BASE_URL}/zh-hans/`,
    articles: articles.map((article) => ({ headline: article.title!, url: `${BASE_URL}/zh-hans/2024/10/13/${article.order}/` })),
  };
}

describe('newsArticleJsonLd', () => {
  it('places the article in its issue and the issue in the newspaper', () => {
    expect(newsArticleJsonLd(suzhou, { ...linksFor(suzhou), issueNumber: 12345 })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '苏州丝波敦项目签约落地西太湖',
      datePublished: '2024-10-13',
      author: [{ '@type': 'Person', name: '朱梦琪' }],
      inLanguage: 'zh-Hans',
      url: `${BASE_URL}/zh-hans/2024/10/13/3/`,
      mainEntityOfPage: `${BASE_URL}/zh-hans/2024/10/13/3/`,
      pageStart: '1',
      isPartOf: {
        '@type': 'PublicationIssue',
        datePublished: '2024-10-13',
        issueNumber: '12345',
        url: `${BASE_URL}/zh-hans/2024/10/13/`,
        isPartOf: { '@type': 'Periodical', name: '武进日报', inLanguage: 'zh-Hans', url: `${BASE_URL}/zh-hans/` },
      },
    });
  });

  it('gives a commentary an Organization author belonging to the newspaper, and a subtitle as alternativeHeadline', () => {
    const data = newsArticleJsonLd(fixture('traditional-commentary-with-kicker-and-subtitle'), linksFor(fixture('traditional-commentary-with-kicker-and-subtitle')));
    expect(data).toMatchObject({
      headline: '心懷山海眼有星辰 朝著未來闊步前行',
      alternativeHeadline: '熱烈祝賀區兩會閉幕',
      author: { '@type': 'Organization', name: '本報評論員', parentOrganization: { '@type': 'NewsMediaOrganization', name: '武進日報' } },
      inLanguage: 'zh-Hant',
    });
  });

  it('names no author for an unsigned piece', () => {
    expect(newsArticleJsonLd(fixture('unsigned-news'), linksFor(fixture('unsigned-news')))).not.toHaveProperty('author');
  });

  it('refuses relative links', () => {
    expect(() => newsArticleJsonLd(suzhou, { issueUrl: '/zh-hans/2024/10/13/', periodicalUrl: `${BASE_URL}/zh-hans/` })).toThrow(/absolute URL/);
  });
});

describe('publicationIssueJsonLd', () => {
  it('lists the issue’s articles as its parts', () => {
    const data = publicationIssueJsonLd(issue20241013());
    expect(data).toMatchObject({ '@type': 'PublicationIssue', datePublished: '2024-10-13', isPartOf: { '@type': 'Periodical', name: '武进日报' } });
    expect(data.hasPart).toHaveLength(6);
    expect((data.hasPart as unknown[])[2]).toEqual({ '@type': 'NewsArticle', headline: '苏州丝波敦项目签约落地西太湖', url: `${BASE_URL}/zh-hans/2024/10/13/3/` });
  });
});

describe('data/citation/jsonld-required.json', () => {
  const articleRecords = [
    ['2024-10-13-003', suzhou],
    ['2024-01-13-002 (commentary)', contentRecord('2024-01-13-002')],
    ['2024-01-13-003 (photo)', contentRecord('2024-01-13-003')],
    ...FIXTURE_NAMES.map((name) => [name, fixture(name)] as const),
  ] as const;

  it.each(articleRecords)('article page %s conforms', (_, record) => {
    const data = newsArticleJsonLd(record, { ...linksFor(record), issueNumber: 1 });
    expect(jsonLdProblems(data, 'articlePage')).toEqual([]);
    // author is optional only for pieces nobody signed.
    expect('author' in data).toBe(record.authors.length > 0 || record.kind === 'commentary');
  });

  it('issue page conforms', () => {
    expect(jsonLdProblems(publicationIssueJsonLd(issue20241013()), 'issuePage')).toEqual([]);
  });

  it('catches what a page must not carry', () => {
    const data = { ...newsArticleJsonLd(suzhou, linksFor(suzhou)) } as Record<string, unknown>;
    data.datePublished = '2024/10/13';
    data.url = '/zh-hans/2024/10/13/3/';
    data.inLanguage = 'zh-TW';
    data.author = [{ '@type': 'Person' }];
    data.dateModified = '2026-11-23';
    delete data.headline;
    expect(jsonLdProblems(data, 'articlePage')).toEqual([
      'articlePage.headline: missing',
      'articlePage.datePublished: expected isoDate, got "2024/10/13"',
      'articlePage.inLanguage: expected languageTag, got "zh-TW"',
      'articlePage.url: expected absoluteUrl, got "/zh-hans/2024/10/13/3/"',
      'articlePage.author[0].name: missing',
      'articlePage.dateModified: not listed for articlePage in jsonld-required.json',
    ]);
    expect(jsonLdProblems({ ...publicationIssueJsonLd(issue20241013()), hasPart: [] }, 'issuePage')).toEqual(['issuePage.hasPart: expected a non-empty list']);
  });
});

describe('serializeJsonLd', () => {
  it('keeps a headline from closing the script element', () => {
    const record = fixture('hostile-characters');
    const json = serializeJsonLd(newsArticleJsonLd(record, linksFor(record)));
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json).headline).toBe(record.title);
    expect(JSON.parse(json).alternativeHeadline).toBe('</script><!-- {');
  });

  it('escapes the line separators JavaScript once treated as line ends', () => {
    expect(serializeJsonLd({ headline: 'a\u2028b\u2029c' })).toBe('{"headline":"a\\u2028b\\u2029c"}');
  });
});
