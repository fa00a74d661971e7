import { describe, expect, it } from 'vitest';
import { articleNeighbours, buildArchiveIndex } from '../../src/lib/archive/archive-index.ts';
import type { ArticleEntry } from '../../src/lib/archive/article.ts';

const article = (date: string, order: number, authors: string[], photographers: string[] = []): ArticleEntry => ({
  id: `${date}-${String(order).padStart(3, '0')}`,
  date,
  order,
  page: '1',
  kind: photographers.length > 0 ? 'photo' : 'news',
  authors,
  photographers,
  paragraphs: ['正文。'],
  source: { file: `seeds/${date}.txt`, startLine: order, endLine: order },
});

const articles = [article('2024-10-13', 1, ['朱梦琪']), article('2024-10-13', 2, ['陆新'], ['陆新']), article('2024-08-28', 1, ['朱梦琪', '何晓丹'])];
const issues = [
  { date: '2024-10-13', pages: [{ label: '1', file: 'seeds/b.txt', articles: ['2024-10-13-001', '2024-10-13-002'] }] },
  { date: '2024-08-28', pages: [{ label: '1', file: 'seeds/a.txt', articles: ['2024-08-28-001'] }] },
];

describe('buildArchiveIndex', () => {
  const index = buildArchiveIndex(articles, issues);

  it('orders issues oldest first and links each to its neighbours', () => {
    expect(index.issues.map((issue) => [issue.date, issue.previous, issue.next])).toEqual([
      ['2024-08-28', undefined, '2024-10-13'],
      ['2024-10-13', '2024-08-28', undefined],
    ]);
    expect(index.issueByDate.get('2024-10-13')!.articles.map((a) => a.id)).toEqual(['2024-10-13-001', '2024-10-13-002']);
  });

  it('files people by number of articles, newest first, and counts photographers apart', () => {
    expect(index.people.map((person) => [person.name, person.articles.map((a) => a.id), person.asAuthor, person.asPhotographer])).toEqual([
      ['朱梦琪', ['2024-10-13-001', '2024-08-28-001'], 2, 0],
      ['何晓丹', ['2024-08-28-001'], 1, 0],
      ['陆新', ['2024-10-13-002'], 0, 1],
    ]);
    expect([...index.personNames].sort()).toEqual(['何晓丹', '朱梦琪', '陆新']);
  });

  it('finds an article\'s neighbours in its issue', () => {
    const issue = index.issueByDate.get('2024-10-13')!;
    const { previous, next } = articleNeighbours(issue, issue.articles[1]!);
    expect(previous?.id).toBe('2024-10-13-001');
    expect(next).toBeUndefined();
  });

  it('refuses an issue that lists an article with no file, naming both', () => {
    expect(() => buildArchiveIndex(articles, [{ date: '2024-12-07', pages: [{ label: '1', file: 'x', articles: ['2024-12-07-001'] }] }])).toThrow(
      'issue 2024-12-07 lists article 2024-12-07-001, which has no file',
    );
  });
});
