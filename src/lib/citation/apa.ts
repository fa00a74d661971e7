/**
 * APA 7 reference for a newspaper article, in the form APA's Chinese adaptations use for a
 * source written in Chinese (the APA-7 guides of Taiwanese universities and journals):
 *
 *   朱梦琪（2024年10月13日）。苏州丝波敦项目签约落地西太湖。*武进日报*，1版。https://…
 *
 * - Date: APA's newspaper date (year, month day) written the Chinese way, `（2024年10月13日）`,
 *   not the English `(2024, October 13)`: the entry is Chinese text, and an English date in it
 *   is what these adaptations avoid. Full-width punctuation throughout, as in those guides.
 * - Authors: full names, never inverted or reduced to initials (see record.ts), separated by 、.
 *   APA names up to 20 authors; beyond that the first 19, an ellipsis and the last.
 *   An unsigned commentary has the group author 本报评论员. With no author at all, the title
 *   moves to the author position (APA 9.12).
 * - The newspaper's name is italic, as APA sets periodical titles; plain text cannot show it.
 * - Page `1版` (the Chinese form of `p. 1`) and the URL of the archive page, which APA gives
 *   for a newspaper article read online, with no full stop after it.
 * - A title the archive made up stands in square brackets, APA's form for a description.
 */
import { fromPieces, type FormattedCitation } from './formatted.ts';
import { bibliographicTitle, checkCitable, creatorsOf, type CitableArticle } from './record.ts';
import { chineseDate, citationTerms, fillTerm } from './terms.ts';

const MOST_AUTHORS_NAMED = 20;

export function formatApa(record: CitableArticle): FormattedCitation {
  checkCitable(record);
  const terms = citationTerms(record.script);
  const title = bibliographicTitle(record);
  const date = `（${chineseDate(record.date, terms)}）`;

  const creators = creatorsOf(record);
  let author: string | undefined;
  if (creators.kind === 'persons') {
    const names = creators.names;
    author = names.length <= MOST_AUTHORS_NAMED ? names.join('、') : `${names.slice(0, MOST_AUTHORS_NAMED - 1).join('、')}……${names.at(-1)}`;
  } else if (creators.kind === 'commentator') {
    author = terms.commentator;
  }

  const head = author ? `${author}${date}。${title}。` : `${title}${date}。`;
  return fromPieces([head, { italic: record.newspaper }, `，${fillTerm(terms.pageApa, { page: record.page })}。${record.url}`]);
}
