import { describe, expect, it } from 'vitest';
import { buildArchiveIndex } from '../../src/lib/archive/archive-index.ts';
import type { ArticleEntry } from '../../src/lib/archive/article.ts';
import { searchFacetValues } from '../../src/lib/archive/search-facets.ts';

const article = (date: string, order: number, page: string, kind: ArticleEntry['kind'], authors: string[]): ArticleEntry => ({
  id: `${date}-${String(order).padStart(3, '0')}`,
  date,
  order,
  page,
  kind,
  authors,
  photographers: [],
  paragraphs: ['正文。'],
  source: { file: `seeds/${date}.txt`, startLine: order, endLine: order },
});

const articles = [
  article('2023-12-30', 1, '2', 'photo', ['吉宇']),
  article('2024-10-13', 1, '1', 'news', ['朱梦琪']),
  article('2024-10-13', 2, '10', 'news', ['陆新']),
  article('2024-08-28', 1, '1', 'photo', ['朱梦琪']),
];
const issues = ['2023-12-30', '2024-10-13', '2024-08-28'].map((date) => ({ date, pages: [{ label: '1', file: `seeds/${date}.txt`, articles: articles.filter((a) => a.date === date).map((a) => a.id) }] }));

describe('searchFacetValues', () => {
  const archive = buildArchiveIndex(articles, issues);

  it('offers the kinds the archive has in their fixed order, years and months newest first, pages in code-unit order', () => {
    const values = searchFacetValues(archive);
    expect(values.kinds).toEqual(['news', 'photo']);
    expect(values.years).toEqual(['2024', '2023']);
    expect(values.months).toEqual(['2024-10', '2024-08', '2023-12']);
    expect(values.pages).toEqual(['1', '10', '2']);
    expect(values.authors).toEqual(archive.people.map((person) => person.name));
    expect([...values.authors].sort()).toEqual(['吉宇', '朱梦琪', '陆新'].sort());
  });

  it('is made once per archive: every site’s search page shares it', () => {
    expect(searchFacetValues(archive)).toBe(searchFacetValues(archive));
    expect(searchFacetValues(buildArchiveIndex(articles.slice(1), issues.slice(1)))).not.toBe(searchFacetValues(archive));
  });
});
