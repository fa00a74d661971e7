import type { APIRoute } from 'astro';
import { articleDocument, type ExportArticle } from '../../../lib/data-export/index.ts';
import { cacheKey } from '../../../lib/site/cache-keys.ts';
import { loadExports } from '../../../lib/site/exports.ts';

/** One article's metadata and full text in both scripts. */
export async function getStaticPaths() {
  const { articles } = await loadExports();
  return articles.map((article) => ({ params: { id: article.id }, props: { article }, cacheKey: cacheKey(article) }));
}

export const GET: APIRoute = async ({ props }) => {
  const { publication } = await loadExports();
  return Response.json(articleDocument((props as { article: ExportArticle }).article, publication));
};
