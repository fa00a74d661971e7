/** What a search is, as it stands in the URL: `?q=签约&author=朱梦琪&kind=news&from=2024-10-01&sort=newest`. */
import type { PeriodQuery } from './partitioned.ts';

export const FACETS = ['author', 'kind', 'year', 'month', 'page'] as const;
export type Facet = (typeof FACETS)[number];
/**
 * auto (no `sort` in the URL): newest first for a broad query, relevance for a selective one;
 * newest, oldest: by date; relevance: across all years. URLs from before partitioned search
 * (`sort=newest|oldest|relevance`, or none) keep working.
 */
export const SORTS = ['auto', 'relevance', 'newest', 'oldest'] as const;
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
  return { q: '', filters: { author: [], kind: [], year: [], month: [], page: [] }, sort: 'auto' };
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
  if (state.sort !== 'auto') params.set('sort', state.sort);
  return params.toString();
}

export function hasFilters(state: SearchState): boolean {
  return FACETS.some((f) => state.filters[f].length > 0) || state.from !== undefined || state.to !== undefined;
}

/** Facets that Pagefind filters within each period; year and month choose periods instead. */
const FILTERED_FACETS = ['author', 'kind', 'page'] as const;

/**
 * The period-by-period search of a state, for a query already in the index's script. Year and
 * month facets and the date range choose the periods (a period lies within one month); the date
 * range cuts the periods at its ends with a date filter (see partitioned.ts).
 */
export function periodQuery(state: SearchState, query: string): PeriodQuery {
  const filters: Record<string, { any: string[] }> = {};
  for (const facet of FILTERED_FACETS) if (state.filters[facet].length > 0) filters[facet] = { any: state.filters[facet] };
  return {
    query,
    order: state.sort,
    ...(state.from ? { from: state.from } : {}),
    ...(state.to ? { to: state.to } : {}),
    ...(state.filters.year.length > 0 ? { years: state.filters.year } : {}),
    ...(state.filters.month.length > 0 ? { months: state.filters.month } : {}),
    filters,
  };
}

/** The state narrowed to one year (from the mentions chart), everything else kept. */
export function narrowToYear(state: SearchState, year: string): SearchState {
  return { ...state, from: `${year}-01-01`, to: `${year}-12-31` };
}
