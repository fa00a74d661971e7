/**
 * Export records for the tests: the real archive in content/, read the way the site reads it,
 * and small fixture articles, each named for what it shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { hosting } from '../../src/lib/hosting/hosting.ts';
import { join } from 'node:path';
import { createConverter } from '../../src/lib/convert/index.ts';
import { buildExportArticle, buildExportPublication, exportIssues, type ExportArticle, type ExportIssue, type ExportPublication } from '../../src/lib/data-export/index.ts';
import { siteUrls, type SiteUrls } from '../../src/lib/archive/routes.ts';
import { parseArticleMdx } from '../../src/lib/ingest/mdx.ts';
import { buildArchiveIndex, type ArchiveIndex, type IssueInput } from '../../src/lib/archive/archive-index.ts';
import type { ArticleEntry } from '../../src/lib/archive/article.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { IssueSchema } from '../../src/schemas/issue.ts';
import { PublicationSchema, type Publication } from '../../src/schemas/publication.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
const ISSUES_DIR = join(ROOT, 'content', 'issues');

/** A project site under a base path, so every test also checks that URLs carry the base. */
export const urls: SiteUrls = siteUrls(hosting({ site: 'https://archive.example.org', base: '/wujin/' }));
export const GENERATED_AT = '2026-11-02T08:00:00Z';

export function readPublicationFile(): Publication {
  return PublicationSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'site', 'publication.json'), 'utf8')));
}

/** Reads content/issues/<date>/*.mdx and issue.json, validated by the collections' schemas. */
export function readContentArchive(): ArchiveIndex {
  const articles: ArticleEntry[] = [];
  const issues: IssueInput[] = [];
  for (const date of readdirSync(ISSUES_DIR).sort()) {
    const folder = join(ISSUES_DIR, date);
    const issue = IssueSchema.parse(JSON.parse(readFileSync(join(folder, 'issue.json'), 'utf8')));
    issues.push({ date: issue.date, pages: issue.pages.map((p) => ({ label: p.label, file: p.file, articles: p.articles })) });
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.mdx')).sort()) {
      const { frontMatter, paragraphs } = parseArticleMdx(readFileSync(join(folder, name), 'utf8'));
      articles.push({ ...ArticleSchema.parse(frontMatter), paragraphs });
    }
  }
  return buildArchiveIndex(articles, issues);
}

export interface RealArchive {
  index: ArchiveIndex;
  publication: ExportPublication;
  articles: ExportArticle[];
  issues: ExportIssue<ExportArticle>[];
  toTraditional: (text: string) => string;
}

let realArchive: RealArchive | undefined;

/** The sample archive, converted as the site converts it (Taiwan forms, credited names kept). */
export function realExport(): RealArchive {
  if (realArchive) return realArchive;
  const index = readContentArchive();
  const converter = createConverter({ variant: 'tw', personNames: index.personNames });
  const toTraditional = (text: string) => converter.toTraditional(text);
  const byId = new Map<string, ExportArticle>();
  const issues = exportIssues(index.issues, (entry) => {
    const record = buildExportArticle(entry, toTraditional, urls);
    byId.set(record.id, record);
    return record;
  });
  realArchive = {
    index,
    publication: buildExportPublication(readPublicationFile(), toTraditional),
    articles: [...byId.values()],
    issues,
    toTraditional,
  };
  return realArchive;
}

/**
 * A stand-in for the converter in fixture tests: deterministic, instant, and visibly different,
 * so a test can tell which script a field came from.
 */
const TOY_FORMS: Record<string, string> = { 报: '報', 记: '記', 发: '發', 区: '區', 会: '會', 图: '圖', 闻: '聞', 评: '評', 论: '論', 进: '進', 梦: '夢', 张: '張', 摄: '攝', 题: '題', 测: '測', 试: '試', 讯: '訊', 电: '電', 产: '產', 业: '業', 项: '項', 目: '目', 数: '數', 据: '據', 开: '開', 议: '議' };
export const toyTraditional = (text: string) => text.replace(/./gsu, (c) => TOY_FORMS[c] ?? c);

