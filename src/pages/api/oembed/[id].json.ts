import type { APIRoute } from 'astro';
import { OEMBED_CONTENT_TYPE, oembedDocument, type ExportArticle } from '../../../lib/data-export/index.ts';
import { cacheKey } from '../../../lib/site/cache-keys.ts';
import { loadExports } from '../../../lib/site/exports.ts';
import { ownedPaths } from '../../../lib/site/build-scope.ts';

/** oEmbed (type rich) per article, for both trees: CMSs that speak oEmbed turn a pasted article URL into a card. */
async function paths() {
  const { articles } = await loadExports();
  return articles.map((article) => ({ params: { id: article.id }, props: { article }, cacheKey: cacheKey(article) }));
}
export const getStaticPaths = () => ownedPaths('period', paths);

export const GET: APIRoute = async ({ props }) => {
  const { publication, urls } = await loadExports();
  const document = oembedDocument((props as { article: ExportArticle }).article, { publication, urls });
  // The spec's type for the JSON format; a static host serves the file by its extension anyway.
  return new Response(JSON.stringify(document), { headers: { 'Content-Type': `${OEMBED_CONTENT_TYPE}; charset=utf-8` } });
};
