import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { pagesOfMeta, wordsOfIndexChunk } from '../../src/lib/search/pagefind-files.ts';

/** A Pagefind 1.6 file: gzip of `pagefind_dcd` and CBOR (pagefind/src/output/mod.rs). */
const file = (payload: unknown, gzip = true) => {
  const plain = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(encode(payload))]);
  return gzip ? gzipSync(plain) : plain;
};

describe('reading Pagefind’s index files', () => {
  it('counts the pages of each word of a chunk: page numbers delta-coded, diacritic variants included', () => {
    const chunk = [
      [
        // [word, [[pageDelta, locations, metaLocations]…], [[variant, postings]…]]
        ['发展', [[0, [1, 5]], [3, [2]], [4, [], [-1, 0]]]],
        ['cafe', [[2, [7]]], [['café', [[1, [3]], [1, [4]]]]]],
        ['签约', [[5, [9]], [0, [10]]]],
      ],
    ];
    expect(wordsOfIndexChunk(file(chunk))).toEqual(
      new Map([
        ['发展', 3],
        // Pages 2 (cafe), 1 and 2 (café): two pages.
        ['cafe', 2],
        ['签约', 1],
      ]),
    );
  });

  it('reads the page list of a pf_meta file, gzipped or not', () => {
    const meta = ['1.6.0', [['p1', 120], ['p2', 80, 'g1'], ['p3', 5]], [], [], [], []];
    expect(pagesOfMeta(file(meta))).toBe(3);
    expect(pagesOfMeta(file(meta, false))).toBe(3);
  });

  it('refuses a file that is not Pagefind’s, naming it', () => {
    expect(() => pagesOfMeta(gzipSync(Buffer.from('{"not":"pagefind"}')), 'pagefind.zh-hans_1.pf_meta')).toThrow('pagefind.zh-hans_1.pf_meta: not a Pagefind index file');
  });
});
