import type { ArticleEntry } from '../archive/article.ts';

/** One value Pagefind reads from an article page, given inline on its article element (annotationAttributes). */
export interface SearchAnnotation {
  /** filter: a facet; meta: shown with results; sort: an ordering key. */
  role: 'filter' | 'meta' | 'sort';
  key: string;
  value: string;
}

/**
 * What Pagefind indexes besides the text of an article page. Filter values are stable across
 * scripts (dates, page labels, `news` / `commentary` / `photo`), so a search URL means the same
 * in both trees; authors are filtered by the names as the page shows them. There is no year or
 * month filter: the search periods are months, so those facets choose and count periods
 * (partitioned.ts), and each filter costs bytes on every page and in every fragment.
 */
export function searchAnnotations(article: ArticleEntry): SearchAnnotation[] {
  const filter = (key: string, value: string): SearchAnnotation => ({ role: 'filter', key, value });
  const meta = (key: string, value: string): SearchAnnotation => ({ role: 'meta', key, value });
  return [
    filter('date', article.date),
    filter('page', article.page),
    filter('kind', article.kind),
    meta('date', article.date),
    meta('page', article.page),
    meta('kind', article.kind),
    { role: 'sort', key: 'date', value: `${article.date}-${String(article.order).padStart(3, '0')}` },
  ];
}

/**
 * The annotations as attributes of the article element: each value once, in a `data-` attribute
 * of its own, and each role naming them in one list
 * (`data-pagefind-filter="date[data-date], page[data-page], kind[data-kind]"`), where eight
 * `<meta>` elements cost ~300 bytes more on every article page of both trees. Pagefind splits
 * those lists at commas; an inline `key:value` would not be split.
 */
export function annotationAttributes(annotations: readonly SearchAnnotation[]): Record<string, string> {
  const values = new Map<string, string>();
  const byRole = new Map<string, string[]>();
  for (const { role, key, value } of annotations) {
    // A sort key may differ from the filter and meta value of the same name.
    const attribute = `data-${role === 'sort' ? `sort-${key}` : key}`;
    const earlier = values.get(attribute);
    if (earlier !== undefined && earlier !== value) throw new Error(`search annotation ${key}: "${value}" and "${earlier}" would share ${attribute}`);
    values.set(attribute, value);
    byRole.set(role, [...(byRole.get(role) ?? []), `${key}[${attribute}]`]);
  }
  return {
    ...Object.fromEntries(values),
    ...Object.fromEntries([...byRole].map(([role, names]) => [`data-pagefind-${role}`, names.join(', ')])),
  };
}
