import { describe, expect, it } from 'vitest';
import termsFile from '../../data/citation/terms.json' with { type: 'json' };
import { citableArticle } from '../../src/lib/citation/from-article.ts';
import { creatorsOf, subtitleText, titleWithSubtitle } from '../../src/lib/citation/record.ts';
import { chineseDate, citationTerms } from '../../src/lib/citation/terms.ts';
import { BASE_URL, contentArticle, contentRecord } from './fixtures.ts';

describe('citableArticle', () => {
  it('builds the record of the real 苏州丝波敦 article', () => {
    expect(contentRecord('2024-10-13-003')).toEqual({
      id: '2024-10-13-003',
      title: '苏州丝波敦项目签约落地西太湖',
      authors: ['朱梦琪'],
      kind: 'news',
      date: '2024-10-13',
      page: '1',
      newspaper: '武进日报',
      script: 'zh-hans',
      lang: 'zh-Hans',
      url: `${BASE_URL}/zh-hans/2024/10/13/3/`,
      siteName: '武进日报数字档案',
    });
  });

  it('devises a photo’s title as the site shows it and marks it devised', () => {
    const photo = contentRecord('2024-08-28-003');
    expect(photo.title).toBe('图片新闻：位于湖塘科技产业园E区的区重点项目——联东U谷·…');
    expect(photo.titleIsDevised).toBe(true);
    expect(photo.authors).toEqual(['陆新', '徐芊卉']);
  });

  it('keeps kicker and subtitle of a commentary apart from its title', () => {
    const commentary = contentRecord('2024-01-13-002');
    expect(commentary).toMatchObject({
      title: '心怀山海眼有星辰 朝着未来阔步前行',
      kicker: '勇挑大梁走在前 勇攀新高再出发 奋力推进中国式现代化武进新实践',
      subtitle: '——热烈祝贺区两会闭幕',
      authors: [],
      kind: 'commentary',
    });
    expect(commentary.titleIsDevised).toBeUndefined();
  });

  it('uses a printed kicker as the title of an article without a main title', () => {
    const article = { ...contentArticle('2024-08-28-001'), title: undefined };
    const record = citableArticle(article, { script: 'zh-hans', t: (text) => text, url: `${BASE_URL}/zh-hans/2024/08/28/1/` });
    expect(record.title).toBe('今年以来，我区聚力发展新质生产力，创多个全市“第一”——');
    expect(record.titleIsDevised).toBeUndefined();
    expect(record.kicker).toBeUndefined();
  });

  it('passes every archive string through the page’s converter', () => {
    const record = citableArticle(contentArticle('2024-10-13-003'), {
      script: 'zh-hant',
      t: (text) => `‹${text}›`,
      url: `${BASE_URL}/zh-hant/2024/10/13/3/`,
    });
    expect(record).toMatchObject({ title: '‹苏州丝波敦项目签约落地西太湖›', authors: ['‹朱梦琪›'], newspaper: '‹武进日报›', siteName: '‹武进日报数字档案›', lang: 'zh-Hant' });
  });
});

describe('record helpers', () => {
  it('take the dash off a printed subtitle', () => {
    expect(subtitleText('——热烈祝贺区两会闭幕')).toBe('热烈祝贺区两会闭幕');
    expect(subtitleText('今年上半年我区现代化强区建设取得新进展')).toBe('今年上半年我区现代化强区建设取得新进展');
    expect(subtitleText('——')).toBeUndefined();
    expect(titleWithSubtitle({ title: '题名', subtitle: '——副题' })).toBe('题名：副题');
  });

  it('tell people, the commentator and nobody apart', () => {
    expect(creatorsOf({ authors: ['朱梦琪'], kind: 'commentary' })).toEqual({ kind: 'persons', names: ['朱梦琪'] });
    expect(creatorsOf({ authors: [], kind: 'commentary' })).toEqual({ kind: 'commentator' });
    expect(creatorsOf({ authors: [], kind: 'photo' })).toEqual({ kind: 'none' });
  });
});

describe('data/citation/terms.json', () => {
  it('has the same terms in both scripts', () => {
    expect(Object.keys(termsFile['zh-hant']).sort()).toEqual(Object.keys(termsFile['zh-hans']).sort());
  });

  it('writes each script’s fixed words in that script', () => {
    expect(citationTerms('zh-hans').commentator).toBe('本报评论员');
    expect(citationTerms('zh-hant').commentator).toBe('本報評論員');
    expect(chineseDate('2024-01-03', citationTerms('zh-hant'))).toBe('2024年1月3日');
  });
});
