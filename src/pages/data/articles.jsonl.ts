import type { APIRoute } from 'astro';
import { chunksToStream, jsonLines } from '../../lib/data-export/index.ts';
import { loadExports } from '../../lib/site/exports.ts';

/** The whole corpus, one article (both scripts) per line; streamed, never one big string. */
export const GET: APIRoute = async () => {
  const { articles } = await loadExports();
  return new Response(chunksToStream(jsonLines(articles)), { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
};
