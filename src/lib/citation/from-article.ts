/**
 * Builds the citation record of an archive article for one script tree, so that every page
 * cites an article the same way. Text is converted by the page's own `t` (ScriptText.t), the
 * one that renders the page, so a citation never spells a headline differently from the page.
 *
 * Title of an article printed without a main title (photos, always; any article, possibly):
 * the kicker when there is one, as the site shows it; otherwise the headline the site devises
 * from the caption (`headline` in src/lib/archive/article.ts: 图片新闻 and the caption's first clause), marked
 * `titleIsDevised` so that formats bracket it as a title supplied by the archive. The first
 * clause, rather than the caption's first sentence, because captions run to 60 characters and
 * more in one sentence, and a citation should match the headline the reader sees.
 */
import { headline, isHeadlineDevised, type ArticleEntry } from '../archive/article.ts';
import { uiString } from '../archive/script-text.ts';
import { SCRIPTS, type ScriptSegment } from '../archive/scripts.ts';
import type { CitableArticle } from './record.ts';

export interface ArticleCitationContext {
  script: ScriptSegment;
  /** Archive text (zh-Hans) into the page's script; identity for zh-Hans. */
  t: (text: string) => string;
  /** Absolute permalink of the article page in this script. */
  url: string;
  /** Where the newspaper is published, already in the page's script. */
  place?: string;
  /** `YYYY-MM-DD`, when the citation is made for a reader at a known date. */
  accessed?: string;
}

export function citableArticle(article: ArticleEntry, context: ArticleCitationContext): CitableArticle {
  const { t } = context;
  return {
    id: article.id,
    title: t(headline(article)),
    ...(isHeadlineDevised(article) ? { titleIsDevised: true } : {}),
    ...(article.title !== undefined && article.kicker !== undefined ? { kicker: t(article.kicker) } : {}),
    ...(article.subtitle !== undefined ? { subtitle: t(article.subtitle) } : {}),
    authors: article.authors.map(t),
    ...(article.photographers.length > 0 ? { photographers: article.photographers.map(t) } : {}),
    kind: article.kind,
    date: article.date,
    page: article.page,
    newspaper: t(uiString('paperName')),
    ...(context.place !== undefined ? { place: context.place } : {}),
    script: context.script,
    lang: SCRIPTS[context.script],
    url: context.url,
    siteName: t(uiString('siteName')),
    ...(context.accessed !== undefined ? { accessed: context.accessed } : {}),
  };
}
