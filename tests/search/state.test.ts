import { describe, expect, it } from 'vitest';
import { emptyState, hasFilters, narrowToYear, parseState, periodQuery, serializeState } from '../../src/lib/search/state.ts';

describe('search state in the URL', () => {
  it('reads query, facets, date range and sort', () => {
    const state = parseState(new URLSearchParams('q=%20签约%20&author=朱梦琪&author=蒋雯&kind=news&from=2024-10-01&to=2024-12-31&sort=newest'));
    expect(state).toEqual({
      q: '签约',
      filters: { author: ['朱梦琪', '蒋雯'], kind: ['news'], year: [], month: [], page: [] },
      from: '2024-10-01',
      to: '2024-12-31',
      sort: 'newest',
    });
  });

  it('ignores malformed dates, unknown sorts and empty values', () => {
    const state = parseState(new URLSearchParams('from=yesterday&to=2024-13&sort=random&kind='));
    expect(state).toEqual(emptyState());
    expect(hasFilters(state)).toBe(false);
  });

  it('writes a stable query string that reads back the same', () => {
    const state = parseState(new URLSearchParams('sort=oldest&kind=photo&q=发展&author=蒋雯&author=朱梦琪'));
    const written = serializeState(state);
    expect(written).toBe('q=%E5%8F%91%E5%B1%95&author=%E6%9C%B1%E6%A2%A6%E7%90%AA&author=%E8%92%8B%E9%9B%AF&kind=photo&sort=oldest');
    expect(parseState(new URLSearchParams(written))).toEqual(state);
    expect(serializeState(emptyState())).toBe('');
  });
});

describe('the period search of a state', () => {
  it('filters author, kind and page within periods, and chooses periods by year, month and date range', () => {
    const state = parseState(new URLSearchParams('q=签约&author=朱梦琪&kind=news&kind=photo&page=2&year=2024&month=2024-10&from=2024-10-01&to=2024-10-20&sort=oldest'));
    expect(periodQuery(state, '簽約')).toEqual({
      query: '簽約',
      order: 'oldest',
      from: '2024-10-01',
      to: '2024-10-20',
      years: ['2024'],
      months: ['2024-10'],
      filters: { author: { any: ['朱梦琪'] }, kind: { any: ['news', 'photo'] }, page: { any: ['2'] } },
    });
  });

  it('leaves out what the state does not set', () => {
    expect(periodQuery(parseState(new URLSearchParams('q=发展')), '发展')).toEqual({ query: '发展', order: 'auto', filters: {} });
  });

  it('keeps old URLs: no sort is auto, and relevance, newest and oldest read as before', () => {
    expect(parseState(new URLSearchParams('q=发展')).sort).toBe('auto');
    for (const sort of ['relevance', 'newest', 'oldest'] as const) {
      const state = parseState(new URLSearchParams(`q=发展&sort=${sort}`));
      expect(state.sort).toBe(sort);
      expect(serializeState(state)).toBe(`q=%E5%8F%91%E5%B1%95&sort=${sort}`);
    }
    expect(serializeState(parseState(new URLSearchParams('q=发展&sort=auto')))).toBe('q=%E5%8F%91%E5%B1%95');
  });

  it('narrows to one year from the mentions chart, keeping the rest', () => {
    const state = parseState(new URLSearchParams('q=发展&kind=news&from=2023-05-01'));
    expect(serializeState(narrowToYear(state, '2024'))).toBe('q=%E5%8F%91%E5%B1%95&kind=news&from=2024-01-01&to=2024-12-31');
  });
});
