import type { APIRoute } from 'astro';
import { chunksToStream, jsonLines } from '../../../lib/data-export/index.ts';
import { ownedPaths } from '../../../lib/site/build-scope.ts';
import { corpusYear, corpusYearPaths } from '../../../lib/site/exports.ts';

/**
 * A year's articles with their full text in both scripts, one per line, gzip-compressed: the
 * archive's one copy of the text outside its pages, a quarter of the bytes as plain JSON Lines.
 * Streamed, never one big string. A period's build writes its part of the year (docs/build-by-period.md).
 */
export const getStaticPaths = () => ownedPaths('period', corpusYearPaths);

export const GET: APIRoute = async ({ props }) => {
  const lines = chunksToStream(jsonLines(await corpusYear((props as { year: string }).year)));
  const gzip = lines.pipeThrough(new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  return new Response(gzip, { headers: { 'Content-Type': 'application/gzip' } });
};
