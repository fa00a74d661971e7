/** The Astro edge of citation: one article's citable record in a script, with its permalink. */
import { citableArticle, type CitableArticle } from '../citation/index.ts';
import { loadArchive, loadScriptText } from './load.ts';
import { articlePath } from '../archive/routes.ts';
import { siteHosting } from './site-hosting.ts';
import { type ScriptSegment } from '../archive/scripts.ts';

export async function articleCitation(id: string, script: ScriptSegment): Promise<CitableArticle> {
  const [archive, text] = await Promise.all([loadArchive(), loadScriptText(script)]);
  const article = archive.articleById.get(id);
  if (!article) throw new Error(`no article ${id}`);
  const url = siteHosting.absolute(articlePath(script, article.date, article.order));
  return citableArticle(article, { script, t: text.t, url, place: text.ui('place') });
}
