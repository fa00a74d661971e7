/**
 * Feed items for `@astrojs/rss`: the latest issues' articles, newest issue first, in one script.
 *
 * RSS 2.0's `<author>` must be an e-mail address, which reporters here do not have, so names go
 * in `<dc:creator>` (through `customData`); the feed declares the namespace with
 * `xmlns: FEED_NAMESPACES`.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { SCRIPTS, type ScriptSegment } from '../archive/scripts.ts';
import { escapeXmlText, withoutIllegalXmlCharacters } from './escape.ts';
import type { ExportArticle, ExportIssue } from './records.ts';
import { compareCodeUnits } from '../archive/order.ts';

export const FEED_NAMESPACES = { dc: 'http://purl.org/dc/elements/1.1/' } as const;

/** The newest `count` issues, newest first. */
export function latestIssues<I extends { readonly date: string }>(issues: Iterable<I>, count: number): I[] {
  return [...issues].sort((a, b) => compareCodeUnits(b.date, a.date)).slice(0, Math.max(0, count));
}

/**
 * An issue appears at midnight in China (UTC+8) on its date; readers and feed validators get an
 * unambiguous instant instead of a date that UTC would put on the day before.
 */
export function issueInstant(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

export interface FeedOptions {
  readonly script: ScriptSegment;
  /** How many of the newest issues go into the feed. */
  readonly issueCount: number;
}

export function feedItems(issues: Iterable<ExportIssue<ExportArticle>>, { script, issueCount }: FeedOptions): RSSFeedItem[] {
  const lang = SCRIPTS[script];
  return latestIssues(issues, issueCount).flatMap((issue) =>
    issue.pages.flatMap((page) =>
      page.articles.map((article): RSSFeedItem => {
        const text = article.text[lang];
        const item: RSSFeedItem = {
          title: clean(text.headline),
          link: article.urls.page[lang],
          pubDate: issueInstant(article.date),
          description: clean(text.lead),
          categories: [clean(text.pageLabel), clean(text.kindLabel)],
        };
        if (text.authors.length > 0) {
          item.customData = text.authors.map((name) => `<dc:creator>${escapeXmlText(name)}</dc:creator>`).join('');
        }
        return item;
      }),
    ),
  );
}

/** @astrojs/rss escapes markup but passes characters XML forbids, which would make the whole feed unreadable. */
function clean(text: string): string {
  return withoutIllegalXmlCharacters(text);
}
