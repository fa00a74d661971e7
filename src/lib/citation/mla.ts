/**
 * MLA 9 works-cited entry for a newspaper article, in the form MLA's Chinese adaptations use for
 * a source written in Chinese (e.g. the CUHK Independent Learning Centre's guide): MLA's
 * italics and quotation marks become 书名号, and its punctuation becomes full-width.
 *
 *   朱梦琪。《苏州丝波敦项目签约落地西太湖》。《武进日报》，2024年10月13日，第1版。
 *   《武进日报数字档案》，example.org/zh-hans/2024/10/13/3/。访问日期：2026年11月23日。
 *
 * - Core elements in MLA order: author. title. container, date, location. The newspaper is the
 *   first container (date, page); the archive website, when its name is known, is the second
 *   (MLA's form for a print article read in an online collection), located by its URL.
 * - Article title in 《》 in zh-Hans and 〈〉 in zh-Hant (Taiwan and Hong Kong usage), the
 *   newspaper and the website in 《》; marks come from terms.json.
 * - Date `2024年10月13日` (MLA's day month year, written the Chinese way); page `第1版`.
 * - Authors: one name, two names joined by 、, three or more: the first and 等 (MLA's et al.).
 *   Full names, never inverted (see record.ts).
 * - An unsigned commentary starts with its title: MLA begins with the title when the author
 *   is the organization that publishes the work, and 本报评论员 is the newspaper itself.
 * - URL without `https://`, as MLA 9 recommends; the access date is optional in MLA and is
 *   given when the record has one.
 * - A title the archive made up stands in square brackets without title marks.
 */
import { fromPieces, type FormattedCitation } from './formatted.ts';
import { checkCitable, creatorsOf, titleWithSubtitle, type CitableArticle } from './record.ts';
import { chineseDate, citationTerms, fillTerm, marked } from './terms.ts';

export function formatMla(record: CitableArticle): FormattedCitation {
  checkCitable(record);
  const terms = citationTerms(record.script);

  const creators = creatorsOf(record);
  let author: string | undefined;
  if (creators.kind === 'persons') {
    const [first, second] = creators.names;
    author = creators.names.length === 1 ? first : creators.names.length === 2 ? `${first}、${second}` : `${first}${terms.etAl}`;
  }

  const title = record.titleIsDevised ? `[${record.title}]` : marked(titleWithSubtitle(record), terms.articleTitleMarks);
  const newspaper = `${marked(record.newspaper, terms.workTitleMarks)}，${chineseDate(record.date, terms)}，${fillTerm(terms.page, { page: record.page })}`;
  const location = record.url.replace(/^https?:\/\//, '');
  const website = record.siteName ? `${marked(record.siteName, terms.workTitleMarks)}，${location}` : location;
  const accessed = record.accessed ? fillTerm(terms.accessed, { date: chineseDate(record.accessed, terms) }) : undefined;

  const elements = [...(author ? [author] : []), title, newspaper, website, ...(accessed ? [accessed] : [])];
  return fromPieces([`${elements.join('。')}。`]);
}
