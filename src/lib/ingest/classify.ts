import { DATELINE_PREFIXES, WIRE_AGENCIES, parseCreditTokens, type CreditTokens } from './bylines.ts';
import { bodyText, headlineText, type Paragraph } from './paragraphs.ts';

/** How a paragraph may really end: sentence punctuation, possibly inside closing quotes or brackets
 * (`。”`), or a jump note such as `（下转第2版）`. Anything else means OCR cut it at a column end. */
const PARAGRAPH_END = [/[。！？…；：!?]$/u, /[。！？…；!?][”’」』）)》]+$/u, /（[^（）]*(?:完|版)）$/u];
/** Punctuation that never stands inside a headline (a kicker ending in —— may hold commas). */
const SENTENCE_PUNCTUATION = /[。！？；]/u;
const CLAUSE_PUNCTUATION = /[，]/u;

export const HEADLINE_MAX_LINE = 40;
export const HEADLINE_MAX_LINES = 3;

export type ParagraphClass =
  | { type: 'dateline'; dateline: string; rest: string; credit: CreditTokens }
  | { type: 'byline'; byline: string; credit: CreditTokens }
  | { type: 'caption'; caption: string; credit: string; photographers: CreditTokens }
  | { type: 'headline' }
  | { type: 'body' };

export function endsParagraph(text: string): boolean {
  return PARAGRAPH_END.some((pattern) => pattern.test(text));
}

export function classifyParagraph(paragraph: Paragraph): ParagraphClass {
  const text = bodyText(paragraph);
  return (
    matchDateline(text) ??
    matchByline(text) ??
    matchCaption(text) ??
    (isHeadlineShaped(paragraph) ? { type: 'headline' } : { type: 'body' })
  );
}

function matchDateline(text: string): ParagraphClass | undefined {
  const prefixes = DATELINE_PREFIXES.map(escape).join('|');
  const agencies = WIRE_AGENCIES.map(escape).join('|');
  const pattern = new RegExp(`^((?:${prefixes})|(?:(?:${agencies})[^，。（]{0,20}?电))\\s*(?:（([^（）]{1,60})）)?\\s*`, 'u');
  const match = pattern.exec(text);
  if (!match) return undefined;
  const dateline = match[0].trim();
  return { type: 'dateline', dateline, rest: text.slice(match[0].length), credit: parseCreditTokens(match[2] ?? '') };
}

function matchByline(text: string): ParagraphClass | undefined {
  const match = /^[□■]\s*(.{1,60})$/u.exec(text);
  if (!match || endsParagraph(text)) return undefined;
  return { type: 'byline', byline: text, credit: parseCreditTokens(match[1]!) };
}

/** `… 图为项目航拍。 陆新 徐芊卉 摄`: a caption ends with the photographers' names and 摄. */
function matchCaption(text: string): ParagraphClass | undefined {
  // The pattern can only match a paragraph ending in 摄, and trying it on every other paragraph cost seconds per 50,000 articles.
  if (!text.endsWith('摄')) return undefined;
  const match = /^(.*[。！？”）])\s*((?:[\p{Script=Han}·/]{2,8}\s*){1,6}摄)$/u.exec(text);
  if (!match) return undefined;
  const credit = match[2]!;
  const photographers = parseCreditTokens(credit.replace(/摄$/u, ''));
  if (photographers.names.length === 0 || photographers.unrecognized.length > 0) return undefined;
  return { type: 'caption', caption: match[1]!, credit, photographers };
}

/**
 * Short, unpunctuated lines: a headline, or an OCR fragment that only context can tell apart.
 * The segmenter decides which.
 */
export function isHeadlineShaped(paragraph: Paragraph): boolean {
  if (paragraph.lines.length > HEADLINE_MAX_LINES) return false;
  if (paragraph.lines.some((line) => [...line].length > HEADLINE_MAX_LINE)) return false;
  const text = headlineText(paragraph);
  if (/[，、；：]$/u.test(text) || endsParagraph(text)) return false;
  if (SENTENCE_PUNCTUATION.test(text)) return false;
  const kickerOrSubtitle = text.endsWith('——') || text.startsWith('——');
  if (CLAUSE_PUNCTUATION.test(text) && !kickerOrSubtitle) return false;
  return /\p{Script=Han}/u.test(text);
}

/** A paragraph that starts mid-sentence: `堂，自2016年…`, `期。`, `个，完成率…`. */
export function startsMidSentence(text: string): boolean {
  return /^[^，。、；：！？]{0,2}[，。、；：！？]/u.test(text) || /^[，。、；：！？）”]/u.test(text);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
