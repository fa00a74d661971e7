import { describe, expect, it } from 'vitest';
import { periodBuildKey, planBuildPeriods, type IssueFolder } from '../../src/lib/build/plan.ts';
import { hashOf } from '../../src/lib/build/hash.ts';
import { chooseBuildByPeriod, BY_PERIOD_FROM_ARTICLES } from '../../src/lib/build/choose.ts';

const folder = (date: string, articles = 10, stamp = 'v1'): IssueFolder => ({ date, articles, stamp: `${date} ${stamp}` });
const archive = [folder('2024-08-28'), folder('2024-10-12'), folder('2024-10-13'), folder('2024-12-07')];

describe('planBuildPeriods', () => {
  it('gives the search periods oldest first, with their dates and the issues on either side', () => {
    const planned = planBuildPeriods(archive);
    expect(planned.map((p) => [p.period.id, p.dates, p.before ?? null, p.after ?? null])).toEqual([
      ['2024-08', ['2024-08-28'], null, '2024-10-12'],
      ['2024-10', ['2024-10-12', '2024-10-13'], '2024-08-28', '2024-12-07'],
      ['2024-12', ['2024-12-07'], '2024-10-13', null],
    ]);
  });

  it('splits a month as the search does, each part knowing its neighbour', () => {
    const planned = planBuildPeriods([folder('2024-10-01', 3), folder('2024-10-02', 3), folder('2024-10-03', 3)], 5);
    expect(planned.map((p) => [p.period.id, p.dates, p.before ?? null, p.after ?? null])).toEqual([
      ['2024-10a', ['2024-10-01'], null, '2024-10-02'],
      ['2024-10b', ['2024-10-02'], '2024-10-01', '2024-10-03'],
      ['2024-10c', ['2024-10-03'], '2024-10-02', null],
    ]);
  });
});

describe('periodBuildKey', () => {
  const key = (folders: IssueFolder[], id: string, names = ['朱梦琪'], code = 'c1', settings = 's1') => {
    const planned = planBuildPeriods(folders).find((p) => p.period.id === id)!;
    return periodBuildKey(planned, names, code, settings);
  };

  it('stays the same for periods a new issue does not touch', () => {
    const grown = [...archive, folder('2024-12-08')];
    expect(key(grown, '2024-08')).toBe(key(archive, '2024-08'));
    expect(key(grown, '2024-10')).toBe(key(archive, '2024-10'));
    expect(key(grown, '2024-12')).not.toBe(key(archive, '2024-12'));
  });

  it('changes with the period\'s content, a new neighbour, the credited names, the code and the site', () => {
    const base = key(archive, '2024-10');
    expect(key(archive.map((f) => (f.date === '2024-10-13' ? folder(f.date, 10, 'v2') : f)), '2024-10')).not.toBe(base);
    // An issue added between it and the next one: its last issue now links to that one.
    expect(key([...archive, folder('2024-11-02')], '2024-10')).not.toBe(base);
    expect(key(archive, '2024-10', ['朱梦琪', '于洋'])).not.toBe(base);
    expect(key(archive, '2024-10', undefined, 'c2')).not.toBe(base);
    expect(key(archive, '2024-10', undefined, undefined, 's2')).not.toBe(base);
  });

  it('hashes its parts in order', () => {
    expect(hashOf('a', 'b')).not.toBe(hashOf('b', 'a'));
    expect(hashOf('a', 'b')).toMatch(/^[0-9a-f]{20}$/);
  });
});

describe('chooseBuildByPeriod', () => {
  it('goes by period from the threshold when left to choose, and as told otherwise', () => {
    const of = (articles: number) => [{ articles }];
    expect(chooseBuildByPeriod('auto', of(BY_PERIOD_FROM_ARTICLES - 1))).toBe(false);
    expect(chooseBuildByPeriod('auto', of(BY_PERIOD_FROM_ARTICLES))).toBe(true);
    expect(chooseBuildByPeriod('always', of(1))).toBe(true);
    expect(chooseBuildByPeriod('never', of(1e6))).toBe(false);
  });
});
