/**
 * One article as every page, export, citation and embed sees it. Types come from the content
 * schema (src/schemas/article.ts); what is derived from an article (its headline, its leads, its
 * people, its text in a script) is derived here and nowhere else.
 */
import type { LoadedArticle } from '../../schemas/article.ts';
import { uiString } from './script-text.ts';

/** What pages and exports read of an article; the ingest's bookkeeping (joins, warnings) stays out. */
export type ArticleEntry = Omit<LoadedArticle, 'ocrJoins' | 'warnings'>;
export type ArticleKind = ArticleEntry['kind'];

/**
 * How many characters of the body each place shows, cut on a sentence end where one is near:
 * `list` under a headline in issue and people lists, `caption` a photo's caption in lists and
 * the embed card, `summary` what a harvester, feed reader or catalogue shows instead of the
 * article (so it should say what the article reports).
 */
export const LEAD_BUDGETS = { list: 90, caption: 120, summary: 160 } as const;
export type LeadBudget = keyof typeof LEAD_BUDGETS;

/** The first sentences of the body, cut at a character budget on a sentence or clause end. */
export function lead(article: Pick<ArticleEntry, 'paragraphs'>, budget: LeadBudget): string {
  const limit = LEAD_BUDGETS[budget];
  const text = article.paragraphs[0] ?? '';
  const chars = [...text];
  if (chars.length <= limit) return text;
  const window = chars.slice(0, limit).join('');
  const cut = Math.max(window.lastIndexOf('。'), window.lastIndexOf('！'), window.lastIndexOf('？'));
  if (cut > limit / 3) return window.slice(0, cut + 1);
  return `${window}…`;
}

/**
 * Of an article's body, what its headline and every lead are made from: the first paragraph, cut
 * one character past the longest lead budget, so that a cut lead is still told from a whole one.
 * A build that needs only summaries keeps this much (src/lib/build/scope.ts).
 */
export function summaryParagraphs(paragraphs: readonly string[]): string[] {
  const first = paragraphs[0];
  if (first === undefined) return [];
  const keep = Math.max(...Object.values(LEAD_BUDGETS)) + 1;
  const chars = [...first];
  return [chars.length > keep ? chars.slice(0, keep).join('') : first];
}

/** Whether the archive made the headline up: nothing was printed above the text (photos, always). */
export function isHeadlineDevised(article: Pick<ArticleEntry, 'title' | 'kicker'>): boolean {
  return article.title === undefined && article.kicker === undefined;
}

/**
 * The headline to show for an article, in Simplified: its title, else its kicker; a photo has
 * neither, so 图片新闻 and its caption's first clause stand in.
 */
export function headline(article: Pick<ArticleEntry, 'title' | 'kicker' | 'paragraphs'>): string {
  if (article.title) return article.title;
  if (article.kicker) return article.kicker;
  const caption = article.paragraphs[0] ?? '';
  const firstClause = [...(caption.split(/[，。]/u)[0] ?? '')];
  return `${uiString('photo')}：${firstClause.slice(0, 24).join('')}${firstClause.length > 24 ? '…' : ''}`;
}

/** Every string of the article's text, in the order it was printed (Simplified, as in the seed). */
export function printedText(article: Pick<ArticleEntry, 'kicker' | 'title' | 'subtitle' | 'dateline' | 'byline' | 'credit' | 'paragraphs'>): string[] {
  return [article.kicker, article.title, article.subtitle, article.dateline, article.byline, ...article.paragraphs, article.credit].filter(
    (text): text is string => text !== undefined,
  );
}

/** Where an article stands in the archive: what every list, card and export names it by. */
export function articlePlace(article: ArticleEntry): Pick<ArticleEntry, 'id' | 'date' | 'page' | 'order' | 'kind'> {
  return { id: article.id, date: article.date, page: article.page, order: article.order, kind: article.kind };
}

/** Everyone credited, authors first, each once. */
export function people(article: Pick<ArticleEntry, 'authors' | 'photographers'>): string[] {
  return [...new Set([...article.authors, ...article.photographers])];
}

/** The article's text in one script: what every page, export and embed shows of it. */
export interface ArticleText {
  /** The headline (never empty; see `headline`). */
  readonly headline: string;
  readonly kicker?: string;
  readonly title?: string;
  readonly subtitle?: string;
  readonly dateline?: string;
  readonly byline?: string;
  readonly credit?: string;
  readonly authors: readonly string[];
  readonly photographers: readonly string[];
  /** Authors and photographers, each once. */
  readonly people: readonly string[];
  readonly paragraphs: readonly string[];
  /** The first sentences, one per named budget. */
  readonly leads: { readonly [B in LeadBudget]: string };
  /** `第1版`. */
  readonly pageLabel: string;
  /** `新闻`, `评论`, `图片`. */
  readonly kindLabel: string;
}

const KIND_LABEL_KEYS = { news: 'kindNews', commentary: 'kindCommentary', photo: 'kindPhoto' } as const;

/**
 * An article's text in one script: `t` turns Simplified into it (identity for the source script;
 * `ScriptText.t` on the site). Each field is converted on its own, so a field reads the same
 * wherever it is shown.
 */
export function articleText(article: ArticleEntry, t: (simplified: string) => string): ArticleText {
  const optional = (value: string | undefined) => (value === undefined ? undefined : t(value));
  return {
    headline: t(headline(article)),
    kicker: optional(article.kicker),
    title: optional(article.title),
    subtitle: optional(article.subtitle),
    dateline: optional(article.dateline),
    byline: optional(article.byline),
    credit: optional(article.credit),
    authors: article.authors.map(t),
    photographers: article.photographers.map(t),
    people: people(article).map(t),
    paragraphs: article.paragraphs.map(t),
    leads: { list: t(lead(article, 'list')), caption: t(lead(article, 'caption')), summary: t(lead(article, 'summary')) },
    pageLabel: t(uiString('pageLabel', { page: article.page })),
    kindLabel: t(uiString(KIND_LABEL_KEYS[article.kind])),
  };
}

/** Everything an article card in a list shows (src/components/ArticleCard.astro reads nothing else). */
export interface CardView {
  readonly id: string;
  readonly kind: ArticleKind;
  readonly date: string;
  readonly order: number;
  readonly page: string;
  readonly headline: string;
  readonly kicker?: string;
  readonly subtitle?: string;
  readonly credit?: string;
  readonly lead: string;
  readonly caption: string;
  /** Each credited person: the name as the archive files it (for the link) and as shown. */
  readonly people: ReadonlyArray<{ readonly name: string; readonly shown: string }>;
}

/**
 * An article card's content in a script. The issue page's cache key hashes the source script's
 * card of each article, so a change to anything a card shows re-renders the page.
 */
export function cardView(article: ArticleEntry, text: ArticleText): CardView {
  const names = people(article);
  return {
    ...articlePlace(article),
    headline: text.headline,
    kicker: text.kicker,
    subtitle: text.subtitle,
    credit: text.credit,
    lead: text.leads.list,
    caption: text.leads.caption,
    people: names.map((name, index) => ({ name, shown: text.people[index]! })),
  };
}
