import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { FEED_NAMESPACES, feedItems, issueInstant, latestIssues } from '../../src/lib/data-export/feed.ts';
import type { ExportArticle, ExportIssue } from '../../src/lib/data-export/records.ts';
import { fixtureIssue, HOSTILE_TITLE, hostileText, realExport } from './records.ts';
import { parseXml } from '../helpers/xml.ts';

describe('feed items', () => {
  it('takes the newest issues first, whatever order they come in', () => {
    const { issues } = realExport();
    const dates = [...issues].map((i) => i.date);
    expect(latestIssues(issues, 2).map((i) => i.date)).toEqual(dates.sort().reverse().slice(0, 2));
    expect(latestIssues(issues, 0)).toEqual([]);
    expect(latestIssues(issues, 99)).toHaveLength(issues.length);
  });

  it('maps each article of those issues to an item in the page script', () => {
    const { issues } = realExport();
    const latest = latestIssues(issues, 2);
    const items = feedItems(issues, { script: 'zh-hant', issueCount: 2 });
    const articles = latest.flatMap((i) => i.pages.flatMap((p) => p.articles));
    expect(items).toHaveLength(articles.length);
    for (const [i, item] of items.entries()) {
      const article = articles[i]!;
      const text = article.text['zh-Hant'];
      expect(item).toMatchObject({
        title: text.headline,
        link: article.urls.page['zh-Hant'],
        description: text.lead,
        categories: [text.pageLabel, text.kindLabel],
      });
      expect(item.pubDate).toEqual(issueInstant(article.date));
    }
  });

  it('dates an issue at midnight in China, not in UTC', () => {
    expect(issueInstant('2024-10-13').toISOString()).toBe('2024-10-12T16:00:00.000Z');
  });

  it('credits authors as dc:creator, since RSS <author> must be an e-mail address', () => {
    const items = feedItems([fixtureIssue], { script: 'zh-hans', issueCount: 1 });
    expect(items[0]!.customData).toBe('<dc:creator>朱梦琪</dc:creator>');
    expect(items[0]).not.toHaveProperty('author');
    expect(items.find((i) => i.title === '以项目攻坚之势 赋能高质量发展')).not.toHaveProperty('customData');
  });

  it('makes a well-formed feed through @astrojs/rss, hostile text included', async () => {
    const issue: ExportIssue<ExportArticle> = fixtureIssue;
    const xml = await getRssString({
      title: '武进日报',
      description: '最新一期',
      site: 'https://archive.example.org/wujin/',
      xmlns: { ...FEED_NAMESPACES },
      items: feedItems([issue], { script: 'zh-hans', issueCount: 1 }),
    });
    const rss = parseXml(xml);
    expect(rss.local).toBe('rss');
    const [channel] = rss.children;
    expect(channel!.local).toBe('channel');
    const allItems = channel!.children.filter((c) => c.local === 'item');
    expect(allItems).toHaveLength(5);
    const hostile = allItems.find((i) => i.children.find((c) => c.local === 'link')?.text.endsWith('/2024/10/13/4/'))!;
    expect(hostile.children.find((c) => c.local === 'title')!.text).toBe(HOSTILE_TITLE);
    const creators = hostile.children.filter((c) => c.local === 'creator');
    expect(creators.map((c) => [c.namespace, c.text])).toEqual([
      [FEED_NAMESPACES.dc, '张"三"'],
      [FEED_NAMESPACES.dc, 'A&B <i>'],
    ]);
    expect(hostile.children.find((c) => c.local === 'description')!.text).toBe(hostileText.paragraphs[0]);
  });
});
