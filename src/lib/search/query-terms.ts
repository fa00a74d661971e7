/**
 * The terms the archive asks each period's Pagefind index for (docs/search-partitions.md, "Query
 * terms"). Pagefind's zh index holds every adjacent pair of Han characters as a word, besides the
 * ICU words of the text; Pagefind itself splits a query with the browser's ICU word segmenter,
 * whose words need not be the indexer's (本报讯 is one word typed in one script and two in the
 * other, 2006年度 is indexed as 2006 and 年度), and matches a term against the words it
 * prefixes only within the one index chunk the term falls in. So a run of Han characters is
 * searched as its overlapping pairs: every page holding the run holds each pair as a word of its
 * own, whatever the segmenters did. A lone Han character stays one term (it matches the words
 * it starts). Everything else (Latin words, numbers) is split as Pagefind splits it.
 * Pure; the instances are created with a language Pagefind does not segment, so these are the
 * terms it searches (pinned by tests/search/pagefind-contract.test.ts).
 */
import { pagefindTerms } from './pagefind-terms.ts';

/**
 * The language every period's instance is created with: not one Pagefind word-segments (zh, ja,
 * th), so the terms passed, joined by spaces, are searched as they are. Pagefind still finds the
 * period's only language index by falling back to the largest one.
 */
export const UNSEGMENTED_LANGUAGE = 'und';

const HAN_RUN = /(\p{Script=Han}+)/u;

/** The terms for `query` in an index of `language` (`zh-hans`), each once, in query order. */
export function searchTerms(query: string, language: string): string[] {
  const terms: string[] = [];
  for (const part of query.split(HAN_RUN)) {
    if (!part) continue;
    if (HAN_RUN.test(part)) {
      const characters = [...part];
      if (characters.length === 1) terms.push(characters[0]!);
      for (let i = 0; i + 1 < characters.length; i++) terms.push(characters[i]! + characters[i + 1]!);
    } else {
      terms.push(...pagefindTerms(part, language));
    }
  }
  return [...new Set(terms)];
}
