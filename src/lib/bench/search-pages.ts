/**
 * Article pages for the search-only bench (issue 13), without the Astro build: each page holds
 * exactly the Pagefind-relevant markup of the real article page
 * (src/pages/[script]/[year]/[month]/[day]/[order]/index.astro): `<html lang>`, the
 * `data-pagefind-body` article, its meta / filter / sort annotations, the weighted kicker and
 * subtitle, the `title` meta on the headline, the credit line, the body and the people line with
 * its `author` filters. What the real page marks `data-pagefind-ignore` (issue link, source,
 * citation, embed, pager) is left out: Pagefind never reads it.
 *
 * Alongside the pages, the plain text Pagefind sees of each article (the searchable text) is kept
 * as the ground truth of the recall check.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { articleText, people as peopleOf, type ArticleEntry } from '../archive/article.ts';
import { uiString } from '../archive/script-text.ts';
import { SCRIPTS, type ScriptSegment } from '../archive/scripts.ts';
import { annotationAttributes, searchAnnotations } from '../search/annotations.ts';

/** Turns Simplified text into a script (identity for zh-hans). */
export type ToScript = (simplified: string) => string;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** `/zh-hans/2024/10/13/3/`: the article's URL path, as the site writes it. */
export function articleUrl(script: ScriptSegment, article: Pick<ArticleEntry, 'date' | 'order'>): string {
  const [year, month, day] = article.date.split('-');
  return `/${script}/${year}/${month}/${day}/${article.order}/`;
}

/** The article page's search-relevant HTML in one script. */
export function articlePageHtml(article: ArticleEntry, script: ScriptSegment, t: ToScript): string {
  const shown = articleText(article, t);
  const people = peopleOf(article);
  const annotations = Object.entries(annotationAttributes(searchAnnotations(article)))
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const paragraphs = shown.paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join('');
  const credit = shown.dateline ?? shown.byline;
  const body =
    article.kind === 'photo'
      ? `<figure class="article-body"><figcaption>${paragraphs}${shown.credit ? `<p>${escapeText(shown.credit)}</p>` : ''}</figcaption></figure>`
      : `<div class="article-body">${paragraphs}</div>`;
  const peopleLine =
    people.length > 0
      ? `<p class="meta">${escapeText(t(uiString(article.kind === 'photo' ? 'photographer' : 'reporter')))}：${people
          .map((name, i) => `${i > 0 ? '、' : ''}<a href="#" data-pagefind-filter="author">${escapeText(shown.people[i]!)}</a>`)
          .join('')}</p>`
      : '';
  return [
    `<!doctype html><html lang="${SCRIPTS[script]}"><head><meta charset="utf-8"><title>${escapeText(shown.headline)}</title></head><body>`,
    `<article class="article" data-pagefind-body${annotations}>`,
    `<meta data-pagefind-meta="authors[content]" content="${escapeAttribute(shown.people.join('、'))}">`,
    `<header class="headline">`,
    shown.kicker ? `<p class="kicker" data-pagefind-weight="5">${escapeText(shown.kicker)}</p>` : '',
    `<h1 data-pagefind-meta="title">${escapeText(shown.headline)}</h1>`,
    shown.subtitle ? `<p class="subtitle" data-pagefind-weight="5">${escapeText(shown.subtitle)}</p>` : '',
    `</header>`,
    credit ? `<p class="credit-line">${escapeText(credit)}</p>` : '',
    body,
    peopleLine,
    `</article></body></html>\n`,
  ].join('');
}

/**
 * The text of an article page that Pagefind indexes, field by field (one field a line): a phrase
 * sampled from one line and found in another article's text by plain substring is a phrase that
 * article truly holds.
 */
export function searchableText(article: ArticleEntry, t: ToScript): string {
  const shown = articleText(article, t);
  const reporterLabel = t(uiString(article.kind === 'photo' ? 'photographer' : 'reporter'));
  return [
    shown.kicker,
    shown.headline,
    shown.subtitle,
    shown.dateline ?? shown.byline,
    ...shown.paragraphs,
    article.kind === 'photo' ? shown.credit : undefined,
    shown.people.length > 0 ? `${reporterLabel}：${shown.people.join('、')}` : undefined,
  ]
    .filter((line): line is string => line !== undefined && line !== '')
    .join('\n');
}

/** One article page of a site written by `writeArticlePages`. */
export interface WrittenArticle {
  script: ScriptSegment;
  date: string;
  url: string;
  text: string;
}

/** Writes the article pages of articles in one script under `siteDir`; returns what it wrote. */
export function writeArticlePages(siteDir: string, articles: readonly ArticleEntry[], script: ScriptSegment, t: ToScript): WrittenArticle[] {
  return articles.map((article) => {
    const url = articleUrl(script, article);
    const file = join(siteDir, url, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, articlePageHtml(article, script, t));
    return { script, date: article.date, url, text: searchableText(article, t) };
  });
}
