/**
 * BibTeX export of one article, written for biblatex and readable by BibTeX, Zotero, JabRef and
 * citation.js.
 *
 * Entry type: `@article` with `entrysubtype = {newspaper}`. Neither BibTeX nor biblatex has a
 * newspaper type; biblatex files newspaper articles under @article and provides `entrysubtype`
 * for the finer kind. `entrysubtype = {newspaper}` is what Better BibTeX writes for a Zotero
 * newspaper article and what the GB/T 7714 styles (biblatex-gb7714, gbt7714-bibtex-style) read
 * to print `[N]` with the full date. The alternatives lose information: `@newspaper` is unknown
 * to BibTeX, biblatex, Zotero and JabRef, and `@misc` loses the newspaper as a container.
 *
 * - The newspaper is in `journal`, which classic BibTeX styles need and biblatex reads as its
 *   alias for `journaltitle` (a second field with the same value would only compete with it).
 * - `date` carries the full date (biblatex, Zotero, JabRef, citation.js); `year`/`month` cannot
 *   hold the day, and biber derives them from `date` anyway.
 * - Key: `wujin-` and the archive id, `wujin-2024-10-13-003`: stable, ASCII, and the same in
 *   both scripts because it names the same article.
 * - Every name in braces, `{朱梦琪}`: one unit that BibTeX's name parser neither splits into
 *   given and family names nor inverts, and that survives an `and` inside a corporate name.
 * - Text is escaped for `{ } % & $ # _ \ ~ ^`, and for `< > |` and TeX's ligature pairs (`--`,
 *   `''`); everything else, Chinese included, stays UTF-8.
 *   `url` is a verbatim field and is only made brace-safe, by percent-encoding.
 * - `langid = {chinese}` marks the language for biblatex and its GB/T styles, and
 *   `language = {chinese}` carries it to Zotero, whose BibTeX reader knows no `langid`. The BCP 47
 *   tag (zh-Hans/zh-Hant) would be printed verbatim by biblatex, so it is not used.
 * - Zotero reads `@article` as a journal article whatever its `entrysubtype`: Zotero users are
 *   sent to the RIS file, which it reads as a newspaper article (the Cite section says so).
 */
import { bibliographicTitle, checkCitable, creatorsOf, type CitableArticle } from './record.ts';
import { citationTerms } from './terms.ts';

const KEY_PREFIX = 'wujin-';

/** Characters outside this set upset one BibTeX tool or another. */
export function bibtexKey(id: string): string {
  return `${KEY_PREFIX}${id}`.replace(/[^A-Za-z0-9_:.-]/g, '-');
}

const BIBTEX_ESCAPES: Record<string, string> = {
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // Fonts in OT1 encoding print these as other glyphs.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/**
 * Text safe inside a braced BibTeX field, printed as written: special characters become
 * commands, pairs that TeX fonts join into another glyph (`--` into an en dash, `''` into a
 * closing quote) are kept apart with `{}`, and line breaks become spaces (a blank line would
 * end a paragraph).
 */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[{}%&$#_\\~^<>|]/g, (character) => BIBTEX_ESCAPES[character]!)
    .replace(/-(?=-)|'(?=')|`(?=`)|[!?](?=`)|,(?=,)/g, '$&{}')
    .replace(/\s*[\r\n\u2028\u2029]+\s*/gu, ' ');
}

/** A URL for a verbatim field: braces and backslashes percent-encoded, which names the same resource. */
function verbatimUrl(url: string): string {
  return url.replace(/[{}\\]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function toBibtex(record: CitableArticle): string {
  checkCitable(record);
  const creators = creatorsOf(record);
  const names = creators.kind === 'persons' ? creators.names : creators.kind === 'commentator' ? [citationTerms(record.script).commentator] : [];

  const fields: Array<[name: string, value: string | undefined]> = [
    ['entrysubtype', 'newspaper'],
    ['author', names.length > 0 ? names.map((name) => `{${escapeBibtex(name)}}`).join(' and ') : undefined],
    ['title', escapeBibtex(bibliographicTitle(record))],
    ['journal', escapeBibtex(record.newspaper)],
    ['date', record.date],
    ['pages', escapeBibtex(record.page)],
    ['location', record.place && escapeBibtex(record.place)],
    ['langid', 'chinese'],
    ['language', 'chinese'],
    ['url', verbatimUrl(record.url)],
    ['urldate', record.accessed],
  ];
  const body = fields.filter((field): field is [string, string] => field[1] !== undefined).map(([name, value]) => `  ${name} = {${value}},`);
  return `@article{${bibtexKey(record.id)},\n${body.join('\n')}\n}\n`;
}
