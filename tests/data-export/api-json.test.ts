import { describe, expect, it } from 'vitest';
import { issueDocument, issuesDocument, yearDocument, yearEntry, type IssueDocument, type YearDocument } from '../../src/lib/data-export/api-json.ts';
import { articleRecord } from '../../src/lib/data-export/api-json.ts';
import { buildArticleSummary } from '../../src/lib/data-export/records.ts';
import {
  commentaryWithByline,
  fixtureArticles,
  fixtureIssue,
  fixturePublication,
  GENERATED_AT,
  HOSTILE_TITLE,
  hostileText,
  photoWithoutTitle,
  realExport,
  toyTraditional,
  urls,
} from './records.ts';

/** What a reader of the file gets: the document after a trip through JSON text. */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('/api/issues.json', () => {
  const years = [yearEntry('2024', [fixtureIssue, { date: '2024-12-07', pages: [{ label: '1', articles: fixtureArticles.slice(0, 1) }] }], urls), yearEntry('2023', [{ date: '2023-12-30', pages: [] }], urls)];
  const index = viaJson(issuesDocument(years, { publication: fixturePublication, urls, generatedAt: GENERATED_AT }));

  it('is versioned and says when, by what and for which site it was generated', () => {
    expect(index.version).toBe(3);
    expect(index.generated).toEqual({ at: GENERATED_AT, by: 'wujin-archive data-export', site: 'https://archive.example.org/wujin/' });
  });

  it('lists the years, oldest first, each with its dates, counts and list of issues, and counts the whole archive', () => {
    expect(index.years).toEqual([
      { year: '2023', from: '2023-12-30', to: '2023-12-30', issues: 1, articles: 0, json: 'https://archive.example.org/wujin/api/years/2023.json' },
      { year: '2024', from: '2024-10-13', to: '2024-12-07', issues: 2, articles: fixtureArticles.length + 1, json: 'https://archive.example.org/wujin/api/years/2024.json' },
    ]);
    expect(index.counts).toEqual({ issues: 3, articles: fixtureArticles.length + 1 });
    expect(index.publication.newspaper).toEqual({ 'zh-Hans': '武进日报', 'zh-Hant': '武進日報' });
  });
});

describe('/api/years/<year>.json', () => {
  const document = viaJson(yearDocument('2024', [fixtureIssue], { publication: fixturePublication, urls }));

  it('is versioned, names its year and site, and carries no time, so it changes only with its issues', () => {
    expect(document.version).toBe(3);
    expect(document.year).toBe('2024');
    expect(document.generated).toEqual({ by: 'wujin-archive data-export', site: 'https://archive.example.org/wujin/' });
  });

  it('carries the licence from the configuration, names in both scripts', () => {
    expect(document.publication).toEqual({
      repositoryName: { 'zh-Hans': '武进日报数字档案', 'zh-Hant': '武進日報數字档案' },
      newspaper: { 'zh-Hans': '武进日报', 'zh-Hant': '武進日報' },
      publisher: { 'zh-Hans': '武进日报社', 'zh-Hant': '武進日報社' },
      licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', placeholder: false },
    });
  });

  it('lists each issue with its pages, labels, article ids, titles in both scripts and absolute URLs', () => {
    expect(document.counts).toEqual({ issues: 1, articles: fixtureArticles.length });
    const [issue] = document.issues;
    expect(issue!.date).toBe('2024-10-13');
    expect(issue!.urls).toEqual({
      'zh-Hans': 'https://archive.example.org/wujin/zh-hans/2024/10/13/',
      'zh-Hant': 'https://archive.example.org/wujin/zh-hant/2024/10/13/',
    });
    expect(issue!.pages.map((p) => p.label)).toEqual(['1', '2']);
    // Each printed page's text as OCR gave it: what an offline save of the issue's period takes along.
    expect(issue!.pages.map((p) => p.source)).toEqual(['https://archive.example.org/wujin/seeds/2024-10-13/001_5a1b.txt', 'https://archive.example.org/wujin/seeds/2024-10-13/002_04e9.txt']);
    expect(issue!.pages[0]!.articles[0]).toEqual({
      id: '2024-10-13-001',
      order: 1,
      kind: 'news',
      headline: { 'zh-Hans': '区委常委会召开会议', 'zh-Hant': '區委常委會召開會議' },
      urls: {
        page: {
          'zh-Hans': 'https://archive.example.org/wujin/zh-hans/2024/10/13/1/',
          'zh-Hant': 'https://archive.example.org/wujin/zh-hant/2024/10/13/1/',
        },
      },
    });
    expect(issue!.json).toBe('https://archive.example.org/wujin/api/issues/2024-10-13.json');
  });

  it('needs only summaries, not bodies, so the list of a large archive stays small', () => {
    const summaries = [commentaryWithByline, photoWithoutTitle].map((e) => buildArticleSummary(e, toyTraditional, urls));
    const small = yearDocument('2024', [{ date: '2024-10-13', pages: [{ label: '2', articles: summaries }] }], { publication: fixturePublication, urls });
    expect(small.issues[0]!.pages[0]!.articles.map((a) => a.headline['zh-Hans'])).toEqual(['以项目攻坚之势 赋能高质量发展', '图片新闻：10月12日']);
    expect(JSON.stringify(small)).not.toContain('paragraphs');
  });

  it('lists the issues of content/ oldest first with every article once', () => {
    const { issues, articles, publication, index } = realExport();
    const real: YearDocument = viaJson(yearDocument('2024', [...issues].reverse(), { publication, urls }));
    expect(real.issues.map((i) => i.date)).toEqual(index.issues.map((i) => i.date));
    const ids = real.issues.flatMap((i) => i.pages.flatMap((p) => p.articles.map((a) => a.id)));
    expect(ids).toEqual(articles.map((a) => a.id));
    expect(real.counts).toEqual({ issues: index.issues.length, articles: articles.length });
    expect(real.publication.licence).toMatchObject({ name: 'All rights reserved', placeholder: true });
    expect(real.publication.licence.note).toMatch(/publisher must set/);
  });
});

