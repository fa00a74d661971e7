/**
 * oEmbed (https://oembed.com/) for article cards: a static JSON response of type `rich` per
 * article, found through the discovery link in the head of the article's page in either script.
 * A static host cannot answer per script without a second file per article, so the response
 * names the article as printed (Simplified) and its card, the embed page in an iframe, is drawn
 * in the script the reader's browser prefers.
 */
import { homePath } from '../archive/routes.ts';
import { SCRIPTS, SOURCE_SCRIPT, type ScriptSegment } from '../archive/scripts.ts';
import { escapeHtmlAttribute, withoutIllegalXmlCharacters } from './escape.ts';
import type { ExportArticle, ExportArticleSummary, ExportPublication } from './records.ts';
import type { SiteUrls } from '../archive/routes.ts';

export const OEMBED_CONTENT_TYPE = 'application/json+oembed';

/** A card shows headline, lead and source; this fits most content columns. */
export const DEFAULT_EMBED_SIZE = { width: 600, height: 360 } as const;

/** Archived articles do not change; a consumer may keep the response a week. */
export const DEFAULT_CACHE_AGE = 7 * 24 * 60 * 60;

export interface OembedRich {
  readonly version: '1.0';
  readonly type: 'rich';
  readonly html: string;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly author_name?: string;
  readonly author_url?: string;
  readonly provider_name: string;
  readonly provider_url: string;
  readonly cache_age: number;
}

export interface OembedOptions {
  readonly publication: ExportPublication;
  readonly urls: SiteUrls;
  readonly width?: number;
  readonly height?: number;
  readonly cacheAge?: number;
}

export function oembedDocument(article: ExportArticle, options: OembedOptions): OembedRich {
  const { publication, urls } = options;
  const script = SOURCE_SCRIPT;
  const lang = SCRIPTS[script];
  const text = article.text[lang];
  const width = options.width ?? DEFAULT_EMBED_SIZE.width;
  const height = options.height ?? DEFAULT_EMBED_SIZE.height;
  // author_url names one person; with several authors there is no single page to point at.
  const soleAuthor = text.authors.length === 1 ? text.authors[0] : undefined;
  return {
    version: '1.0',
    type: 'rich',
    html: embedIframe(urls.embed(undefined, article.id), text.headline, width, height),
    width,
    height,
    title: text.headline,
    ...(text.authors.length > 0 ? { author_name: text.authors.join('、') } : {}),
    ...(soleAuthor ? { author_url: urls.person(script, soleAuthor) } : {}),
    provider_name: publication.repositoryName[lang],
    provider_url: urls.absolute(homePath(script)),
    cache_age: options.cacheAge ?? DEFAULT_CACHE_AGE,
  };
}

/**
 * The iframe a consumer pastes into its page. `title` names the frame for screen readers; the
 * URL and title are attribute-escaped, so a headline with quotes or `<script>` stays text.
 */
export function embedIframe(src: string, title: string, width: number, height: number): string {
  return `<iframe src="${escapeHtmlAttribute(src)}" width="${width}" height="${height}" title="${escapeHtmlAttribute(title)}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

/** Attributes of `<link rel="alternate" type="application/json+oembed">` for an article page's head. */
export interface OembedDiscoveryLink {
  readonly rel: 'alternate';
  readonly type: typeof OEMBED_CONTENT_TYPE;
  readonly href: string;
  readonly title: string;
}

/** Attribute values are raw: Astro escapes them when it renders `<link {...attributes} />`. */
export function oembedDiscoveryLink(article: ExportArticleSummary, script: ScriptSegment): OembedDiscoveryLink {
  const lang = SCRIPTS[script];
  return {
    rel: 'alternate',
    type: OEMBED_CONTENT_TYPE,
    href: article.urls.oembed,
    title: withoutIllegalXmlCharacters(article.headline[lang]),
  };
}
