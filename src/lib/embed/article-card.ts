/**
 * The article card embed (src/pages/embed/article/): one static page for every article, which
 * draws the card asked for by `?id=` from its issue's JSON document. Pure: the page's script and
 * the tests draw the same card.
 */
import { articlePath, issueJsonPath } from '../archive/routes.ts';
import { SCRIPT_TABLE, scriptOfBrowserLanguages, scriptOfEmbedParameter, type ScriptSegment } from '../archive/scripts.ts';
import type { IssueDocument } from '../data-export/api-json.ts';
import { formatDate } from '../site/dates.ts';

/** `2024-10-13-003`: an issue date and the article's three-digit order in it. */
const ARTICLE_ID = /^(\d{4})-(\d{2})-(\d{2})-\d{3}$/;

export interface CardRequest {
  readonly id: string;
  readonly date: string;
  readonly script: ScriptSegment;
  /** Site path of the issue document to fetch. */
  readonly documentPath: string;
}

/**
 * What `?id=…&script=…` asks for, or undefined for a malformed id. Without `script` the card
 * follows the reader's browser languages (oEmbed's one response serves both trees).
 */
export function cardRequest(search: string, browserLanguages: readonly string[]): CardRequest | undefined {
  const params = new URLSearchParams(search);
  const id = params.get('id') ?? '';
  const match = ARTICLE_ID.exec(id);
  if (!match) return undefined;
  const parameter = params.get('script');
  const script = parameter === null ? scriptOfBrowserLanguages(browserLanguages) : scriptOfEmbedParameter(parameter);
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return { id, date, script, documentPath: issueJsonPath(date) };
}

export interface ArticleCard {
  readonly lang: string;
  readonly kicker?: string;
  readonly title: string;
  /** `武进日报 2024年10月13日 · 第1版` */
  readonly meta: string;
  readonly lead: string;
  /**
   * Site path of the article page in the card's script: the card links to the site that serves
   * it, as the pages do, whatever address the build was configured with.
   */
  readonly path: string;
}

export function articleCard(document: IssueDocument, request: CardRequest): ArticleCard | undefined {
  const article = document.articles.find((a) => a.id === request.id);
  if (!article) return undefined;
  const lang = SCRIPT_TABLE[request.script].lang;
  const text = article.text[lang];
  return {
    lang,
    ...(text.kicker ? { kicker: text.kicker } : {}),
    title: text.headline,
    meta: `${document.newspaper[lang]} ${formatDate(document.date)} · ${text.pageLabel}`,
    lead: text.lead,
    path: articlePath(request.script, document.date, article.order),
  };
}
