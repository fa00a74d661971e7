/**
 * RIS export of one article as a newspaper article (`TY  - NEWS`), the type Zotero, EndNote
 * and Citavi import as a newspaper article.
 *
 * - Tags as the RIS specification (Research Information Systems, 2011) defines them: `PY` the
 *   year, `DA` the full date `YYYY/MM/DD`, `SP` the page, `T2` the newspaper, `Y2` the access
 *   date, `CY` the place of publication. Each line is `XX  - value`, lines end in CRLF, the
 *   record ends with `ER  - `. Text is UTF-8.
 * - One `AU` per author, the name whole: a value without a comma is one unit to importers, so a
 *   Chinese name is neither split nor inverted. An unsigned commentary has `AU  - 本报评论员`.
 * - The title carries the subtitle after a colon (RIS has no subtitle tag); a title the archive
 *   made up is in square brackets, as in the bibliographies.
 * - A line break inside a value would start a new tag, so values are folded to one line.
 */
import { bibliographicTitle, checkCitable, creatorsOf, slashDate, type CitableArticle } from './record.ts';
import { citationTerms } from './terms.ts';

const CRLF = '\r\n';

/** One line, with no control characters a reader could take for a line end. */
function oneLine(value: string): string {
  return value.replace(/\s*[\u0000-\u001f\u007f\u2028\u2029]+\s*/gu, ' ').trim();
}

export function toRis(record: CitableArticle): string {
  checkCitable(record);
  const creators = creatorsOf(record);
  const authors = creators.kind === 'persons' ? creators.names : creators.kind === 'commentator' ? [citationTerms(record.script).commentator] : [];

  const lines: Array<[tag: string, value: string | undefined]> = [
    ['TY', 'NEWS'],
    ...authors.map((name): [string, string] => ['AU', name]),
    ['TI', bibliographicTitle(record)],
    ['T2', record.newspaper],
    ['PY', record.date.slice(0, 4)],
    ['DA', slashDate(record.date)],
    ['SP', record.page],
    ['CY', record.place],
    ['LA', record.lang],
    ['UR', record.url],
    ['Y2', record.accessed && slashDate(record.accessed)],
    ['ID', record.id],
  ];
  const body = lines.filter((line): line is [string, string] => line[1] !== undefined && oneLine(line[1]) !== '').map(([tag, value]) => `${tag}  - ${oneLine(value)}`);
  return [...body, 'ER  - '].join(CRLF) + CRLF;
}
