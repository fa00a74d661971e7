import { describe, expect, it } from 'vitest';
import { assignHeadlineRoles, segmentPage, type ParsedArticle } from '../../src/lib/ingest/segment.ts';

function articles(text: string): ParsedArticle[] {
  return segmentPage(text).items.filter((item): item is ParsedArticle => item.type === 'article');
}

describe('headline blocks', () => {
  it('takes a kicker ending in —— and a # title', () => {
    const [article] = articles('今年以来,我区聚力发展,创多个全市“第一”——\n\n# 1—7月我区工业总产值增长8.9%\n\n本报讯 (记者 朱梦琪) 经济承压之下,武进平稳增长。\n');
    expect(article).toMatchObject({ kicker: '今年以来，我区聚力发展，创多个全市“第一”——', title: '1—7月我区工业总产值增长8.9%' });
    expect(segmentPage('# 标题\n\n本报讯 (记者 朱梦琪) 正文。').markup).toEqual([{ line: 1, text: '#' }]);
  });

  it('takes a subtitle starting with —— below the title, and a kicker above both', () => {
    const [article] = articles('勇挑大梁走在前 勇攀新高再出发\n奋力推进中国式现代化武进新实践\n\n心怀山海眼有星辰 朝着未来阔步前行\n\n——热烈祝贺区两会闭幕\n\n□ 本报评论员\n\n时序更替,汇智前行。\n');
    expect(article).toMatchObject({
      kind: 'commentary',
      kicker: '勇挑大梁走在前 勇攀新高再出发 奋力推进中国式现代化武进新实践',
      title: '心怀山海眼有星辰 朝着未来阔步前行',
      subtitle: '——热烈祝贺区两会闭幕',
      byline: '□ 本报评论员',
      authorTokens: [],
    });
  });

  it('reads two unmarked lines as title and subtitle when the first has two phrases', () => {
    const [article] = articles('持之以恒奋力拼搏实干 拼出争先进位的过硬成果\n\n今年上半年我区现代化强区建设取得新进展\n\n本报讯(记者 朱梦琪)奋进在新征程上。\n');
    expect(article).toMatchObject({ title: '持之以恒奋力拼搏实干 拼出争先进位的过硬成果', subtitle: '今年上半年我区现代化强区建设取得新进展' });
    expect(article!.kicker).toBeUndefined();
  });

  it('reads a plain line above a two-line title as the kicker', () => {
    const [article] = articles('沈东专题调研全区重大项目建设\n\n全力以赴抓招商攻项目兴产业\n以项目之进支撑武进产业之进、发展之进\n\n本报讯 (记者 朱梦琪) 项目是“压舱石”。\n');
    expect(article).toMatchObject({ kicker: '沈东专题调研全区重大项目建设', title: '全力以赴抓招商攻项目兴产业 以项目之进支撑武进产业之进、发展之进' });
  });

  it.each([
    ['one line', ['区委常委会召开会议'], [false], { title: '区委常委会召开会议' }],
    ['kicker —— then two lines', ['引题——', '主题', '副题'], [false, false, false], { kicker: '引题——', title: '主题', subtitle: '副题' }],
    ['two lines then a —— subtitle', ['引题', '主题', '——副题'], [false, false, false], { kicker: '引题', title: '主题', subtitle: '——副题' }],
    ['a marked title in the middle', ['引题', '主题', '副题'], [false, true, false], { kicker: '引题', title: '主题', subtitle: '副题' }],
  ])('assigns roles: %s', (_, texts, marked, expected) => {
    expect(assignHeadlineRoles(texts, marked)).toEqual({ kicker: undefined, subtitle: undefined, ...expected });
  });
});

