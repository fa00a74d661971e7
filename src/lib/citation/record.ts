/**
 * What every citation format in this folder reads: one plain record per article, its strings
 * already in the page's script. Nothing here converts scripts; the fixed words a format adds
 * come from `data/citation/terms.json` (see terms.ts).
 *
 * Names are written whole. A Chinese personal name is surname then given name with no comma
 * (朱梦琪); the Western conventions of the styles (inverting to "Zhu, Mengqi", reducing the given
 * name to an initial) would turn it into something no Chinese reader or catalogue uses, and
 * GB/T 7714, CNKI and the Chinese adaptations of APA, MLA and Chicago all keep the full name.
 */
import type { ArticleKind } from '../archive/article.ts';
import type { LanguageTag, ScriptSegment } from '../archive/scripts.ts';

/** The archive's article kinds: a commentary without a personal author is credited to the paper. */
export type CitableKind = ArticleKind;

export interface CitableArticle {
  /** `2024-10-13-003`: the archive's stable id, source of the BibTeX key. */
  id: string;
  /**
   * The main title (主题) as printed. An article printed without one gets the headline the site
   * shows for it: its kicker if it has one, else a title devised from the caption
   * (`titleIsDevised`), see from-article.ts.
   */
  title: string;
  /** True when no title was printed and the archive made `title` up; formats put it in [ ]. */
  titleIsDevised?: boolean;
  /** 引题 as printed. Not part of the bibliographic title; kept for display and metadata. */
  kicker?: string;
  /** 副题 as printed, possibly starting with `——`. */
  subtitle?: string;
  /** Personal names as printed; empty for an unsigned piece or a commentary. */
  authors: readonly string[];
  /** A commentary with no personal author is credited to the paper's commentator (本报评论员). */
  kind: CitableKind;
  /** Publication date of the issue, `YYYY-MM-DD`. */
  date: string;
  /** 版次 as printed, `1` or `A2`. */
  page: string;
  /** The newspaper's name in the page's script: 武进日报 / 武進日報. */
  newspaper: string;
  /** Where the newspaper is published (常州), for formats with a place field. */
  place?: string;
  /**
   * Those credited for the photographs (摄), when any: of a photo item, everyone in `authors`. A
   * reference manager that has a role for them (Zotero's contributor) gets them in it.
   */
  photographers?: readonly string[];
  script: ScriptSegment;
  lang: LanguageTag;
  /** Absolute permalink of the article page in this script. */
  url: string;
  /** The archive site's name (og:site_name, MLA's second container). */
  siteName?: string;
  /** When the citer read the page, `YYYY-MM-DD`. */
  accessed?: string;
}

/** An issue page: the issue and the headlines it lists. */
export interface CitableIssue {
  date: string;
  newspaper: string;
  lang: LanguageTag;
  /** Absolute URL of the issue page. */
  url: string;
  /** Absolute URL of the newspaper's home in this script. */
  periodicalUrl: string;
  issueNumber?: string | number;
  articles: ReadonlyArray<{ headline: string; url: string }>;
}

/** Who answers for an article: people, the paper's commentator, or nobody named. */
export type Creators = { kind: 'persons'; names: readonly string[] } | { kind: 'commentator' } | { kind: 'none' };

export function creatorsOf(record: Pick<CitableArticle, 'authors' | 'kind'>): Creators {
  if (record.authors.length > 0) return { kind: 'persons', names: record.authors };
  if (record.kind === 'commentary') return { kind: 'commentator' };
  return { kind: 'none' };
}

/** A subtitle without the dash that introduces it in print: `——热烈祝贺区两会闭幕` → `热烈祝贺区两会闭幕`. */
export function subtitleText(subtitle: string | undefined): string | undefined {
  const text = subtitle?.replace(/^[\s—–―－-]+/u, '').trim();
  return text ? text : undefined;
}

/** Title and subtitle as one string, `题名：副题`; formats differ only in the separator. */
export function titleWithSubtitle(record: Pick<CitableArticle, 'title' | 'subtitle'>, separator = '：'): string {
  const subtitle = subtitleText(record.subtitle);
  return subtitle ? `${record.title}${separator}${subtitle}` : record.title;
}

/**
 * The title as a bibliography gives it: with its subtitle, or in square brackets when the
 * archive made it up (GB/T 7714 §7.2.1, APA and CMOS all bracket a supplied title).
 */
export function bibliographicTitle(record: Pick<CitableArticle, 'title' | 'subtitle' | 'titleIsDevised'>, separator = '：'): string {
  return record.titleIsDevised ? `[${record.title}]` : titleWithSubtitle(record, separator);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Throws unless `date` is a real calendar date written `YYYY-MM-DD`. */
export function checkIsoDate(date: string, what: string): { year: string; month: string; day: string } {
  const match = ISO_DATE.exec(date);
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!match || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new Error(`citation: ${what} must be a date written YYYY-MM-DD, got "${date}"`);
  }
  return { year: match[1]!, month: match[2]!, day: match[3]! };
}

/** Throws unless `url` is an absolute http(s) URL: every format hands it to other software. */
export function checkAbsoluteUrl(url: string, what: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`citation: ${what} must be an absolute URL, got "${url}"`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`citation: ${what} must be an http(s) URL, got "${url}"`);
  }
  return url;
}

/** Checks what every format relies on, so a bad record fails loudly instead of citing nonsense. */
export function checkCitable(record: CitableArticle): CitableArticle {
  if (!record.title.trim()) throw new Error(`citation: article ${record.id} has no title`);
  if (!record.newspaper.trim()) throw new Error(`citation: article ${record.id} has no newspaper name`);
  if (!record.page.trim()) throw new Error(`citation: article ${record.id} has no page`);
  checkIsoDate(record.date, `date of ${record.id}`);
  if (record.accessed !== undefined) checkIsoDate(record.accessed, `access date of ${record.id}`);
  checkAbsoluteUrl(record.url, `url of ${record.id}`);
  return record;
}

/** `2024/10/13`: the date form of RIS and Highwire tags. */
export function slashDate(date: string): string {
  const { year, month, day } = checkIsoDate(date, 'date');
  return `${year}/${month}/${day}`;
}
