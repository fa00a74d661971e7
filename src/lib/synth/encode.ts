/**
 * Bytes of a page dump as newsroom systems export them: UTF-8 with or without a byte order
 * mark, or GB18030, with LF or CRLF line endings. Node's TextEncoder writes UTF-8 only, and no
 * GBK encoder is installed, so the GB18030 table is read back from Node's own decoder: every
 * two-byte sequence is decoded once and the mapping reversed. Round trips are exact by construction.
 */

export type PageEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';
export type LineEnding = 'lf' | 'crlf';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const utf8Encoder = new TextEncoder();
let gbTable: Map<number, number> | undefined;

/** Code point → two-byte GB18030 sequence (lead byte × 256 + trail byte), for GBK's repertoire. */
function gb18030Table(): Map<number, number> {
  if (gbTable) return gbTable;
  const table = new Map<number, number>();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      let text: string;
      try {
        text = decoder.decode(pair);
      } catch {
        continue;
      }
      const codePoint = text.codePointAt(0);
      if (codePoint !== undefined && text.length === 1 && !table.has(codePoint)) table.set(codePoint, (lead << 8) | trail);
    }
  }
  gbTable = table;
  return table;
}

/** GB18030 bytes of the text, or undefined when a character is outside GBK's two-byte repertoire. */
export function encodeGb18030(text: string): Uint8Array | undefined {
  const table = gb18030Table();
  const bytes = new Uint8Array(text.length * 2);
  let length = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint < 0x80) {
      bytes[length++] = codePoint;
      continue;
    }
    const pair = table.get(codePoint);
    if (pair === undefined) return undefined;
    bytes[length++] = pair >> 8;
    bytes[length++] = pair & 0xff;
  }
  return bytes.slice(0, length);
}

/**
 * Encodes a page (LF text). Asking for GB18030 gives UTF-8 instead when the page has a character
 * GBK cannot hold; the encoding actually used is returned.
 */
export function encodePage(text: string, encoding: PageEncoding, lineEnding: LineEnding): { bytes: Uint8Array; encoding: PageEncoding } {
  const withEndings = lineEnding === 'crlf' ? text.replace(/\n/g, '\r\n') : text;
  if (encoding === 'gb18030') {
    const bytes = encodeGb18030(withEndings);
    if (bytes) return { bytes, encoding };
  }
  const utf8 = utf8Encoder.encode(withEndings);
  if (encoding !== 'utf-8-bom') return { bytes: utf8, encoding: 'utf-8' };
  const withBom = new Uint8Array(UTF8_BOM.length + utf8.length);
  withBom.set(UTF8_BOM);
  withBom.set(utf8, UTF8_BOM.length);
  return { bytes: withBom, encoding };
}
