/**
 * The search page in the browser: reads the search from the URL, converts the query to the
 * page's script, asks Pagefind, and renders results, facet counts and paging as text.
 * Everything it shows comes from the page's own config (strings in the page's script).
 */
import { fillTemplate } from '../archive/format.ts';
import { otherScript, SCRIPT_TABLE, type ScriptSegment } from '../archive/scripts.ts';
import { loadSearch, pagefindBundleUrl, type PagefindFilterCounts, type PagefindResult, type SearchClient } from './pagefind.ts';
import { resultItem, type ResultItemOptions } from './result-item.ts';
import { FACETS, hasFilters, pagefindFilters, pagefindSort, parseState, serializeState, type Facet, type SearchState } from './state.ts';

export interface SearchConfig {
  base: string;
  script: ScriptSegment;
  queryMapUrl: string;
  otherSearchUrl: string;
  strings: Record<string, string>;
  kindLabels: Record<string, string>;
  pageSize: number;
}

export async function startSearch(root: HTMLElement): Promise<void> {
  const config = JSON.parse(root.querySelector<HTMLScriptElement>('script[type="application/json"]')!.textContent!) as SearchConfig;
  const ui = new SearchView(root, config);
  let client: SearchClient;
  let knownDates: string[];
  try {
    client = await loadSearch({ bundleUrl: pagefindBundleUrl(config.base), queryMapUrl: config.queryMapUrl, options: { baseUrl: config.base, excerptLength: 40 } });
    knownDates = Object.keys((await client.filters()).date ?? {});
  } catch {
    ui.status(config.strings.searchUnavailable!);
    return;
  }

  let run = 0;
  const search = async (state: SearchState) => {
    const token = ++run;
    // Author names follow the page's script, so a link from the other tree still ticks the box.
    const converted: SearchState = { ...state, filters: { ...state.filters, author: state.filters.author.map((a) => client.convert(a)) } };
    ui.showState(converted);
    if (!state.q && !hasFilters(state)) {
      ui.clear(config.strings.searchPrompt!);
      ui.markDone(token);
      return;
    }
    ui.status(config.strings.searchLoading!);
    const query = client.convert(state.q);
    const found = await client.search(query || null, { filters: pagefindFilters(converted, knownDates), sort: pagefindSort(state) });
    if (token !== run) return;
    ui.showFacetCounts(found.filters, converted);
    await ui.showResults(found.results, state, query, () => token !== run);
    if (token === run) ui.markDone(token);
  };

  const navigate = (state: SearchState, mode: 'push' | 'replace') => {
    const search = serializeState(state);
    const url = `${location.pathname}${search ? `?${search}` : ''}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    ui.updateToggle(search);
    void searchState(state);
  };
  const searchState = (state: SearchState) => search(state);

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(ui.readForm(), 'push');
  });
  ui.form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).id === ui.queryInput.id) return;
    navigate(ui.readForm(), 'push');
  });
  ui.onClearFilters(() => navigate({ ...ui.readForm(), filters: { author: [], kind: [], year: [], month: [], page: [] }, from: undefined, to: undefined }, 'push'));
  window.addEventListener('popstate', () => {
    const state = parseState(new URLSearchParams(location.search));
    ui.updateToggle(serializeState(state));
    void search(state);
  });
  const initial = parseState(new URLSearchParams(location.search));
  ui.updateToggle(serializeState(initial));
  await search(initial);
}

class SearchView {
  readonly form: HTMLFormElement;
  readonly queryInput: HTMLInputElement;
  private readonly statusElement: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly suggestions: HTMLElement;
  private readonly toggle: HTMLAnchorElement | null;
  private readonly toggleBase: string;
  private readonly resultOptions: ResultItemOptions;

  constructor(
    private readonly root: HTMLElement,
    private readonly config: SearchConfig,
  ) {
    this.form = root.querySelector('form')!;
    this.queryInput = this.form.querySelector('input[name="q"]')!;
    this.statusElement = root.querySelector('[data-search-status]')!;
    this.list = root.querySelector('[data-search-results]')!;
    this.more = root.querySelector('[data-search-more]')!;
    this.suggestions = root.querySelector('[data-search-suggestions]')!;
    this.toggle = document.querySelector('.script-toggle');
    this.toggleBase = this.toggle?.getAttribute('href')?.split('?')[0] ?? '';
    this.resultOptions = { layout: 'card', pageLabel: config.strings.pageLabel!, kindLabels: config.kindLabels };
    for (const hidden of root.querySelectorAll<HTMLElement>('[data-needs-script]')) hidden.hidden = false;
  }

  readForm(): SearchState {
    return parseState(new URLSearchParams(new FormData(this.form) as unknown as Record<string, string>));
  }

  showState(state: SearchState): void {
    this.queryInput.value = state.q;
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      input.checked = state.filters[input.name as Facet]?.includes(input.value) ?? false;
    }
    this.form.querySelector<HTMLInputElement>('input[name="from"]')!.value = state.from ?? '';
    this.form.querySelector<HTMLInputElement>('input[name="to"]')!.value = state.to ?? '';
    this.form.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = state.sort;
  }

  onClearFilters(handler: () => void): void {
    this.root.querySelector('[data-clear-filters]')!.addEventListener('click', handler);
  }

  /** The 简/繁 link keeps the search, so the other tree runs the same one. */
  updateToggle(search: string): void {
    if (this.toggle) this.toggle.href = `${this.toggleBase}${search ? `?${search}` : ''}`;
  }

  /** Counts finished searches on the root element, so tests and tools can tell when results are in. */
  markDone(run: number): void {
    this.root.dataset.searchRuns = String(run);
  }

  status(message: string): void {
    this.statusElement.textContent = message;
  }

  clear(message: string): void {
    this.list.replaceChildren();
    this.suggestions.replaceChildren();
    this.more.hidden = true;
    this.status(message);
  }

  showFacetCounts(counts: PagefindFilterCounts, state: SearchState): void {
    for (const facet of FACETS) {
      for (const input of this.form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${facet}"]`)) {
        const count = counts[facet]?.[input.value] ?? 0;
        const item = input.closest('li')!;
        item.querySelector('[data-count]')!.textContent = `（${count}）`;
        item.hidden = count === 0 && !state.filters[facet].includes(input.value);
      }
    }
  }

  async showResults(results: PagefindResult[], state: SearchState, query: string, stale: () => boolean): Promise<void> {
    const { strings } = this.config;
    const count = String(results.length);
    let message = state.q ? fillTemplate(strings.searchResultsFor!, { q: state.q, count }) : fillTemplate(strings.searchResults!, { count });
    if (query !== state.q) message += fillTemplate(strings.searchConverted!, { converted: query });
    this.list.replaceChildren();
    this.suggestions.replaceChildren();
    if (results.length === 0) {
      this.more.hidden = true;
      this.status(state.q ? fillTemplate(strings.searchNoResults!, { q: state.q }) : message);
      this.showSuggestions(state);
      return;
    }
    let shown = 0;
    const showMore = async () => {
      const page = results.slice(shown, shown + this.config.pageSize);
      const data = await Promise.all(page.map((r) => r.data()));
      if (stale()) return;
      for (const item of data) this.list.append(resultItem(item, this.resultOptions));
      shown += page.length;
      this.more.hidden = shown >= results.length;
    };
    this.more.onclick = async () => {
      const firstNew = shown;
      await showMore();
      this.list.children[firstNew]?.querySelector('a')?.focus();
    };
    await showMore();
    // Announced once the first results are on the page.
    if (!stale()) this.status(message);
  }

  private showSuggestions(state: SearchState): void {
    const { strings } = this.config;
    if (state.q) {
      const other = document.createElement('a');
      other.href = `${this.config.otherSearchUrl}?${serializeState({ ...state })}`;
      other.textContent = strings.searchTryOther!;
      other.hreflang = SCRIPT_TABLE[otherScript(this.config.script)].lang;
      this.suggestions.append(paragraph(other));
    }
    if (hasFilters(state)) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button';
      button.textContent = strings.searchRemoveFilters!;
      button.addEventListener('click', () => this.root.querySelector<HTMLButtonElement>('[data-clear-filters]')!.click());
      this.suggestions.append(paragraph(button));
    }
  }
}

function paragraph(child: Node): HTMLParagraphElement {
  const p = document.createElement('p');
  p.append(child);
  return p;
}
