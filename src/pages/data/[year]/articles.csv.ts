import type { APIRoute } from 'astro';
import { chunksToStream, csvChunks } from '../../../lib/data-export/index.ts';
import { ownedPaths } from '../../../lib/site/build-scope.ts';
import { corpusYear, corpusYearPaths } from '../../../lib/site/exports.ts';

/** A year's catalogue for spreadsheets: UTF-8 with BOM so Excel reads the Chinese, one row per article, no text. */
export const getStaticPaths = () => ownedPaths('period', corpusYearPaths);

export const GET: APIRoute = async ({ props }) =>
  new Response(chunksToStream(csvChunks(await corpusYear((props as { year: string }).year))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
