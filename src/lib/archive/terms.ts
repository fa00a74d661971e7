/**
 * An article's terms for related articles (related.ts): the nouns of its text that are most
 * particular to it, by TF-IDF over jieba's dictionary and its IDF table (`@node-rs/jieba`):
 * people, places, organisations and things named. The I/O edge of related.ts (a native module
 * and its data files); a build computes them once per version of an article.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba, TfIdf } from '@node-rs/jieba';

/** Terms kept per article. */
export const TERMS_PER_ARTICLE = 12;
/** Nouns: common (n), people (nr, nrt, nrfg), places (ns), organisations (nt), other proper nouns (nz), verbal nouns (vn). */
const NOUNS = ['n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'vn'];

let extractor: { jieba: Jieba; tfidf: TfIdf } | undefined;

function extractorOf(): { jieba: Jieba; tfidf: TfIdf } {
  if (!extractor) {
    const resolve = createRequire(import.meta.url).resolve;
    const jieba = Jieba.withDict(readFileSync(resolve('@node-rs/jieba/dict.txt')));
    const tfidf = TfIdf.withDict(readFileSync(resolve('@node-rs/jieba/idf.txt')));
    tfidf.setConfig({ minKeywordLength: 2, useHmm: false });
    extractor = { jieba, tfidf };
  }
  return extractor;
}

/** The article's terms, most particular first. */
export function articleTerms(paragraphs: readonly string[]): string[] {
  const { jieba, tfidf } = extractorOf();
  return tfidf.extractKeywords(jieba, paragraphs.join('\n'), TERMS_PER_ARTICLE, NOUNS).map((keyword) => keyword.keyword);
}
