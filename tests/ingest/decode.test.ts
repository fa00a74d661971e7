import { describe, expect, it } from 'vitest';
import { decodeSeed, firstInvalidUtf8Offset, MAX_LINE_CHARS } from '../../src/lib/ingest/decode.ts';
import { IngestError } from '../../src/lib/ingest/diagnostics.ts';
import { pageFixture } from '../helpers/seeds.ts';

function decodeFixture(name: string) {
  return decodeSeed(pageFixture(name).bytes, `seeds/${name}`);
}

function errorOf(name: string): IngestError {
  try {
    decodeFixture(name);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error(`${name} decoded without an error`);
}

describe('decodeSeed', () => {
  it('reads GBK as Chinese text, not mojibake', () => {
    const { text, encoding } = decodeFixture('gbk-page.txt');
    expect(encoding).toBe('gb18030');
    expect(text.startsWith('区委常委会召开会议\n')).toBe(true);
    expect(text).toContain('本报讯 (记者 朱梦琪)');
  });

  it('drops a UTF-8 BOM and turns CRLF into LF', () => {
    const { text, encoding } = decodeFixture('crlf-bom-page.txt');
    expect(encoding).toBe('utf-8-bom');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).not.toContain('\r');
    expect(text).toBe(decodeFixture('gbk-page.txt').text);
  });

  it('reads UTF-16 with a BOM', () => {
    const { text, encoding } = decodeFixture('utf16le-page.txt');
    expect(encoding).toBe('utf-16le');
    expect(text).toBe(decodeFixture('gbk-page.txt').text);
  });

  it('refuses an empty file and one of blank lines', () => {
    expect(errorOf('empty.txt').message).toMatch(/empty/);
    expect(errorOf('blank-lines-only.txt').message).toMatch(/only white space/);
  });

  it('refuses a binary file, naming the byte offset of the NUL', () => {
    const error = errorOf('binary.txt');
    expect(error.message).toMatch(/binary/);
    expect(error.location).toMatchObject({ file: 'seeds/binary.txt', byteOffset: 8, line: 3 });
  });

  it('refuses a file of one giant line, naming the line', () => {
    const error = errorOf('one-giant-line.txt');
    expect(error.message).toMatch(new RegExp(`at most ${MAX_LINE_CHARS}`));
    expect(error.location.line).toBe(1);
  });

  it('refuses an unknown encoding with the offset and line of the first bad byte', () => {
    const error = errorOf('unknown-encoding.txt');
    expect(error.message).toMatch(/unknown encoding: byte 0xe9/);
    const firstBad = pageFixture('unknown-encoding.txt').bytes.indexOf(0xe9);
    expect(error.location).toMatchObject({ line: 3, byteOffset: firstBad });
  });
});

describe('decodeSeed: never mojibake, never a NUL', () => {
  it.each([
    ['shift-jis-page.txt', /Shift_JIS \(Japanese\)/],
    ['euc-kr-page.txt', /EUC-KR \(Korean\)/],
    ['big5-page.txt', /Big5 \(Traditional Chinese\)/],
  ])('refuses %s, naming the encoding it reads as, instead of decoding it as GB18030', (name, encoding) => {
    const error = errorOf(name);
    expect(error.message).toMatch(encoding);
    expect(error.message).toMatch(/save it as UTF-8/);
    expect(error.location).toMatchObject({ file: `seeds/${name}`, line: expect.any(Number), byteOffset: expect.any(Number) });
  });

  it.each(['nul-in-utf8-bom.txt', 'nul-in-utf16-bom.txt'])('refuses a NUL inside %s, naming its line', (name) => {
    const error = errorOf(name);
    expect(error.message).toMatch(/U\+0000/);
    expect(error.location).toMatchObject({ file: `seeds/${name}`, line: 3 });
  });

  it.each([
    ['utf16le-no-bom-page.txt', 'utf-16le'],
    ['utf16be-no-bom-page.txt', 'utf-16be'],
  ])('reads %s (UTF-16 without a byte order mark) rather than calling it binary', (name, encoding) => {
    const decoded = decodeFixture(name);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(decodeFixture('gbk-page.txt').text);
  });
});

describe('firstInvalidUtf8Offset', () => {
  it.each([
    ['valid text', [0xe5, 0x8c, 0xba, 0x41], -1],
    ['a lone continuation byte', [0x41, 0x80], 1],
    ['a truncated sequence at the end', [0x41, 0xe5, 0x8c], 1],
    ['an overlong encoding of "/"', [0xc0, 0xaf], 0],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0],
  ])('%s', (_, bytes, expected) => {
    expect(firstInvalidUtf8Offset(new Uint8Array(bytes))).toBe(expected);
  });
});
