import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleMdx } from '../../src/lib/ingest/mdx.ts';
import { citableArticle } from '../../src/lib/citation/from-article.ts';
import type { CitableArticle } from '../../src/lib/citation/record.ts';
import type { ArticleEntry } from '../../src/lib/archive/article.ts';

const ROOT = join(import.meta.dirname, '..', '..');

export const FIXTURE_NAMES = [
  'traditional-single-author',
  'four-authors',
  'seven-authors',
  'traditional-commentary-with-kicker-and-subtitle',
  'traditional-photo-devised-title',
  'unsigned-news',
  'hostile-characters',
] as const;

export type FixtureName = (typeof FIXTURE_NAMES)[number];

export function fixture(name: FixtureName): CitableArticle {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', `${name}.json`), 'utf8')) as CitableArticle;
}

/** An article as the site loads it from content/, e.g. `2024-10-13-003`. */
export function contentArticle(id: string): ArticleEntry {
  const [year, month, day, order] = id.split('-');
  const { frontMatter, paragraphs } = parseArticleMdx(readFileSync(join(ROOT, 'content', 'issues', `${year}-${month}-${day}`, `${order}.mdx`), 'utf8'));
  return { ...(frontMatter as Omit<ArticleEntry, 'paragraphs'>), paragraphs };
}

export const BASE_URL = 'https://example.github.io/wujin-archive';

/** A real article from content/ as the zh-Hans article page cites it. */
export function contentRecord(id: string, extra: { accessed?: string; place?: string } = {}): CitableArticle {
  const article = contentArticle(id);
  const [year, month, day] = article.date.split('-');
  return citableArticle(article, { script: 'zh-hans', t: (text) => text, url: `${BASE_URL}/zh-hans/${year}/${month}/${day}/${article.order}/`, ...extra });
}
