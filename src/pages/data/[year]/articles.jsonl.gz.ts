import type { APIRoute } from 'astro';
import { chunksToStream, jsonLines } from '../../../lib/data-export/index.ts';
import { cacheKey } from '../../../lib/site/cache-keys.ts';
import { loadExports, exportYears } from '../../../lib/site/exports.ts';
import { ownedPaths } from '../../../lib/site/build-scope.ts';

/**
 * A year's articles with their full text in both scripts, one per line, gzip-compressed: the
 * archive's one copy of the text outside its pages, a quarter of the bytes as plain JSON Lines.
 * Streamed, never one big string.
 */
async function paths() {
  const years = exportYears((await loadExports()).articles);
  return [...years].map(([year, articles]) => ({ params: { year }, props: { year }, cacheKey: cacheKey(articles) }));
}
export const getStaticPaths = () => ownedPaths('period', paths);

export const GET: APIRoute = async ({ props }) => {
  const articles = exportYears((await loadExports()).articles).get((props as { year: string }).year) ?? [];
  const gzip = chunksToStream(jsonLines(articles)).pipeThrough(new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  return new Response(gzip, { headers: { 'Content-Type': 'application/gzip' } });
};
