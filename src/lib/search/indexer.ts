import * as pagefind from 'pagefind';

export interface SearchIndexReport {
  /** Pages indexed, all languages together. */
  pages: number;
  /** Where the bundle was written. */
  outputPath: string;
  seconds: number;
}

/**
 * Runs Pagefind over a built site through its Node API. Pages choose their index by
 * `<html lang>`, so zh-Hans and zh-Hant get one index each; only elements marked
 * `data-pagefind-body` (article pages) are indexed.
 */
export async function buildSearchIndex(siteDir: string, outputPath = `${siteDir}/pagefind`): Promise<SearchIndexReport> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    return { pages: added.page_count, outputPath, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}
