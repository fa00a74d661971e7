/**
 * Chicago (17th/18th edition, notes and bibliography) bibliography entry for a newspaper
 * article, in the form Chinese humanities journals use for Chinese sources in this system
 * (the note style of 《历史研究》 and 《中国社会科学》): titles in 书名号 instead of quotation
 * marks and italics, full-width punctuation, the date run on after the newspaper's name.
 *
 *   朱梦琪：《苏州丝波敦项目签约落地西太湖》，《武进日报》2024年10月13日，第1版，https://…。
 *
 * - Author, colon, article title (《》 in zh-Hans, 〈〉 in zh-Hant, from terms.json), newspaper in
 *   《》 with its date `2024年10月13日`, page `第1版` (Chicago allows the page or edition of a
 *   newspaper; for a page-based archive it locates the article), then the URL, which Chicago
 *   asks for when the source was consulted online. Chicago does not require an access date,
 *   so none is printed.
 * - Authors: full names, never inverted (see record.ts), joined by 、. The 18th edition lists
 *   up to six authors and for seven or more the first three and et al. (等); the 17th edition's
 *   threshold was eleven, which a newspaper article never reaches.
 * - An unsigned commentary is by 本报评论员, as Chinese notes cite it; with no author at all
 *   the entry starts with the title.
 * - A title the archive made up stands in square brackets without title marks.
 */
import { fromPieces, type FormattedCitation } from './formatted.ts';
import { checkCitable, creatorsOf, titleWithSubtitle, type CitableArticle } from './record.ts';
import { chineseDate, citationTerms, fillTerm, marked } from './terms.ts';

const MOST_AUTHORS_NAMED = 6;
const AUTHORS_BEFORE_ET_AL = 3;

export function formatChicago(record: CitableArticle): FormattedCitation {
  checkCitable(record);
  const terms = citationTerms(record.script);

  const creators = creatorsOf(record);
  let author: string | undefined;
  if (creators.kind === 'persons') {
    const names = creators.names;
    author = names.length <= MOST_AUTHORS_NAMED ? names.join('、') : `${names.slice(0, AUTHORS_BEFORE_ET_AL).join('、')}${terms.etAl}`;
  } else if (creators.kind === 'commentator') {
    author = terms.commentator;
  }

  const title = record.titleIsDevised ? `[${record.title}]` : marked(titleWithSubtitle(record), terms.articleTitleMarks);
  const source = `${marked(record.newspaper, terms.workTitleMarks)}${chineseDate(record.date, terms)}`;
  const entry = `${title}，${source}，${fillTerm(terms.page, { page: record.page })}，${record.url}。`;
  return fromPieces([author ? `${author}：${entry}` : entry]);
}
