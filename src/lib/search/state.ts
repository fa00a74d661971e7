/** What a search is, as it stands in the URL: `?q=签约&author=朱梦琪&kind=news&from=2024-10-01&sort=newest`. */

export const FACETS = ['author', 'kind', 'year', 'month', 'page'] as const;
export type Facet = (typeof FACETS)[number];
export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  filters: Record<Facet, string[]>;
  /** Inclusive date range, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  sort: Sort;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function emptyState(): SearchState {
  return { q: '', filters: { author: [], kind: [], year: [], month: [], page: [] }, sort: 'relevance' };
}

export function parseState(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim().slice(0, 200);
  for (const facet of FACETS) state.filters[facet] = [...new Set(params.getAll(facet).filter((v) => v !== ''))].sort();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (ISO_DATE.test(from)) state.from = from;
  if (ISO_DATE.test(to)) state.to = to;
  const sort = params.get('sort');
  if ((SORTS as readonly string[]).includes(sort ?? '')) state.sort = sort as Sort;
  return state;
}

/** The query string of a state, in a stable order; empty parts are left out. */
export function serializeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

export function hasFilters(state: SearchState): boolean {
  return FACETS.some((f) => state.filters[f].length > 0) || state.from !== undefined || state.to !== undefined;
}

export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * Pagefind filters for a state. Pagefind matches filter values exactly, so a date range becomes
 * the list of issue dates inside it (`knownDates`, from Pagefind's own filter list).
 */
export function pagefindFilters(state: SearchState, knownDates: Iterable<string>): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const facet of FACETS) if (state.filters[facet].length > 0) filters[facet] = { any: state.filters[facet] };
  if (state.from || state.to) {
    const inRange = [...knownDates].filter((d) => (!state.from || d >= state.from) && (!state.to || d <= state.to)).sort();
    // No issue in the range: a value no page has, so that the search says "nothing found".
    filters.date = { any: inRange.length > 0 ? inRange : ['none'] };
  }
  return filters;
}

export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> | undefined {
  if (state.sort === 'newest') return { date: 'desc' };
  if (state.sort === 'oldest') return { date: 'asc' };
  return undefined;
}
