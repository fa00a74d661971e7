import type { APIRoute } from 'astro';
import { splitStaticRepositories, staticRepositoryXml, type ExportArticle } from '../../lib/data-export/index.ts';
import { loadExports } from '../../lib/site/exports.ts';
import { ownedPaths } from '../../lib/site/build-scope.ts';
import { cacheKey } from '../../lib/site/cache-keys.ts';

/** OAI-PMH Static Repository files (at most 5,000 records each: one per year, split further when needed), made by the hub from the summaries. */
async function paths() {
  const { articles, generatedAt } = await loadExports();
  return splitStaticRepositories(articles).map((part) => ({
    params: { name: part.name.replace(/\.xml$/, '') },
    props: { name: part.name, articles: part.articles },
    cacheKey: cacheKey(part.name, part.articles, generatedAt),
  }));
}
export const getStaticPaths = () => ownedPaths('hub', paths);

export const GET: APIRoute = async ({ props }) => {
  const { publication, urls, generatedAt } = await loadExports();
  const { name, articles } = props as { name: string; articles: ExportArticle[] };
  return new Response(staticRepositoryXml(name, articles, { publication, urls, generatedAt }), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
