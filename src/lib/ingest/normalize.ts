/**
 * Punctuation and spacing clean-up for OCR'd Chinese text. Only ASCII punctuation inside
 * Chinese text and the spaces OCR put around punctuation and numbers change; numbers
 * (`113.6亿元`, `8.9%`, `1—7月`, `3.0T`), Latin words and URLs are left as they are.
 */

const HALF_TO_FULL = new Map(Object.entries({
  ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）',
}));

/** Full-width forms back to the ASCII the OCR produced; used to compare output with raw seeds. */
export const FULL_TO_HALF: Record<string, string> = Object.fromEntries([...HALF_TO_FULL].map(([half, full]) => [full, half]));

/** Punctuation around which OCR spaces are dropped. Quotes and dashes are left alone: a space
 * after a closing quote separates the two phrases of a headline (`以“民声”定“民生” 践行…`). */
const SPACE_ABSORBING_PUNCTUATION = new Set('，。、；：？！（）《》〈〉【】〔〕…'.split(''));

const CHINESE_CONTEXT = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201d\u2026\u00b7]/u;
const HAN = /\p{Script=Han}/u;
const DIGIT = /[0-9]/;
const WHITESPACE = /[ \t\u00a0\u3000]/;

export function isChineseContext(char: string | undefined): boolean {
  return char !== undefined && CHINESE_CONTEXT.test(char);
}

/**
 * Any character the clean-up may change (the punctuation it turns full-width, the spaces it
 * collapses); most lines of a page have none and are returned as they are. None of the
 * punctuation is special inside a character class.
 */
const MAY_CHANGE = new RegExp(`[${[...HALF_TO_FULL.keys()].join('')}]|${WHITESPACE.source}`);

export function normalizeLine(line: string): string {
  if (!MAY_CHANGE.test(line)) return line;
  return collapseSpaces(fullWidthPunctuation([...line]));
}

function fullWidthPunctuation(chars: string[]): string[] {
  const out = [...chars];
  const parenPairs = matchParentheses(chars);
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index]!;
    const full = HALF_TO_FULL.get(char);
    if (full === undefined) continue;
    if (char === '(' || char === ')') {
      const partner = parenPairs.get(index);
      const [open, close] = partner === undefined ? [index, index] : char === '(' ? [index, partner] : [partner, index];
      const chinese =
        chars.slice(open + 1, close).some((c) => isChineseContext(c)) ||
        isChineseContext(neighbour(chars, open, -1)) ||
        isChineseContext(neighbour(chars, close, +1));
      if (chinese) out[index] = full;
      continue;
    }
    if (isChineseContext(neighbour(chars, index, -1)) || isChineseContext(neighbour(chars, index, +1))) out[index] = full;
  }
  return out;
}

/** Nearest character that is not a space, looking left (-1) or right (+1). */
function neighbour(chars: string[], index: number, direction: -1 | 1): string | undefined {
  for (let i = index + direction; i >= 0 && i < chars.length; i += direction) {
    if (!WHITESPACE.test(chars[i]!)) return chars[i];
  }
  return undefined;
}

function matchParentheses(chars: string[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  chars.forEach((char, index) => {
    if (char === '(') open.push(index);
    else if (char === ')' && open.length > 0) {
      const start = open.pop()!;
      pairs.set(start, index);
      pairs.set(index, start);
    }
  });
  return pairs;
}

function collapseSpaces(chars: string[]): string {
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const char = chars[i]!;
    if (!WHITESPACE.test(char)) {
      out += char;
      i++;
      continue;
    }
    let end = i;
    while (end < chars.length && WHITESPACE.test(chars[end]!)) end++;
    const before = chars[i - 1];
    const after = chars[end];
    if (before !== undefined && after !== undefined && !isOcrSpace(before, after)) out += ' ';
    i = end;
  }
  return out;
}

function isOcrSpace(before: string, after: string): boolean {
  if (SPACE_ABSORBING_PUNCTUATION.has(before) || SPACE_ABSORBING_PUNCTUATION.has(after)) return true;
  const hanThenDigit = HAN.test(before) && DIGIT.test(after);
  const digitThenHan = DIGIT.test(before) && HAN.test(after);
  return hanThenDigit || digitThenHan;
}

/** Folds the text to what comparison cares about: no white space, ASCII punctuation forms. */
export function foldForComparison(text: string): string {
  return text.replace(FOLDED_AWAY, '').replace(FULL_WIDTH, (char) => FULL_TO_HALF[char]!);
}

const FOLDED_AWAY = /[\s\u3000]/gu;
const FULL_WIDTH = new RegExp(`[${Object.keys(FULL_TO_HALF).join('')}]`, 'gu');
