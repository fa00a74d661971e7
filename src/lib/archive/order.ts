/**
 * Orderings that are the same on every machine. `String.prototype.localeCompare` without a locale
 * follows the machine's `LANG`/`LC_ALL` (zh_CN sorts 甲 before 乙 and `a1` before `A2`, C.UTF-8
 * does neither), and the ingest derives article ids and URLs from the order of its seed files, so
 * a locale-dependent order would change published addresses with the machine that ran it.
 */

/** UTF-16 code unit order: what `Array.prototype.sort` does, as a comparator. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const DIGIT_RUN = /(\d+)/;

/**
 * File-name order: runs of ASCII digits compare by value (`2.txt` before `10.txt`), everything
 * else by code unit, case included. Fixed forever, unlike a collation that changes with the ICU
 * version, because ids derived from it are cited.
 */
export function compareFileNames(a: string, b: string): number {
  const left = a.split(DIGIT_RUN);
  const right = b.split(DIGIT_RUN);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!;
    const y = right[i]!;
    if (x === y) continue;
    // split() with a capture group puts the digit runs at the odd indexes.
    if (i % 2 === 1) {
      const byValue = BigInt(x) < BigInt(y) ? -1 : BigInt(x) > BigInt(y) ? 1 : 0;
      if (byValue !== 0) return byValue;
      return x.length - y.length; // 1 before 01, so that only equal names compare equal
    }
    return compareCodeUnits(x, y);
  }
  return left.length - right.length || compareCodeUnits(a, b);
}
