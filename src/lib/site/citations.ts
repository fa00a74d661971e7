/** The Astro edge of citation: one article's citable record in a script, with its permalink. */
import { citableArticle, type CitableArticle } from '../citation/index.ts';
import { loadArchive, loadScriptText } from './load.ts';
import { absoluteUrl, articlePath } from '../archive/routes.ts';
import { type ScriptSegment } from '../archive/scripts.ts';

/**
 * A download link's target that carries the file itself: RIS and BibTeX are a few hundred bytes,
 * and two static files per article and script would double the files a large archive deploys.
 */
export function downloadDataUrl(mediaType: string, text: string): string {
  // Base64 takes 4 bytes for a Chinese character where percent-encoding takes 9.
  return `data:${mediaType};charset=utf-8;base64,${Buffer.from(text, 'utf8').toString('base64')}`;
}

export async function articleCitation(id: string, script: ScriptSegment): Promise<CitableArticle> {
  const [archive, text] = await Promise.all([loadArchive(), loadScriptText(script)]);
  const article = archive.articleById.get(id);
  if (!article) throw new Error(`no article ${id}`);
  const url = absoluteUrl(import.meta.env.SITE, import.meta.env.BASE_URL, articlePath(script, article.date, article.order));
  return citableArticle(article, { script, t: text.t, url, place: text.ui('place') });
}
