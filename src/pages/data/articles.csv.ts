import type { APIRoute } from 'astro';
import { chunksToStream, csvChunks } from '../../lib/data-export/index.ts';
import { loadExports } from '../../lib/site/exports.ts';

/** The whole corpus for spreadsheets: UTF-8 with BOM so Excel reads the Chinese, one row per article. */
export const GET: APIRoute = async () => {
  const { articles } = await loadExports();
  return new Response(chunksToStream(csvChunks(articles)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
