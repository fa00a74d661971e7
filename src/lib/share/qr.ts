/**
 * A QR code of an article's address, for a reader to open the article on a phone (issue 18).
 *
 * The code is made in the reader's browser, by the same library the build would use (`uqr`), from
 * the address the page already carries. Made at build time it had to travel in every article page
 * of both trees: its modules alone were about 200 bytes of gzip on a 6.3 KB page, with nothing a
 * page does not already have (a code is a pure function of its address), and it put the page
 * weight of issue 18's features over their +10 % budget. Pure.
 */
import { encode } from 'uqr';

/** The modules of a QR code, row by row, dark = true. */
export type QrModules = ReadonlyArray<ReadonlyArray<boolean>>;

/**
 * The QR code of `text`, error correction M (15 %: a printed code survives a fold or a stain),
 * with the mask the library finds easiest to read.
 */
export function qrModules(text: string): QrModules {
  return encode(text, { ecc: 'M', border: 0 }).data;
}

/** The dark modules as one SVG path of horizontal runs, one unit a module (stroked 1 unit wide, half a unit down). */
export function qrPath(modules: QrModules): string {
  let path = '';
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; ) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      let run = 1;
      while (row[x + run]) run += 1;
      path += `M${x} ${y}h${run}`;
      x += run;
    }
  });
  return path;
}

/** Modules of light margin a reader needs around a code (ISO/IEC 18004: four). */
export const QUIET_ZONE = 4;
