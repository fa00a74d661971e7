import type { ArticleEntry } from '../archive/article.ts';

/** One value Pagefind reads from an article page, rendered as `<meta data-pagefind-… content>`. */
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

/** The attribute that carries an annotation: `data-pagefind-filter="date[content]"`. */
export function annotationAttribute(annotation: SearchAnnotation): Record<string, string> {
  return { [`data-pagefind-${annotation.role}`]: `${annotation.key}[content]` };
}
