/** The Astro edge of citation: one article's citable record in a script, with its permalink. */
import { citableArticle, type CitableArticle } from '../citation/index.ts';
import { loadArchive, loadScriptText } from './load.ts';
import { articlePath, SCRIPT_SEGMENTS, withBase, type ScriptSegment } from './urls.ts';

export const risPath = (script: ScriptSegment, id: string) => `/api/cite/${script}/${id}.ris`;
export const bibtexPath = (script: ScriptSegment, id: string) => `/api/cite/${script}/${id}.bib`;

export async function articleCitation(id: string, script: ScriptSegment): Promise<CitableArticle> {
  const [archive, text] = await Promise.all([loadArchive(), loadScriptText(script)]);
  const article = archive.articleById.get(id);
  if (!article) throw new Error(`no article ${id}`);
  const url = new URL(withBase(import.meta.env.BASE_URL, articlePath(script, article.date, article.order)), import.meta.env.SITE).href;
  return citableArticle(article, { script, t: text.t, url, place: text.ui('place') });
}

export async function citationPaths() {
  const archive = await loadArchive();
  return SCRIPT_SEGMENTS.flatMap((script) => [...archive.articleById.keys()].map((id) => ({ params: { script, id } })));
}
