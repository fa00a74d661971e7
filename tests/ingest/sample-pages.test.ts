import { describe, expect, it } from 'vitest';
import { parseArticleMdx } from '../../src/lib/ingest/mdx.ts';
import { buildSample } from '../helpers/seeds.ts';

/** The three seeds the gold file does not cover, checked by reading them. */
const output = buildSample();
const articles = [...output.files.entries()]
  .filter(([path]) => path.endsWith('.mdx'))
  .map(([path, source]) => ({ path, ...parseArticleMdx(source) }));

function headlines(seed: string) {
  return articles
    .filter((a) => (a.frontMatter.source as { file: string }).file === `seeds/${seed}`)
    .map(({ frontMatter: f }) => [f.kind, f.kicker, f.title, f.subtitle, f.authors]);
}

describe('the sample seeds', () => {
  it('all ingest without errors, and report what they found', () => {
    expect(output.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(output.reports.map((r) => [r.file, r.date, r.articles, r.joined])).toEqual([
      ['seeds/000_7ae84348bd6342b6.txt', '2024-08-28', 4, 6],
      ['seeds/001_234e97dd3e42aa41.txt', '2024-07-27', 3, 7],
      ['seeds/002_04e94acb881a18bc.txt', '2024-10-13', 6, 11],
      ['seeds/003_f04102f983c17de7.txt', '2024-01-13', 4, 7],
      ['seeds/004_20bfb9a86f03d2e9.txt', '2024-12-07', 4, 8],
    ]);
  });

  it('dates 002 and 004 from their text with high confidence, 000 with medium, 001 and 003 from the manifest', () => {
    const dating = Object.fromEntries(output.reports.map((r) => [r.file.slice(6, 9), [r.dating!.source, r.dating!.confidence]]));
    expect(dating).toEqual({
      '000': ['inferred', 'medium'],
      '001': ['manifest', 'high'],
      '002': ['inferred', 'high'],
      '003': ['manifest', 'high'],
      '004': ['inferred', 'high'],
    });
  });

  it('001: two news reports and a commentary', () => {
    expect(headlines('001_234e97dd3e42aa41.txt')).toEqual([
      ['news', undefined, '因地制宜发展新质生产力 谱写高质量发展的崭新篇章', undefined, ['朱梦琪']],
      ['news', undefined, '持之以恒奋力拼搏实干 拼出争先进位的过硬成果', '今年上半年我区现代化强区建设取得新进展', ['朱梦琪']],
      ['commentary', undefined, '用好改革“关键招” 向“新”求“质”启新程', undefined, []],
    ]);
  });

  it('003: a feature, a commentary with kicker and subtitle, a photo, a news report', () => {
    expect(headlines('003_f04102f983c17de7.txt')).toEqual([
      ['news', undefined, '以项目攻坚之势 赋能武进高质量发展', undefined, ['朱梦琪']],
      ['commentary', '勇挑大梁走在前 勇攀新高再出发 奋力推进中国式现代化武进新实践', '心怀山海眼有星辰 朝着未来阔步前行', '——热烈祝贺区两会闭幕', []],
      ['photo', undefined, undefined, undefined, ['吉宇', '王子鹏']],
      ['news', undefined, '拨云汇智慧产业园获评 省小微企业创业创新示范基地', undefined, ['汤乃颖', '何晓丹']],
    ]);
  });

  it('004: a report with kicker and two-line title, and three more', () => {
    expect(headlines('004_20bfb9a86f03d2e9.txt')).toEqual([
      ['news', '沈东专题调研全区重大项目建设', '全力以赴抓招商攻项目兴产业 以项目之进支撑武进产业之进、发展之进', undefined, ['朱梦琪']],
      ['news', undefined, '长三角液流电池产业生态大会在我区举行', undefined, ['史莲寅']],
      ['news', undefined, '区政协召开2025年度工作思路研讨会', undefined, ['吴梦婷']],
      ['news', undefined, '我区开展2024年第六个“学习日”活动', undefined, ['李燕', '谢丽娟', '张敏', '秦金宁']],
    ]);
  });

  it('repairs the OCR breaks of the pages outside the gold set', () => {
    const text = articles.flatMap((a) => a.paragraphs).join('\n');
    for (const run of ['有交代必有回音', '持续推进创新链', '未来可期。', '《2023年武进区重大项目单项考核办法》', '竣工16个，完成率133.3%', '场北河水上运动公园驿站', '核心区建设 坚定决心']) {
      expect(text).toContain(run);
    }
  });

  it('leaves no ASCII punctuation inside Chinese text', () => {
    for (const { paragraphs } of articles) {
      for (const p of paragraphs) expect(p).not.toMatch(/[\p{Script=Han}][,:;?!()]|[,:;?!()][\p{Script=Han}]/u);
    }
  });
});
