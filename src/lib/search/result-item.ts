/**
 * One search result as a list item, for the search page and the search embed. The item is
 * described as plain data (resultItemSpec, pure and unit-tested) and built with createElement
 * and text nodes only (resultItem): a title or excerpt holding `<img onerror=…>` is shown, never run.
 */
import { fillTemplate } from '../archive/format.ts';
import { excerptParts } from './excerpt.ts';
import type { PagefindResultData } from './pagefind.ts';

export interface ResultItemOptions {
  /**
   * `card`: the search page's article card, `<li class="article-card search-result">` with the
   * link in an `<h2>` and a `lead` excerpt. `compact`: the embed's bare `<li>` with the link first.
   */
  layout: 'card' | 'compact';
  /** The page label template, `第{page}版`. */
  pageLabel: string;
  /**
   * Kind → label. Given (the search page), the meta line goes on after date and page with the
   * kind's label and the authors; without it (the embed), it is date · page.
   */
  kindLabels?: Record<string, string>;
  /**
   * Given (the embed, shown on another site's page), links are absolute, resolved against this
   * address, and open in a new tab. Without it, links are Pagefind's URLs as they are.
   */
  newTabFrom?: string;
}

/** An element as data: attributes in the order they are set, children as elements or text. */
export interface ElementSpec {
  tag: string;
  attributes: Record<string, string>;
  children: Array<ElementSpec | string>;
}

/** The meta line: date · page (· kind · authors), empty parts left out. */
export function resultMeta(meta: PagefindResultData['meta'], options: Pick<ResultItemOptions, 'pageLabel' | 'kindLabels'>): string {
  const parts = [meta.date, meta.page ? fillTemplate(options.pageLabel, { page: meta.page }) : ''];
  if (options.kindLabels) parts.push(options.kindLabels[meta.kind ?? ''] ?? '', meta.authors ?? '');
  return parts.filter(Boolean).join(' · ');
}

export function resultItemSpec(data: Pick<PagefindResultData, 'url' | 'excerpt' | 'meta'>, options: ResultItemOptions): ElementSpec {
  const card = options.layout === 'card';
  const linkAttributes: Record<string, string> = options.newTabFrom
    ? { href: new URL(data.url, options.newTabFrom).href, target: '_blank', rel: 'noopener' }
    : { href: data.url };
  const link = element('a', linkAttributes, [data.meta.title ?? data.url]);
  const meta = element('p', { class: 'meta' }, [resultMeta(data.meta, options)]);
  const excerpt = element(
    'p',
    card ? { class: 'lead' } : {},
    excerptParts(data.excerpt).map((part) => (part.marked ? element('mark', {}, [part.text]) : part.text)),
  );
  return card
    ? element('li', { class: 'article-card search-result' }, [element('h2', {}, [link]), meta, excerpt])
    : element('li', {}, [link, meta, excerpt]);
}

/** The result's `<li>`, ready to append. */
export function resultItem(data: Pick<PagefindResultData, 'url' | 'excerpt' | 'meta'>, options: ResultItemOptions, doc: Document = document): HTMLLIElement {
  return build(resultItemSpec(data, options), doc) as HTMLLIElement;
}

function element(tag: string, attributes: Record<string, string>, children: ElementSpec['children']): ElementSpec {
  return { tag, attributes, children };
}

function build(spec: ElementSpec, doc: Document): Element {
  const node = doc.createElement(spec.tag);
  for (const [name, value] of Object.entries(spec.attributes)) node.setAttribute(name, value);
  for (const child of spec.children) {
    // As `textContent = ''` would: no empty text node.
    if (child !== '') node.append(typeof child === 'string' ? doc.createTextNode(child) : build(child, doc));
  }
  return node;
}
