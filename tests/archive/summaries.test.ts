import { describe, expect, it } from 'vitest';
import type { ArticleEntry } from '../../src/lib/archive/article.ts';
import type { IssueEntry } from '../../src/lib/archive/archive-index.ts';
import { frontPageOf, monthsOfPerson, yearsOfMonths } from '../../src/lib/archive/summaries.ts';

const article = (id: string, date: string, page = '01') => ({ id, date, page }) as ArticleEntry;

describe('what month and people pages show of many articles', () => {
  it('a month lists each issue by its first printed page', () => {
    const front = [article('a', '2024-10-13'), article('b', '2024-10-13')];
    const issue = { date: '2024-10-13', pages: [{ label: '01', file: 'x', articles: front, remainders: [] }, { label: '02', file: 'y', articles: [article('c', '2024-10-13', '02')], remainders: [] }], articles: [] } as unknown as IssueEntry;
    expect(frontPageOf(issue).map((a) => a.id)).toEqual(['a', 'b']);
    expect(frontPageOf({ ...issue, pages: [] })).toEqual([]);
  });

  it('a person’s articles go by month, newest first, and the months by year', () => {
    const months = monthsOfPerson({ articles: [article('d', '2025-01-02'), article('c', '2024-12-30'), article('b', '2024-12-01'), article('a', '2024-10-13')] });
    expect(months.map(({ month, articles }) => [month, articles.map((a) => a.id)])).toEqual([
      ['2025-01', ['d']],
      ['2024-12', ['c', 'b']],
      ['2024-10', ['a']],
    ]);
    expect(yearsOfMonths(months).map(({ year, months: list }) => [year, list.map((m) => m.month)])).toEqual([
      ['2025', ['2025-01']],
      ['2024', ['2024-12', '2024-10']],
    ]);
  });
});
