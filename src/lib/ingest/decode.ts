import chardet from 'chardet';
import { IngestError } from './diagnostics.ts';

export type SeedEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedSeed {
  /** The text with line endings normalized to LF and any BOM removed. */
  text: string;
  encoding: SeedEncoding;
}

/** Longest line a page dump can plausibly have; longer means the paragraph breaks were lost. */
export const MAX_LINE_CHARS = 5000;

/**
 * Decodes one seed file. Newsroom systems export UTF-8 (with or without BOM), UTF-16 or
 * GBK/GB18030; anything else is refused with the byte offset of the first bad byte, never
 * turned into mojibake.
 */
export function decodeSeed(bytes: Uint8Array, file: string): DecodedSeed {
  if (bytes.length === 0) throw new IngestError({ file, line: 1 }, 'the file is empty');

  const { text, encoding } = decodeBytes(bytes, file);
  const normalized = text.replace(/\r\n?/g, '\n');
  if (normalized.trim() === '') throw new IngestError({ file, line: 1 }, 'the file holds only white space');
  rejectControlCharacters(normalized, file);
  rejectGiantLines(normalized, file);
  return { text: normalized, encoding };
}

function decodeBytes(bytes: Uint8Array, file: string): DecodedSeed {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: decodeStrict('utf-8', bytes.subarray(3), file, 3), encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: decodeStrict('utf-16le', bytes.subarray(2), file, 2), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: decodeStrict('utf-16be', bytes.subarray(2), file, 2), encoding: 'utf-16be' };
  }

  const utf16 = withoutBomUtf16(bytes);
  if (utf16) return utf16;

  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new IngestError(
      { file, line: lineAtByte(bytes, nul), byteOffset: nul },
      'this is a binary file, not a text page dump (NUL byte found)',
    );
  }

  const invalidUtf8At = firstInvalidUtf8Offset(bytes);
  if (invalidUtf8At === -1) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };

  const other = otherEastAsianEncoding(bytes);
  if (other) {
    throw new IngestError(
      { file, line: lineAtByte(bytes, invalidUtf8At), byteOffset: invalidUtf8At },
      `this reads as ${other} text, not as Chinese in UTF-8 or GB18030/GBK; ` +
        'the archive takes Simplified Chinese pages: check that this is the right file, and save it as UTF-8',
    );
  }
  const gb = tryDecode('gb18030', bytes);
  if (gb !== undefined && looksLikeChineseText(gb)) return { text: gb, encoding: 'gb18030' };

  throw new IngestError(
    { file, line: lineAtByte(bytes, invalidUtf8At), byteOffset: invalidUtf8At },
    `unknown encoding: byte 0x${bytes[invalidUtf8At]!.toString(16).padStart(2, '0')} is not valid UTF-8, ` +
      'and the file does not read as GB18030/GBK Chinese text either; save it as UTF-8',
  );
}

/** Encodings that GB18030 would decode without an error, into the wrong characters. */
const NOT_CHINESE_GB: Record<string, string> = {
  Shift_JIS: 'Shift_JIS (Japanese)',
  'EUC-JP': 'EUC-JP (Japanese)',
  'ISO-2022-JP': 'ISO-2022-JP (Japanese)',
  'EUC-KR': 'EUC-KR (Korean)',
  'ISO-2022-KR': 'ISO-2022-KR (Korean)',
  Big5: 'Big5 (Traditional Chinese)',
};

/**
 * Almost any double-byte text decodes as GB18030, so a Japanese, Korean or Big5 page would turn
 * into plausible-looking Chinese mojibake. chardet (ICU's detector: each encoding's most common
 * characters) tells them apart; GB18030 wins ties.
 */
function otherEastAsianEncoding(bytes: Uint8Array): string | undefined {
  const ranked = chardet.analyse(bytes);
  const best = ranked[0];
  if (!best || !(best.name in NOT_CHINESE_GB)) return undefined;
  const gb = ranked.find((match) => match.name === 'GB18030');
  return gb && gb.confidence >= best.confidence ? undefined : NOT_CHINESE_GB[best.name];
}

/**
 * UTF-16 without a byte order mark: every ASCII character (line breaks, digits, punctuation)
 * has its NUL byte on the same side of the pair, so that side holds most NULs (a few Chinese
 * characters, such as 一 U+4E00, put one on the other side). The text must then read cleanly:
 * line breaks, no control characters, Chinese or ASCII. Anything else with a NUL is binary.
 */
function withoutBomUtf16(bytes: Uint8Array): DecodedSeed | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  let nulsAtEven = 0;
  let nulsAtOdd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) nulsAtEven++;
    else nulsAtOdd++;
  }
  if (nulsAtEven === nulsAtOdd) return undefined;
  const encoding = nulsAtOdd > nulsAtEven ? 'utf-16le' : 'utf-16be';
  const text = tryDecode(encoding, bytes);
  if (text === undefined || !text.includes('\n') || /[\u0000-\u0008\u000e-\u001f]/.test(text) || !looksLikeChineseText(text)) return undefined;
  return { text, encoding };
}

function decodeStrict(encoding: string, bytes: Uint8Array, file: string, bomLength: number): string {
  const text = tryDecode(encoding, bytes);
  if (text !== undefined) return text;
  const offset = encoding === 'utf-8' ? firstInvalidUtf8Offset(bytes) : 0;
  throw new IngestError(
    { file, byteOffset: offset + bomLength, line: encoding === 'utf-8' ? lineAtByte(bytes, offset) : undefined },
    `the file starts with a ${encoding.toUpperCase()} byte order mark but holds bytes that are not valid ${encoding.toUpperCase()}`,
  );
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** GB18030 maps almost any byte soup to characters; real GBK news text is mostly CJK and ASCII. */
function looksLikeChineseText(text: string): boolean {
  let cjk = 0;
  let odd = 0;
  for (const char of text) {
    if (/\s/.test(char)) continue;
    if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201d\u2026]/u.test(char)) cjk++;
    else if (!/[\x20-\x7e]/.test(char)) odd++;
  }
  return cjk > 0 && odd <= cjk * 0.05;
}

/** Returns the offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let continuation: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { continuation = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { continuation = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { continuation = 3; min = 0x10000; }
    else return i;
    if (i + continuation >= bytes.length) return i; // truncated sequence at the end
    let codePoint = b & (0xff >> (continuation + 2));
    for (let k = 1; k <= continuation; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += continuation + 1;
  }
  return -1;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((value, index) => bytes[index] === value);
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function rejectControlCharacters(text: string, file: string): void {
  // Tabs and form feeds are harmless layout; NUL and the other C0/C1 controls mean binary or a
  // broken export, whatever the encoding (a BOM says nothing about them).
  const match = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/.exec(text);
  if (!match) return;
  const line = text.slice(0, match.index).split('\n').length;
  const code = match[0].codePointAt(0)!.toString(16).padStart(4, '0');
  throw new IngestError({ file, line }, `control character U+${code.toUpperCase()} found: this looks like a binary file, not a text page dump`);
}

function rejectGiantLines(text: string, file: string): void {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.length > MAX_LINE_CHARS);
  if (index === -1) return;
  throw new IngestError(
    { file, line: index + 1 },
    `line ${index + 1} is ${lines[index]!.length} characters long (at most ${MAX_LINE_CHARS}): ` +
      'the paragraph breaks were lost in export; put a blank line between paragraphs',
  );
}
