/**
 * A query's terms as Pagefind 1.6's pagefind.js makes them (PagefindInstance.search, in
 * pagefind_web_js/lib/coupled_search.ts): word-segmented with `Intl.Segmenter` for zh, ja and
 * th, punctuation graphemes dropped, lower-cased, split on spaces, diacritics removed. The
 * routing table must see the very terms Pagefind searches for; this copy is pinned against the
 * real pagefind.js by tests/search/pagefind-contract.test.ts. Run it in the browser that
 * searches: segmentation differs between browsers and ICU versions.
 */

// Pagefind's own pattern, anchors and all: `^` binds only the first alternative, `$` the last.
const PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

const needsWordSegmentation = (language: string) => ['zh', 'ja', 'th'].includes(language.split('-')[0]!.toLowerCase());

function normalizeDiacritics(text: string): string {
  const stripped = text.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/** The terms Pagefind searches for `query` in an index of `language` (`zh-hans`). */
export function pagefindTerms(query: string, language: string, includeCharacters: readonly string[] = []): string[] {
  const keep = (grapheme: string, into: string[]) => {
    if (includeCharacters.includes(grapheme)) into.push(grapheme);
    else if (!PUNCTUATION.test(grapheme)) into.push(grapheme.toLocaleLowerCase());
  };
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(language)[0];
  } catch {
    canonical = undefined;
  }
  const chunks: string[] = [];
  let term: string;
  if (canonical && typeof Intl.Segmenter !== 'undefined') {
    const graphemes = new Intl.Segmenter(canonical, { granularity: 'grapheme' });
    if (needsWordSegmentation(canonical)) {
      const words = new Intl.Segmenter(canonical, { granularity: 'word' });
      for (const { segment: word } of words.segment(query)) {
        const wordChunks: string[] = [];
        for (const { segment: grapheme } of graphemes.segment(word)) keep(grapheme, wordChunks);
        if (wordChunks.length > 0) chunks.push(wordChunks.join(''));
      }
      term = chunks.join(' ').replace(/\s{2,}/g, ' ').trim();
    } else {
      for (const { segment: grapheme } of graphemes.segment(query)) keep(grapheme, chunks);
      term = chunks.join('').replace(/\s{2,}/g, ' ').trim();
    }
  } else {
    for (const char of query) keep(char, chunks);
    term = chunks.join('').replace(/\s{2,}/g, ' ').trim();
  }
  return term
    .split(' ')
    .map(normalizeDiacritics)
    .filter((word) => word.length > 0);
}
