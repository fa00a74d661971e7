/**
 * The fixed words citations add (等, 版, 本报评论员 …), per script, from
 * `data/citation/terms.json`: wording is data that reviewers change without touching code.
 */
import termsFile from '../../../data/citation/terms.json' with { type: 'json' };
import { SCRIPT_SEGMENTS, type ScriptSegment } from '../archive/scripts.ts';
import { fillTemplate } from '../archive/format.ts';
import { checkIsoDate } from './record.ts';

export interface CitationTerms {
  /** Added after the last listed author when some are left out (et al.). */
  etAl: string;
  /** The corporate author of an unsigned commentary. */
  commentator: string;
  /** `{year}年{month}月{day}日`. */
  date: string;
  /** APA's page element, `{page}版`. */
  pageApa: string;
  /** MLA's and Chicago's page element, `第{page}版`. */
  page: string;
  /** `访问日期：{date}`. */
  accessed: string;
  /** Marks around an article title where a style quotes it: 《》 in zh-Hans, 〈〉 in zh-Hant. */
  articleTitleMarks: readonly [string, string];
  /** Marks around the title of a whole work (newspaper, website). */
  workTitleMarks: readonly [string, string];
}

const STRING_KEYS = ['etAl', 'commentator', 'date', 'pageApa', 'page', 'accessed'] as const;
const PAIR_KEYS = ['articleTitleMarks', 'workTitleMarks'] as const;

function readTerms(script: ScriptSegment): CitationTerms {
  const entry = (termsFile as Record<string, unknown>)[script] as Record<string, unknown> | undefined;
  if (!entry) throw new Error(`data/citation/terms.json has no "${script}" section`);
  for (const key of STRING_KEYS) {
    if (typeof entry[key] !== 'string' || entry[key] === '') throw new Error(`data/citation/terms.json: ${script}.${key} must be a non-empty string`);
  }
  for (const key of PAIR_KEYS) {
    const pair = entry[key];
    if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((mark) => typeof mark === 'string' && mark !== '')) {
      throw new Error(`data/citation/terms.json: ${script}.${key} must be an opening and a closing mark`);
    }
  }
  return entry as unknown as CitationTerms;
}

const TERMS = Object.fromEntries(SCRIPT_SEGMENTS.map((script) => [script, readTerms(script)])) as Record<ScriptSegment, CitationTerms>;

export function citationTerms(script: ScriptSegment): CitationTerms {
  return TERMS[script];
}

/** Fills `{name}` placeholders; a placeholder without a value is an error in terms.json, not output. */
export function fillTerm(template: string, values: Record<string, string>): string {
  return fillTemplate(template, values, (name) => {
    throw new Error(`citation term "${template}" needs a value for {${name}}`);
  });
}

/** `2024年10月13日`: the date form of the Chinese adaptations of APA, MLA and Chicago. */
export function chineseDate(date: string, terms: CitationTerms): string {
  const { year, month, day } = checkIsoDate(date, 'date');
  return fillTerm(terms.date, { year, month: String(Number(month)), day: String(Number(day)) });
}

/** Wraps `text` in a pair of marks: 《武进日报》. */
export function marked(text: string, [open, close]: readonly [string, string]): string {
  return `${open}${text}${close}`;
}