describe('datelines, bylines and captions', () => {
  it('takes the dateline off the first paragraph and reads its names', () => {
    const [article] = articles('拨云汇智慧产业园获评 省小微企业创业创新示范基地\n\n本报讯(汤乃颖 记者 何晓丹)近日,省工信厅公布了名单。\n');
    expect(article).toMatchObject({ dateline: '本报讯（汤乃颖 记者 何晓丹）', authorTokens: ['汤乃颖', '何晓丹'], kind: 'news' });
    expect(article!.paragraphs[0]).toBe('近日，省工信厅公布了名单。');
  });

  it('reads a wire dateline', () => {
    const [article] = articles('标题\n\n新华社北京10月12日电 (记者 王明) 正文开始。\n');
    expect(article).toMatchObject({ dateline: '新华社北京10月12日电（记者 王明）', authorTokens: ['王明'] });
  });

  it('reads a byline paragraph with a correspondent and a reporter', () => {
    const [article] = articles('以“民声”定“民生” 践行全过程人民民主\n\n□ 钱小芳 记者 徐梦超\n\n民生安则民心稳。\n');
    expect(article).toMatchObject({ byline: '□ 钱小芳 记者 徐梦超', authorTokens: ['钱小芳', '徐梦超'], kind: 'news' });
  });

  it('makes a standalone photo caption a photo item with its photographers', () => {
    const [photo] = articles('位于湖塘科技产业园E区的项目总投资3.7亿元。图为项目航拍。 陆新 徐芊卉 摄\n');
    expect(photo).toMatchObject({ kind: 'photo', credit: '陆新 徐芊卉 摄', photographerTokens: ['陆新', '徐芊卉'], authorTokens: ['陆新', '徐芊卉'] });
    expect(photo!.paragraphs).toEqual(['位于湖塘科技产业园E区的项目总投资3.7亿元。图为项目航拍。']);
    expect(photo!.title).toBeUndefined();
  });

  it('does not take a sentence that merely ends in 摄 for a caption', () => {
    const [article] = articles('标题\n\n本报讯 (记者 王明) 他说要多拍摄\n\n影作品。\n');
    expect(article!.kind).toBe('news');
    expect(article!.paragraphs).toEqual(['他说要多拍摄影作品。']);
  });
});

describe('OCR repair', () => {
  it('joins paragraphs broken mid-word and mid-number', () => {
    const [article] = articles('标题\n\n本报讯 (记者 王明) 作为智造强区,工业经济继\n\n续在我区发挥作用。市重大项目竣工16\n\n个,完成率133.3%。前景广阔、未来可\n\n期。\n');
    expect(article!.paragraphs).toEqual(['作为智造强区，工业经济继续在我区发挥作用。市重大项目竣工16个，完成率133.3%。前景广阔、未来可期。']);
    expect(article!.joinedAtLines).toEqual([5, 7, 9]);
  });

  it('joins a fragment that looks like a headline when the next paragraph starts mid-sentence', () => {
    const [article] = articles('标题\n\n本报讯 (记者 王明) 讲座开讲。\n\n作为西太湖美术馆年度公教项目之一的西太湖艺术讲\n\n堂,自2016年开讲以来,广受好评。\n');
    expect(article!.paragraphs).toEqual(['讲座开讲。', '作为西太湖美术馆年度公教项目之一的西太湖艺术讲堂，自2016年开讲以来，广受好评。']);
  });

  it('never swallows a real paragraph end or a headline', () => {
    const page = articles('第一篇标题\n\n本报讯 (记者 王明) 会议强调要抓落实。\n\n会议还研究了其他事项。\n\n第二篇标题\n\n本报讯 (记者 李华) 昨天上午开会。\n');
    expect(page.map((a) => a.title)).toEqual(['第一篇标题', '第二篇标题']);
    expect(page[0]!.paragraphs).toEqual(['会议强调要抓落实。', '会议还研究了其他事项。']);
    expect(page[0]!.joinedAtLines).toEqual([]);
  });

  it('starts an article at a short headline with no dateline when the text before it ended', () => {
    const page = articles('第一篇\n\n本报讯 (记者 王明) 正文结束。\n\n短讯标题\n\n这是一条没有电头的短讯。\n');
    expect(page.map((a) => a.title)).toEqual(['第一篇', '短讯标题']);
    expect(page[1]!.warnings.join()).toMatch(/no dateline or byline/);
  });

  it('keeps a # before a line that is no headline as text', () => {
    const page = segmentPage('标题\n\n本报讯 (记者 王明) 正文。\n\n# 不是标题, 只是井号开头的段落。\n');
    expect(page.markup).toEqual([]);
    const [article] = page.items as ParsedArticle[];
    expect(article!.paragraphs[1]).toBe('# 不是标题，只是井号开头的段落。');
  });
});

describe('what belongs to no article', () => {
  it('keeps a headline-like line at the end of a page as a flagged remainder', () => {
    const { items } = segmentPage('标题\n\n本报讯 (记者 王明) 正文。\n\n下期预告\n');
    expect(items.at(-1)).toMatchObject({ type: 'remainder', text: '下期预告', startLine: 5 });
  });

  it('keeps text before any headline as an article flagged for review', () => {
    const [article] = articles('这段文字前面没有标题。\n\n标题\n\n本报讯 (记者 王明) 正文。\n');
    expect(article!.title).toBeUndefined();
    expect(article!.warnings.join()).toMatch(/no headline/);
  });
});
