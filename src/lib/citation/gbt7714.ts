/**
 * GB/T 7714 reference for a newspaper article, the form Chinese journals and theses require.
 *
 * GB/T 7714—2025 replaced the 2015 edition on 2026-07-01 and is the default. What it changes
 * for a newspaper article, checked against the standard's own examples (as reproduced by the
 * biblatex-gb7714-2025 and zotero-chinese/styles projects, which test against the published text):
 *  - Punctuation (§6): "." and "[ ]" stay half-width; the other marks of a Chinese entry are
 *    full-width: `丁文详. 数字革命与竞争国际化[N]. 中国青年报，2000-11-20（15）.` The standard's
 *    typesetting and its drafter (陈浩元, 编辑学报 2026, 38(2)) both say 中文逗号.
 *  - Format (§8.5.3): `主要责任者. 题名：其他题名信息[N/OL]. 报纸名，出版日期（版次）. 获取和访问路径.`
 *    Articles in serials no longer carry an access date; only websites and web pages do (§8.11).
 *    An access date in the record is therefore not printed in the 2025 form.
 *  - Unchanged: more than three authors → the first three and `，等` (§7.1.2); no author → the
 *    entry starts with the title (§7.1.3, numeric system); a title supplied by the cataloguer
 *    goes in "[ ]" (§7.2.1); a subtitle follows the title after a colon (§7.2.3).
 *
 * `edition: '2015'` gives the superseded form that many existing documents still use:
 * half-width `, ` and `( )`, and the online form with the access date,
 * `朱梦琪. 题名[N/OL]. 武进日报, 2024-10-13(1)[2026-11-23]. https://….`
 *
 * The commentator of an unsigned commentary is cited as the corporate author 本报评论员, as
 * CNKI and Chinese journals cite such pieces.
 */
import { fromPieces, type FormattedCitation } from './formatted.ts';
import { bibliographicTitle, checkCitable, creatorsOf, type CitableArticle } from './record.ts';
import { citationTerms } from './terms.ts';

export type Gbt7714Edition = '2025' | '2015';

export interface Gbt7714Options {
  edition?: Gbt7714Edition;
  /** The online form ([N/OL] and the URL), for a reader who cites the archive page. Default true. */
  online?: boolean;
}

interface Punctuation {
  /** Between authors, and before 等. */
  comma: string;
  /** Between title and subtitle. */
  colon: string;
  open: string;
  close: string;
}

const PUNCTUATION: Record<Gbt7714Edition, Punctuation> = {
  '2025': { comma: '，', colon: '：', open: '（', close: '）' },
  '2015': { comma: ', ', colon: ': ', open: '(', close: ')' },
};

/** At most this many authors are named; more become the first three and 等. */
const LISTED_AUTHORS = 3;

export function formatGbt7714(record: CitableArticle, options: Gbt7714Options = {}): FormattedCitation {
  checkCitable(record);
  const edition = options.edition ?? '2025';
  const online = options.online ?? true;
  const marks = PUNCTUATION[edition];
  const terms = citationTerms(record.script);

  const creators = creatorsOf(record);
  let responsible: string | undefined;
  if (creators.kind === 'persons') {
    const listed = creators.names.slice(0, LISTED_AUTHORS);
    responsible = [...listed, ...(creators.names.length > LISTED_AUTHORS ? [terms.etAl] : [])].join(marks.comma);
  } else if (creators.kind === 'commentator') {
    responsible = terms.commentator;
  }

  const title = bibliographicTitle(record, marks.colon);
  const typeMark = online ? '[N/OL]' : '[N]';
  const accessed = online && edition === '2015' && record.accessed ? `[${record.accessed}]` : '';
  const source = `${record.newspaper}${marks.comma}${record.date}${marks.open}${record.page}${marks.close}${accessed}`;

  const parts = [...(responsible ? [responsible] : []), `${title}${typeMark}`, source, ...(online ? [record.url] : [])];
  return fromPieces([`${parts.join('. ')}.`]);
}
