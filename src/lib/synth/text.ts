/**
 * Character-level helpers shared by the corpus reader, the composer and the OCR-noise step.
 * The generator works on a canonical form (full-width punctuation, no OCR spaces) and adds
 * the damage at the very end, so it always knows the clean text each page should give back.
 */

const HALF_TO_FULL: Readonly<Record<string, string>> = {
  ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）',
};

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201d\u2026\u00b7]/u;
const HAN = /\p{Script=Han}/u;
const DIGIT = /[0-9]/;
const SPACE = /[ \t\u00a0\u3000]/;
/** Spaces next to these are OCR noise; next to quotes and dashes they may separate headline phrases. */
const SPACE_ABSORBING = new Set('，。、；：？！（）《》〈〉【】〔〕…'.split(''));

export const OPENING_MARKS = '“‘「『（(《〈【〔';
export const CLOSING_MARKS = '”’」』）)》〉】〕';
const SENTENCE_ENDS = '。！？…';

/** Punctuation a sentence may end with, possibly inside closing quotes: `。`, `。”`, `……`. */
export const SENTENCE_END = /[。！？…][”’」』）)》]*$/u;

export function isHan(char: string | undefined): boolean {
  return char !== undefined && HAN.test(char);
}

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && DIGIT.test(char);
}

/** Full-width punctuation inside Chinese text, and none of the spaces OCR puts around it and numbers. */
export function canonicalize(text: string): string {
  const chars = [...text.trim()];
  const withPunctuation = chars.map((char, index) => {
    const full = HALF_TO_FULL[char];
    if (full === undefined) return char;
    const chinese = isCjk(neighbour(chars, index, -1)) || isCjk(neighbour(chars, index, +1));
    return chinese ? full : char;
  });
  let out = '';
  for (let i = 0; i < withPunctuation.length; i++) {
    const char = withPunctuation[i]!;
    if (!SPACE.test(char)) {
      out += char;
      continue;
    }
    let end = i;
    while (end < withPunctuation.length && SPACE.test(withPunctuation[end]!)) end++;
    const before = withPunctuation[i - 1];
    const after = withPunctuation[end];
    if (before !== undefined && after !== undefined && !isOcrSpace(before, after)) out += ' ';
    i = end - 1;
  }
  return out;
}

function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

function neighbour(chars: string[], index: number, direction: -1 | 1): string | undefined {
  for (let i = index + direction; i >= 0 && i < chars.length; i += direction) {
    if (!SPACE.test(chars[i]!)) return chars[i];
  }
  return undefined;
}

function isOcrSpace(before: string, after: string): boolean {
  if (SPACE_ABSORBING.has(before) || SPACE_ABSORBING.has(after)) return true;
  return (isHan(before) && isDigit(after)) || (isDigit(before) && isHan(after));
}

/**
 * Splits a paragraph into sentences at `。！？…`, never inside quotes or brackets, keeping
 * closing quotes with their sentence (`“……。”`). A tail without final punctuation is returned last.
 */
export function splitSentences(paragraph: string): string[] {
  return splitAtTopLevel(paragraph, (char) => SENTENCE_ENDS.includes(char));
}

function splitAtTopLevel(text: string, isCut: (char: string) => boolean): string[] {
  const pieces: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (OPENING_MARKS.includes(char)) depth++;
    else if (CLOSING_MARKS.includes(char)) depth = Math.max(0, depth - 1);
    else if (isCut(char)) {
      let end = i + 1;
      while (end < text.length && text[end] === char && char === '…') end++;
      let closing = depth;
      while (end < text.length && closing > 0 && CLOSING_MARKS.includes(text[end]!)) {
        closing--;
        end++;
      }
      if (closing === 0) {
        pieces.push(text.slice(start, end));
        start = end;
        depth = 0;
        i = end - 1;
      }
    }
  }
  const tail = text.slice(start).trim();
  if (tail !== '') pieces.push(tail);
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}

export function charLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
