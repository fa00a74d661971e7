/**
 * The values the search page offers as filters (kinds, authors, years, months, pages), known at
 * build time. Made once per archive: the hub and every year's site render a search page in each
 * script, and each page's cache key is made of them.
 */
import type { ArchiveIndex } from './archive-index.ts';
import type { ArticleKind } from './article.ts';
import { compareCodeUnits } from './order.ts';

export interface SearchFacetValues {
  /** Of news, commentary and photo, those the archive has, in that order. */
  readonly kinds: readonly ArticleKind[];
  /** Every credited person, in the archive's order of people (source script). */
  readonly authors: readonly string[];
  /** Newest first. */
  readonly years: readonly string[];
  /** `2024-10`, newest first. */
  readonly months: readonly string[];
  /** Page labels in code-unit order. */
  readonly pages: readonly string[];
}

const KIND_ORDER: readonly ArticleKind[] = ['news', 'commentary', 'photo'];
const made = new WeakMap<ArchiveIndex, SearchFacetValues>();

export function searchFacetValues(archive: ArchiveIndex): SearchFacetValues {
  let values = made.get(archive);
  if (values) return values;
  const kinds = new Set<ArticleKind>();
  const months = new Set<string>();
  const pages = new Set<string>();
  for (const article of archive.articleById.values()) {
    kinds.add(article.kind);
    months.add(article.date.slice(0, 7));
    pages.add(article.page);
  }
  const newestFirst = (set: Iterable<string>) => [...set].sort(compareCodeUnits).reverse();
  const monthList = newestFirst(months);
  values = {
    kinds: KIND_ORDER.filter((kind) => kinds.has(kind)),
    authors: archive.people.map((person) => person.name),
    years: newestFirst(new Set(monthList.map((month) => month.slice(0, 4)))),
    months: monthList,
    pages: [...pages].sort(compareCodeUnits),
  };
  made.set(archive, values);
  return values;
}
