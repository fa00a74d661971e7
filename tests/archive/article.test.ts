import { describe, expect, it } from 'vitest';
import { articleText, cardView, headline, isHeadlineDevised, lead, LEAD_BUDGETS, people, printedText, type ArticleEntry } from '../../src/lib/archive/article.ts';

const base: ArticleEntry = {
  id: '2024-10-13-001',
  date: '2024-10-13',
  page: '1',
  order: 1,
  kind: 'news',
  authors: ['朱梦琪'],
  photographers: [],
  paragraphs: ['第一段。', '第二段。'],
  source: { file: 'seeds/002.txt', startLine: 1, endLine: 9 },
};

const newsWithKicker: ArticleEntry = { ...base, kicker: '引题——', title: '主题', subtitle: '——副题', dateline: '本报讯（记者 朱梦琪）' };
const photo: ArticleEntry = {
  ...base,
  id: '2024-10-13-002',
  order: 2,
  kind: 'photo',
  authors: ['陆新', '徐芊卉'],
  photographers: ['陆新', '徐芊卉'],
  credit: '陆新 徐芊卉 摄',
  paragraphs: ['位于湖塘科技产业园E区的区重点项目——联东U谷·武进国际企业港二期，目前已进入收尾阶段。图为项目航拍。'],
};

describe('headline', () => {
  it('is the title, else the kicker', () => {
    expect(headline(newsWithKicker)).toBe('主题');
    expect(headline({ ...base, kicker: '只有引题' })).toBe('只有引题');
    expect(isHeadlineDevised(newsWithKicker)).toBe(false);
  });

  it('is devised from a photo caption\'s first clause, at most 24 characters', () => {
    expect(headline(photo)).toBe('图片新闻：位于湖塘科技产业园E区的区重点项目——联东U谷·…');
    expect(isHeadlineDevised(photo)).toBe(true);
  });
});

describe('lead', () => {
  const long = `${'一二三四五六七八九十'.repeat(5)}。${'甲乙丙丁戊己庚辛壬癸'.repeat(12)}`;

  it('keeps a short first paragraph whole', () => {
    expect(lead(base, 'list')).toBe('第一段。');
  });

  it('cuts on the last sentence end within the named budget', () => {
    expect(lead({ paragraphs: [long] }, 'list')).toBe(`${'一二三四五六七八九十'.repeat(5)}。`);
  });

  it('cuts at the budget with an ellipsis where no sentence ends early enough', () => {
    const text = '字'.repeat(200);
    expect(lead({ paragraphs: [text] }, 'summary')).toBe(`${'字'.repeat(LEAD_BUDGETS.summary)}…`);
    expect([...lead({ paragraphs: [text] }, 'caption')].length).toBe(LEAD_BUDGETS.caption + 1);
  });
});

describe('the article\'s text', () => {
  it('lists the printed text in printed order, nothing left out', () => {
    expect(printedText({ ...newsWithKicker, byline: '□ 记者 朱梦琪', credit: '某 摄' })).toEqual([
      '引题——', '主题', '——副题', '本报讯（记者 朱梦琪）', '□ 记者 朱梦琪', '第一段。', '第二段。', '某 摄',
    ]);
  });

  it('credits each person once, authors first', () => {
    expect(people({ authors: ['甲', '乙'], photographers: ['乙', '丙'] })).toEqual(['甲', '乙', '丙']);
  });

  it('converts every field on its own with the script\'s function, labels included', () => {
    const marked = (text: string) => `«${text}»`;
    const text = articleText(newsWithKicker, marked);
    expect(text.headline).toBe('«主题»');
    expect(text.kicker).toBe('«引题——»');
    expect(text.byline).toBeUndefined();
    expect(text.paragraphs).toEqual(['«第一段。»', '«第二段。»']);
    expect(text.leads).toEqual({ list: '«第一段。»', caption: '«第一段。»', summary: '«第一段。»' });
    expect(text.pageLabel).toBe('«第1版»');
    expect(text.kindLabel).toBe('«新闻»');
    expect(text.people).toEqual(['«朱梦琪»']);
  });

  it('gives a card everything it shows, with each person\'s filed name beside the shown one', () => {
    const card = cardView(photo, articleText(photo, (text) => text.replace('陆', '陸')));
    expect(card).toMatchObject({ id: photo.id, kind: 'photo', date: '2024-10-13', order: 2, page: '1', credit: '陸新 徐芊卉 摄' });
    expect(card.people).toEqual([
      { name: '陆新', shown: '陸新' },
      { name: '徐芊卉', shown: '徐芊卉' },
    ]);
    expect(card.caption).toBe(photo.paragraphs[0]);
  });
});
