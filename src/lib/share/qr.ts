/**
 * A QR code of an article's address, for a reader to open the article on a phone (issue 18).
 * The code is made at build time (`uqr`) and kept in the page as its modules, one bit each, in
 * base64: about 230 characters, where an SVG of it would be 2.3 KB on every article page of both
 * trees. The page's script draws it (`qrPath`), on screen and in print. Pure.
 */
import { encode } from 'uqr';

/** The modules of a QR code: `size` × `size`, row by row, dark = 1, in base64. */
export interface QrBitmap {
  readonly size: number;
  readonly bits: string;
}

/**
 * The mask pattern, fixed: choosing the best of the eight for each code (the encoder's default)
 * took 0.9 ms a page, 18 s of a 10,000-article build; one mask takes 0.13 ms. Any mask makes a
 * valid code; the checkerboard (0) breaks up large even areas best (the tests read codes back).
 */
const MASK_PATTERN = 0;

/** The QR code of `text`, error correction M (15 %: a printed code survives a fold or a stain). */
export function qrBitmap(text: string): QrBitmap {
  const { data, size } = encode(text, { ecc: 'M', border: 0, maskPattern: MASK_PATTERN });
  const bytes = new Uint8Array(Math.ceil((size * size) / 8));
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      const i = y * size + x;
      if (dark) bytes[i >> 3]! |= 0x80 >> (i & 7);
    }),
  );
  return { size, bits: toBase64(bytes) };
}

/** Whether the module at (x, y) of a bitmap is dark. */
export function moduleOf(bitmap: QrBitmap, bytes: Uint8Array, x: number, y: number): boolean {
  const i = y * bitmap.size + x;
  return (bytes[i >> 3]! & (0x80 >> (i & 7))) !== 0;
}

/** The bitmap's bytes. */
export function bitmapBytes(bitmap: QrBitmap): Uint8Array {
  return Uint8Array.from(atob(bitmap.bits), (character) => character.charCodeAt(0));
}

/** The dark modules as one SVG path of horizontal runs, one unit a module (stroked 1 unit wide, half a unit down). */
export function qrPath(bitmap: QrBitmap): string {
  const bytes = bitmapBytes(bitmap);
  let path = '';
  for (let y = 0; y < bitmap.size; y += 1) {
    for (let x = 0; x < bitmap.size; ) {
      if (!moduleOf(bitmap, bytes, x, y)) {
        x += 1;
        continue;
      }
      let run = 1;
      while (x + run < bitmap.size && moduleOf(bitmap, bytes, x + run, y)) run += 1;
      path += `M${x} ${y}h${run}`;
      x += run;
    }
  }
  return path;
}

/** Modules of light margin a reader needs around a code (ISO/IEC 18004: four). */
export const QUIET_ZONE = 4;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
