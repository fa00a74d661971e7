import { describe, expect, it } from 'vitest';
import { headline, lead, LEAD_BUDGETS, summaryParagraphs } from '../../src/lib/archive/article.ts';
import { parseBuildScope, rendersRoutesOf } from '../../src/lib/build/scope.ts';
import { sampleArticles } from '../helpers/sample-articles.ts';

describe('parseBuildScope', () => {
  const files: Record<string, string> = {
    '/scope.json': JSON.stringify({ kind: 'period', id: '2024-10', dates: ['2024-10-13'], before: '2024-08-28', after: '2024-12-07', personNames: ['朱梦琪'] }),
    '/bad.json': JSON.stringify({ kind: 'period', id: '2024-10', dates: ['13 Oct'], personNames: [] }),
    '/hub.json': JSON.stringify({ kind: 'hub', summaries: ['/summaries/2024-10.json'] }),
  };
  const read = (path: string) => files[path] ?? '';

  it('is everything unless told otherwise', () => {
    expect(parseBuildScope(undefined, read)).toEqual({ kind: 'all' });
    expect(parseBuildScope('all', read)).toEqual({ kind: 'all' });
  });

  it('reads the hub and the summaries it renders from, from its file', () => {
    expect(parseBuildScope('hub:/hub.json', read)).toEqual({ kind: 'hub', summaries: ['/summaries/2024-10.json'] });
    expect(() => parseBuildScope('hub', read)).toThrow(/ARCHIVE_SCOPE=hub: expected/);
    expect(() => parseBuildScope('hub:/scope.json', read)).toThrow(/\/scope\.json: not a hub scope/);
  });

  it('reads a period from its file', () => {
    expect(parseBuildScope('period:/scope.json', read)).toMatchObject({ kind: 'period', id: '2024-10', dates: ['2024-10-13'], before: '2024-08-28' });
  });

  it('names the file and the field of a bad scope', () => {
    expect(() => parseBuildScope('period:/bad.json', read)).toThrow(/\/bad\.json: not a period scope: dates\.0/);
    expect(() => parseBuildScope('month', read)).toThrow(/ARCHIVE_SCOPE=month/);
  });
});

describe('rendersRoutesOf', () => {
  it('gives one build every route, a period its own and its parts, the hub the rest but what needs the whole text', () => {
    const period = { kind: 'period', id: '2024-10', dates: ['2024-10-13'], personNames: [] } as const;
    const owners = ['period', 'hub', 'part', 'whole'] as const;
    expect(owners.map((owner) => rendersRoutesOf({ kind: 'all' }, owner))).toEqual([true, true, false, true]);
    expect(owners.map((owner) => rendersRoutesOf(period, owner))).toEqual([true, false, true, false]);
    expect(owners.map((owner) => rendersRoutesOf({ kind: 'hub', summaries: [] }, owner))).toEqual([false, true, false, false]);
  });
});

describe('summaryParagraphs', () => {
  it('keep every headline and lead of the sample as the whole text gives them', () => {
    for (const article of sampleArticles()) {
      const summary = { ...article, paragraphs: summaryParagraphs(article.paragraphs) };
      expect(headline(summary), article.id).toBe(headline(article));
      for (const budget of Object.keys(LEAD_BUDGETS) as Array<keyof typeof LEAD_BUDGETS>) expect(lead(summary, budget), `${article.id} ${budget}`).toBe(lead(article, budget));
    }
  });

  it('keep a lead cut at its budget as cut, and a first paragraph one character over as longer', () => {
    const long = '这是一个很长的段落'.repeat(40);
    const summary = summaryParagraphs([long, '第二段']);
    expect(summary).toHaveLength(1);
    expect([...summary[0]!].length).toBe(LEAD_BUDGETS.summary + 1);
    expect(lead({ paragraphs: summary }, 'summary')).toBe(lead({ paragraphs: [long] }, 'summary'));
    expect(summaryParagraphs([])).toEqual([]);
  });
});
