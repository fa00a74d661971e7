/**
 * Reads back the index files Pagefind 1.6 writes, to learn which words each period holds (for
 * the routing table). The format is Pagefind's internal one, pinned by
 * tests/search/pagefind-contract.test.ts: every `.pf_meta` / `.pf_index` file is gzip of
 * `pagefind_dcd` followed by CBOR (pagefind/src/output/mod.rs, pagefind_web/src/index.rs).
 */
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';

const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

function payload(bytes: Uint8Array, file: string): Uint8Array {
  const plain = startsWithSignature(bytes) ? bytes : gunzipSync(bytes);
  if (!startsWithSignature(plain)) throw new Error(`${file}: not a Pagefind index file (no pagefind_dcd signature)`);
  return plain.subarray(SIGNATURE.length);
}

function startsWithSignature(bytes: Uint8Array): boolean {
  return SIGNATURE.every((byte, index) => bytes[index] === byte);
}

type Postings = Array<[number, number[], number[]?]>;
type IndexWord = [string, Postings, Array<[string, Postings]>?];

/** The words of one `.pf_index` chunk, each with the number of pages that hold it. */
export function wordsOfIndexChunk(bytes: Uint8Array, file = 'pf_index'): Map<string, number> {
  const [words] = decode(payload(bytes, file), { useMaps: false }) as [IndexWord[]];
  const counts = new Map<string, number>();
  for (const [word, postings, variants = []] of words) {
    const pages = new Set<number>();
    for (const list of [postings, ...variants.map(([, variantPostings]) => variantPostings)]) {
      let page = 0;
      for (const [delta] of list) {
        page += delta; // page numbers are delta-coded within each list
        pages.add(page);
      }
    }
    counts.set(word, pages.size);
  }
  return counts;
}

/** The number of pages a `.pf_meta` file lists. */
export function pagesOfMeta(bytes: Uint8Array, file = 'pf_meta'): number {
  const [, pages] = decode(payload(bytes, file), { useMaps: false }) as [string, unknown[]];
  return pages.length;
}

/** What a `.pf_fragment` holds of a page: what a result shows. */
export interface PageFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  word_count: number;
}

/**
 * The fragments of one `.pf_fragment` file, by their hash: a page's own file (`zh-hans_1fedfb9`)
 * is gzip of the signature and the fragment's JSON; a group file (`zh-hans_group_e81de14`,
 * written when an index is built with `maxFragments`) holds several, keyed by hash.
 */
export function fragmentsOfFile(bytes: Uint8Array, file: string): Map<string, PageFragment> {
  const json = JSON.parse(new TextDecoder().decode(payload(bytes, file))) as PageFragment | Record<string, PageFragment>;
  const name = file.split('/').at(-1)!.replace(/\.pf_fragment$/, '');
  if (/_group_/.test(name)) return new Map(Object.entries(json as Record<string, PageFragment>));
  return new Map([[name, json as PageFragment]]);
}
