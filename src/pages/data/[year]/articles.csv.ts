import type { APIRoute } from 'astro';
import { chunksToStream, csvChunks } from '../../../lib/data-export/index.ts';
import { cacheKey } from '../../../lib/site/cache-keys.ts';
import { loadExports, exportYears } from '../../../lib/site/exports.ts';
import { ownedPaths } from '../../../lib/site/build-scope.ts';

/** A year's catalogue for spreadsheets: UTF-8 with BOM so Excel reads the Chinese, one row per article, no text. */
async function paths() {
  const years = exportYears((await loadExports()).articles);
  return [...years].map(([year, articles]) => ({ params: { year }, props: { year }, cacheKey: cacheKey(articles) }));
}
export const getStaticPaths = () => ownedPaths('period', paths);

export const GET: APIRoute = async ({ props }) => {
  const articles = exportYears((await loadExports()).articles).get((props as { year: string }).year) ?? [];
  return new Response(chunksToStream(csvChunks(articles)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
