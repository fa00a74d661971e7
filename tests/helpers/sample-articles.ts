import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleEntry } from '../../src/lib/archive/article.ts';
import { parseArticleMdx } from '../../src/lib/ingest/mdx.ts';
import { ROOT } from './seeds.ts';

/** The committed content's articles, as the archive model reads them (oldest issue first). */
export function sampleArticles(): ArticleEntry[] {
  return globSync('issues/*/*.mdx', { cwd: join(ROOT, 'content') })
    .sort()
    .map((file) => {
      const { frontMatter, paragraphs } = parseArticleMdx(readFileSync(join(ROOT, 'content', file), 'utf8'));
      const { ocrJoins: _joins, warnings: _warnings, ...article } = frontMatter as ArticleEntry & { ocrJoins: unknown; warnings: unknown };
      return { ...article, paragraphs } as ArticleEntry;
    });
}