export const fixturePublication: ExportPublication = buildExportPublication(
  PublicationSchema.parse({
    repositoryName: '武进日报数字档案',
    newspaper: '武进日报',
    publisher: { name: '武进日报社' },
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    contact: { adminEmail: 'archive@example.org' },
    oai: { repositoryIdentifier: 'archive.example.org' },
  }),
  toyTraditional,
);

const source = { file: 'seeds/000_fixture.txt', startLine: 1, endLine: 9 };

function entry(fields: Partial<ArticleEntry> & Pick<ArticleEntry, 'id' | 'order' | 'paragraphs'>): ArticleEntry {
  return { date: fields.id.slice(0, 10), page: '1', kind: 'news', authors: [], photographers: [], source, ...fields };
}

export const newsWithDateline = entry({
  id: '2024-10-13-001',
  order: 1,
  title: '区委常委会召开会议',
  dateline: '本报讯（记者 朱梦琪）',
  authors: ['朱梦琪'],
  paragraphs: ['昨天上午，区委常委会召开会议。', '会议还研究了其他事项。'],
});

export const photoWithoutTitle = entry({
  id: '2024-10-13-002',
  order: 2,
  kind: 'photo',
  credit: '陆新 徐芊卉 摄',
  authors: ['陆新', '徐芊卉'],
  photographers: ['陆新', '徐芊卉'],
  paragraphs: ['10月12日，项目现场一派繁忙。图为项目航拍。'],
});

export const commentaryWithByline = entry({
  id: '2024-10-13-003',
  order: 3,
  page: '2',
  kind: 'commentary',
  kicker: '评论员文章',
  title: '以项目攻坚之势 赋能高质量发展',
  subtitle: '——三论高质量发展',
  byline: '□ 本报评论员',
  paragraphs: ['发展是第一要务。'],
});

/**
 * Everything a seed might hold that breaks a format: markup, `]]>`, quotes, commas, newlines and
 * CRLF inside a paragraph, control characters (legal and not in XML), a lone surrogate, a
 * noncharacter, line and paragraph separators, an astral character.
 */
export const HOSTILE_TITLE = '<script>alert("标题")</script> & ]]> \'单引号\', 逗号';
export const hostileText = entry({
  id: '2024-10-13-004',
  order: 4,
  page: '2',
  title: HOSTILE_TITLE,
  dateline: '本报讯（记者 张"三"）',
  authors: ['张"三"', 'A&B <i>'],
  paragraphs: [
    '他说："好，很好"，然后, 又说 "再见"。',
    '第一行\n第二行\r\n第三行\r第四行',
    'C0: \u0000\u0001\u0008\u000B\u000C\u001F 保留: \t 终 \uFFFE \uFFFF 孤: \uD800 𠮷 分隔\u2028行\u2029段\u0085NEL',
    ']]><![CDATA[ <!-- --> &amp; &#x41; {props.x} <p>',
  ],
});

/** Excel would run these as formulas without the guard. */
export const formulaLikeText = entry({
  id: '2024-10-13-005',
  order: 5,
  page: '2',
  title: '=HYPERLINK("http://evil.example","点我")',
  paragraphs: ['-5℃的早晨', '+1 和 @某人', '=1+1 在段首，但这是第二段'],
});

export const fixtureEntries = [newsWithDateline, photoWithoutTitle, commentaryWithByline, hostileText, formulaLikeText];
export const fixtureArticles = fixtureEntries.map((e) => buildExportArticle(e, toyTraditional, urls));
export const fixtureIssue: ExportIssue<ExportArticle> = {
  date: '2024-10-13',
  pages: [
    { label: '1', file: 'seeds/001_5a1b.txt', articles: fixtureArticles.slice(0, 2) },
    { label: '2', file: 'seeds/002_04e9.txt', articles: fixtureArticles.slice(2) },
  ],
};

/** Minimal articles for volume tests: `count` per date spread over the dates given. */
export function syntheticArticles(perDate: ReadonlyArray<readonly [date: string, count: number]>): ExportArticle[] {
  return perDate.flatMap(([date, count]) =>
    Array.from({ length: count }, (_, i) =>
      buildExportArticle(
        entry({ id: `${date}-${String(i + 1).padStart(3, '0')}`, order: i + 1, title: `第${i + 1}篇`, authors: ['记者甲'], paragraphs: ['正文。'] }),
        (s) => s,
        urls,
      ),
    ),
  );
}
