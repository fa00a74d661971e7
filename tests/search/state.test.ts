import { describe, expect, it } from 'vitest';
import { emptyState, hasFilters, pagefindFilters, pagefindSort, parseState, serializeState } from '../../src/lib/search/state.ts';

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

describe('Pagefind options', () => {
  const dates = ['2024-01-13', '2024-07-27', '2024-08-28', '2024-10-13', '2024-12-07'];

  it('turns facets into any-of filters', () => {
    const state = parseState(new URLSearchParams('author=朱梦琪&kind=news&kind=photo'));
    expect(pagefindFilters(state, dates)).toEqual({ author: { any: ['朱梦琪'] }, kind: { any: ['news', 'photo'] } });
  });

  it('turns a date range into the issue dates inside it', () => {
    expect(pagefindFilters(parseState(new URLSearchParams('from=2024-08-01&to=2024-10-13')), dates)).toEqual({ date: { any: ['2024-08-28', '2024-10-13'] } });
    expect(pagefindFilters(parseState(new URLSearchParams('to=2024-02-01')), dates)).toEqual({ date: { any: ['2024-01-13'] } });
  });

  it('matches nothing for a range without issues', () => {
    expect(pagefindFilters(parseState(new URLSearchParams('from=2025-01-01')), dates)).toEqual({ date: { any: ['none'] } });
  });

  it('sorts by date when asked, else by relevance', () => {
    expect(pagefindSort(parseState(new URLSearchParams('sort=newest')))).toEqual({ date: 'desc' });
    expect(pagefindSort(parseState(new URLSearchParams('sort=oldest')))).toEqual({ date: 'asc' });
    expect(pagefindSort(parseState(new URLSearchParams('')))).toBeUndefined();
  });
});
