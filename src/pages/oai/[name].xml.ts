import type { APIRoute } from 'astro';
import { splitStaticRepositories, staticRepositoryXml, type ExportArticle } from '../../lib/data-export/index.ts';
import { loadDatestamps, loadExports } from '../../lib/site/exports.ts';
import { ownedPaths } from '../../lib/site/build-scope.ts';
import { cacheKey } from '../../lib/site/cache-keys.ts';
import { loadArchive } from '../../lib/site/load.ts';
import type { ArticleEntry } from '../../lib/archive/article.ts';

/**
 * OAI-PMH Static Repository files (at most 5,000 records each: one per year, split further when
 * needed), made by the hub from the summaries. A file is written again only when one of its
 * records changed: each keeps its datestamp until then.
 */
async function paths() {
  const [archive, datestamps] = await Promise.all([loadArchive(), loadDatestamps()]);
  return splitStaticRepositories(archive.issues.flatMap((issue) => issue.articles)).map((part) => ({
    params: { name: part.name.replace(/\.xml$/, '') },
    props: { name: part.name, articles: part.articles },
    cacheKey: cacheKey(part.name, part.articles.map((a) => [a.id, datestamps.digests.get(a.id), datestamps.of.get(a.id)])),
  }));
}
export const getStaticPaths = () => ownedPaths('hub', paths);

export const GET: APIRoute = async ({ props }) => {
  const [{ publication, urls, generatedAt, record }, datestamps] = await Promise.all([loadExports(), loadDatestamps()]);
  const { name, articles: entries } = props as { name: string; articles: ArticleEntry[] };
  const articles = entries.map(record);
  const datestamp = (article: ExportArticle) => datestamps.of.get(article.id)!;
  return new Response(staticRepositoryXml(name, articles, { publication, urls, generatedAt, datestamp }), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