describe('/api/issues/<date>.json', () => {
  const document = viaJson(issueDocument(fixtureIssue, fixturePublication, urls));
  const first = document.articles[0]!;

  it('is versioned, names the issue in both scripts and points to the year\'s corpus for the text', () => {
    expect(document).toMatchObject({ version: 3, date: '2024-10-13', newspaper: { 'zh-Hans': '武进日报', 'zh-Hant': '武進日報' } });
    expect(document.urls).toEqual({
      issue: { 'zh-Hans': 'https://archive.example.org/wujin/zh-hans/2024/10/13/', 'zh-Hant': 'https://archive.example.org/wujin/zh-hant/2024/10/13/' },
      corpus: 'https://archive.example.org/wujin/data/2024/articles.jsonl.gz',
    });
    expect(document.licence).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', placeholder: false });
  });

  it('lists every article of the issue in page and reading order, once', () => {
    expect(document.articles.map((a) => a.id)).toEqual(fixtureIssue.pages.flatMap((p) => p.articles.map((a) => a.id)));
  });

  it('has each article\'s metadata and page URLs, leaving the issue\'s URLs to the document', () => {
    expect(first).toMatchObject({ id: '2024-10-13-001', page: '1', order: 1, kind: 'news' });
    expect(first.urls).toEqual({
      page: {
        'zh-Hans': 'https://archive.example.org/wujin/zh-hans/2024/10/13/1/',
        'zh-Hant': 'https://archive.example.org/wujin/zh-hant/2024/10/13/1/',
      },
    });
  });

  it('has the lead but not the body, in both scripts, with absent fields left out rather than null', () => {
    expect(first.text['zh-Hans']).toEqual({
      headline: '区委常委会召开会议',
      title: '区委常委会召开会议',
      dateline: '本报讯（记者 朱梦琪）',
      authors: ['朱梦琪'],
      photographers: [],
      lead: '昨天上午，区委常委会召开会议。',
      pageLabel: '第1版',
      kindLabel: '新闻',
    });
    expect(first.text['zh-Hant'].dateline).toBe('本報訊（記者 朱夢琪）');
    expect(JSON.stringify(document)).not.toContain('paragraphs');
  });

  it('keeps hostile text exactly: JSON needs no escaping beyond its own', () => {
    expect(document.articles.find((a) => a.id === hostileText.id)!.text['zh-Hans'].title).toBe(HOSTILE_TITLE);
  });

  it('renders every issue of content/ with headlines that differ between scripts', () => {
    const { issues, publication } = realExport();
    for (const real of issues) {
      const doc: IssueDocument = viaJson(issueDocument(real, publication, urls));
      expect(doc.articles.length).toBeGreaterThan(0);
      for (const article of doc.articles) expect(article.text['zh-Hans'].headline.length).toBeGreaterThan(0);
      expect(doc.articles.some((article) => article.text['zh-Hant'].headline !== article.text['zh-Hans'].headline)).toBe(true);
    }
    const first = issues.flatMap((i) => i.pages.flatMap((p) => p.articles)).find((a) => a.id === '2024-10-13-001')!;
    expect(first.text['zh-Hant'].title).toBe('區委常委會召開會議');
  });
});

describe('corpus record', () => {
  it('has the full text in both scripts', () => {
    const record = viaJson(articleRecord(fixtureArticles.find((a) => a.id === hostileText.id)!));
    expect(record.text['zh-Hans'].paragraphs).toEqual(hostileText.paragraphs);
    expect(record.text['zh-Hant'].paragraphs).toHaveLength(hostileText.paragraphs.length);
  });

  it('differs between scripts for every article of content/', () => {
    for (const article of realExport().articles) {
      const record = articleRecord(article);
      expect(record.text['zh-Hant'].paragraphs).toHaveLength(record.text['zh-Hans'].paragraphs.length);
      expect(record.text['zh-Hant'].paragraphs.join('')).not.toBe(record.text['zh-Hans'].paragraphs.join(''));
    }
  });
});
