/**
 * The search page in the browser: reads the search from the URL, converts the query to the
 * page's script, searches period by period (partitioned.ts) and renders results as they come,
 * an honest count, the mentions-over-time chart, and facet counts when the facet panel is opened.
 * Everything it shows comes from the page's own config (strings in the page's script).
 */
import { fillTemplate } from '../archive/format.ts';
import { formatDate } from '../site/dates.ts';
import { otherScript, SCRIPT_TABLE, type ScriptSegment } from '../archive/scripts.ts';
import type { PagefindFilterCounts } from './pagefind.ts';
import { loadSearch, pagefindBase, type SearchClient } from './pagefind.ts';
import type { PeriodQuery, SearchRound, YearMentions } from './partitioned.ts';
import { resultItem, type ResultItemOptions } from './result-item.ts';
import { FACETS, hasFilters, narrowToYear, parseState, periodQuery, serializeState, type Facet, type SearchState } from './state.ts';

/** The tallest column of the mentions chart (the busiest year), in rem; the chart's links are 5.5rem tall. */
const MENTIONS_BAR_REM = 4;

export interface SearchConfig {
  base: string;
  script: ScriptSegment;
  queryMapUrl: string;
  otherSearchUrl: string;
  strings: Record<string, string>;
  kindLabels: Record<string, string>;
  pageSize: number;
}

/** One search under way: its rounds, pulled only as far as the reader has asked to see. */
class RunningSearch {
  round: SearchRound | undefined;
  private stopped = false;
  private rounds: AsyncGenerator<SearchRound, void, undefined>;

  readonly state: SearchState;
  readonly query: string;
  readonly periodQuery: PeriodQuery;
  private readonly client: SearchClient;

  constructor(state: SearchState, query: string, periodQuery: PeriodQuery, client: SearchClient) {
    this.state = state;
    this.query = query;
    this.periodQuery = periodQuery;
    this.client = client;
    this.rounds = client.partitions.run(periodQuery);
  }

  get stale(): boolean {
    return this.stopped;
  }

  /** Pulls periods until `wanted` results are in their final order, or every period has answered. */
  async pull(wanted: number, progress: (round: SearchRound) => void | Promise<void>): Promise<SearchRound | undefined> {
    while (!this.stopped && !(this.round && (this.round.complete || (this.round.ordered && this.round.results.length >= wanted)))) {
      let next: IteratorResult<SearchRound, void>;
      try {
        next = await this.rounds.next();
      } catch (error) {
        // A period that failed to load ends the run: the next pull starts it again, and its rounds
        // (each the whole list so far, in the same order) catch up with what is already shown.
        this.rounds = this.client.partitions.run(this.periodQuery);
        throw error;
      }
      if (next.done || this.stopped) break;
      this.round = next.value;
      await progress(next.value);
    }
    return this.stopped ? undefined : this.round;
  }

  stop(): void {
    this.stopped = true;
    void this.rounds.return(undefined);
  }
}

export async function startSearch(root: HTMLElement): Promise<void> {
  const config = JSON.parse(root.querySelector<HTMLScriptElement>('script[data-search-config]')!.textContent!) as SearchConfig;
  const ui = new SearchView(root, config);
  let client: SearchClient;
  try {
    client = await loadSearch({
      pagefindBase: pagefindBase(config.base),
      script: config.script,
      language: document.documentElement.lang.toLowerCase(),
      queryMapUrl: config.queryMapUrl,
      options: { baseUrl: config.base, excerptLength: 40 },
    });
  } catch {
    ui.status(config.strings.searchUnavailable!);
    return;
  }
  // Offline, only the periods saved on this device can be searched: search those, and say so.
  if (!navigator.onLine) await searchSavedPeriodsOnly(root, config, client);
  // The newest period's index and Pagefind's wasm, before the reader has typed anything.
  void client.partitions.warm().catch(() => undefined);

  let run = 0;
  let current: RunningSearch | undefined;

  const search = async (state: SearchState) => {
    const token = ++run;
    current?.stop();
    current = undefined;
    // Author names follow the page's script, so a link from the other tree still ticks the box.
    const converted: SearchState = { ...state, filters: { ...state.filters, author: state.filters.author.map((a) => client.convert(a)) } };
    ui.showState(converted);
    ui.resetFacetCounts();
    if (!state.q && !hasFilters(state)) {
      ui.clear(config.strings.searchPrompt!);
      ui.markDone(token);
      return;
    }
    ui.clear(config.strings.searchLoading!);
    const query = client.convert(state.q);
    const running = new RunningSearch(converted, query, periodQuery(converted, query), client);
    current = running;
    try {
      await ui.showFirstPage(running);
      if (running.stale) return;
      ui.markDone(token);
      if (ui.facetsOpen) await ui.showFacetCounts(client, running);
    } catch {
      if (!running.stale) {
        ui.status(config.strings.searchUnavailable!);
        ui.markDone(token);
      }
    }
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
  ui.onMore(async () => {
    const running = current;
    if (!running) return;
    try {
      await ui.showMore(running);
    } catch {
      if (!running.stale) ui.moreFailed();
      return;
    }
    if (!running.stale && ui.facetsOpen) await ui.showFacetCounts(client, running).catch(() => undefined);
  });
  ui.onFacetsOpened(() => {
    if (current) void ui.showFacetCounts(client, current).catch(() => undefined);
  });
  ui.onYear((year) => current && navigate(narrowToYear(current.state, year), 'push'));
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
  private readonly facets: HTMLDetailsElement;
  private readonly facetNote: HTMLElement;
  private readonly mentions: HTMLElement;
  private readonly mentionsCaption: HTMLElement;
  private readonly mentionsList: HTMLOListElement;
  private readonly activeFilters: HTMLElement;
  private readonly activeList: HTMLElement;
  private readonly toggle: HTMLAnchorElement | null;
  private readonly toggleBase: string;
  private readonly resultOptions: ResultItemOptions;
  /** Results on the page for the current search. */
  private shown = 0;

  private readonly root: HTMLElement;
  private readonly config: SearchConfig;

  constructor(root: HTMLElement, config: SearchConfig) {
    this.root = root;
    this.config = config;
    this.form = root.querySelector('form')!;
    this.queryInput = this.form.querySelector('input[name="q"]')!;
    this.statusElement = root.querySelector('[data-search-status]')!;
    this.list = root.querySelector('[data-search-results]')!;
    this.more = root.querySelector('[data-search-more]')!;
    this.suggestions = root.querySelector('[data-search-suggestions]')!;
    this.facets = root.querySelector('[data-facets]')!;
    this.facetNote = root.querySelector('[data-facet-note]')!;
    this.mentions = root.querySelector('[data-mentions]')!;
    this.mentionsCaption = root.querySelector('[data-mentions-caption]')!;
    this.mentionsList = root.querySelector('[data-mentions-list]')!;
    this.activeFilters = root.querySelector('[data-active-filters]')!;
    this.activeList = root.querySelector('[data-active-list]')!;
    this.toggle = document.querySelector('.script-toggle');
    this.toggleBase = this.toggle?.getAttribute('href')?.split('?')[0] ?? '';
    this.resultOptions = { layout: 'card', pageLabel: config.strings.pageLabel!, kindLabels: config.kindLabels };
    for (const hidden of root.querySelectorAll<HTMLElement>('[data-needs-script]')) hidden.hidden = false;
  }

  get facetsOpen(): boolean {
    return this.facets.open;
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
    this.showActiveFilters();
  }

  /**
   * The filters in force, outside the facet panel (which stays closed unless opened, as opening it
   * loads counts): each a button that removes it.
   */
  private showActiveFilters(): void {
    const checked = [...this.form.querySelectorAll<HTMLInputElement>('.facet-options input[type="checkbox"]:checked')];
    this.activeList.replaceChildren(
      ...checked.map((input) => {
        const label = input.labels?.[0]?.firstChild?.textContent?.trim() ?? input.value;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'filter-chip';
        button.textContent = `${label} ×`;
        button.setAttribute('aria-label', fillTemplate(this.config.strings.removeFilter!, { label }));
        button.addEventListener('click', () => {
          input.checked = false;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        });
        return button;
      }),
    );
    this.activeFilters.hidden = checked.length === 0;
  }

  /** "More" failed (a period could not be loaded): say so and leave the button to try again. */
  moreFailed(): void {
    this.status(this.config.strings.searchMoreFailed!);
    this.more.hidden = false;
  }

  onClearFilters(handler: () => void): void {
    this.root.querySelector('[data-clear-filters]')!.addEventListener('click', handler);
  }

  onMore(handler: () => Promise<void>): void {
    this.more.addEventListener('click', async () => {
      const firstNew = this.shown;
      await handler();
      this.list.children[firstNew]?.querySelector('a')?.focus();
    });
  }

  onFacetsOpened(handler: () => void): void {
    this.facets.addEventListener('toggle', () => {
      if (this.facets.open) handler();
    });
  }

  /** A year of the mentions chart narrows the search to that year (the link works without this too). */
  onYear(handler: (year: string) => void): void {
    this.mentionsList.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-year]');
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      handler(link.dataset.year!);
    });
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
    this.mentions.hidden = true;
    this.shown = 0;
    this.status(message);
  }

  /**
   * Pulls periods until a page of results is certain (or all are in). Results in their final
   * order (newest or oldest first) are shown as each period answers, so the first appear at once.
   */
  async showFirstPage(running: RunningSearch): Promise<void> {
    this.busy(true);
    try {
      await this.pullFirstPage(running);
    } finally {
      if (!running.stale) this.busy(false);
    }
  }

  /** `aria-busy` on the results while periods are still answering: assistive technology waits, and so can a test. */
  private busy(searching: boolean): void {
    this.list.setAttribute('aria-busy', String(searching));
  }

  private async pullFirstPage(running: RunningSearch): Promise<void> {
    const { pageSize } = this.config;
    const round = await running.pull(pageSize, async (r) => {
      this.showProgress(running, r);
      if (r.ordered && !r.complete && r.results.length > this.shown && this.shown < pageSize) {
        await this.appendPage(running, r, pageSize);
        this.more.hidden = true; // until the first page is complete
      }
    });
    if (!round) return;
    if (round.results.length === 0) {
      const { strings } = this.config;
      this.more.hidden = true;
      this.status(running.state.q ? fillTemplate(strings.searchNoResults!, { q: running.state.q }) : fillTemplate(strings.searchResults!, { count: '0' }));
      this.showSuggestions(running.state);
      return;
    }
    await this.appendPage(running, round, pageSize);
  }

  async showMore(running: RunningSearch): Promise<void> {
    const upTo = this.shown + this.config.pageSize;
    this.busy(true);
    try {
      const round = await running.pull(upTo, (r) => this.showProgress(running, r));
      if (round) await this.appendPage(running, round, upTo);
    } finally {
      if (!running.stale) this.busy(false);
    }
  }

  /** Shows the round's results after those on the page, up to `upTo` in all. */
  private async appendPage(running: RunningSearch, round: SearchRound, upTo: number): Promise<void> {
    const page = round.results.slice(this.shown, upTo);
    const data = await Promise.all(page.map((found) => found.result.data()));
    if (running.stale) return;
    for (const item of data) this.list.append(resultItem(item, this.resultOptions));
    this.shown += page.length;
    this.more.hidden = this.shown >= round.results.length && round.complete;
    // Announced once the results are on the page.
    this.status(this.countMessage(running, round));
  }

  private showProgress(running: RunningSearch, round: SearchRound): void {
    if (running.stale) return;
    this.showMentions(running.state, round.mentions);
    if (this.shown === 0 && !round.complete) {
      this.status(fillTemplate(this.config.strings.searchProgress!, { searched: round.searched.length, total: round.candidates }));
    }
  }

  /** Exact once every period that can hold the query has answered; "at least" until then. */
  private countMessage(running: RunningSearch, round: SearchRound): string {
    const { strings } = this.config;
    const { q } = running.state;
    const values = { q, count: round.results.length, searched: round.searched.length, total: round.candidates };
    let message = round.complete
      ? fillTemplate(q ? strings.searchResultsFor! : strings.searchResults!, values)
      : fillTemplate(q ? strings.searchResultsForAtLeast! : strings.searchResultsAtLeast!, values);
    if (running.query !== q) message += fillTemplate(strings.searchConverted!, { converted: running.query });
    return message;
  }

  /** The per-year chart of estimated mentions, each year a link narrowing the search to it. */
  private showMentions(state: SearchState, mentions: readonly YearMentions[]): void {
    if (!state.q || mentions.length === 0) {
      this.mentions.hidden = true;
      return;
    }
    const { strings } = this.config;
    const most = Math.max(1, ...mentions.map((m) => m.articles));
    this.mentionsCaption.textContent = fillTemplate(strings.mentionsTitle!, { q: state.q });
    this.mentionsList.replaceChildren(
      ...mentions.map(({ year, articles }) => {
        const link = document.createElement('a');
        link.href = `${location.pathname}?${serializeState(narrowToYear(state, year))}`;
        link.dataset.year = year;
        const bar = document.createElement('span');
        bar.className = 'mentions-bar';
        bar.setAttribute('aria-hidden', 'true');
        // The CSSOM, not a style attribute: the Content-Security-Policy allows no inline style.
        bar.style.blockSize = `${((articles / most) * MENTIONS_BAR_REM).toFixed(2)}rem`;
        const label = document.createElement('span');
        label.className = 'mentions-year';
        label.setAttribute('aria-hidden', 'true');
        label.textContent = year;
        const text = document.createElement('span');
        text.className = 'visually-hidden';
        text.textContent = fillTemplate(strings.mentionsYear!, { year, count: articles });
        link.title = text.textContent;
        link.append(bar, label, text);
        const item = document.createElement('li');
        item.append(link);
        return item;
      }),
    );
    this.mentions.hidden = false;
  }

  /** Facet values without counts, all shown: counts load only with the panel open. */
  resetFacetCounts(): void {
    this.facetNote.textContent = '';
    for (const item of this.form.querySelectorAll<HTMLElement>('.facet-options li')) {
      item.hidden = false;
      item.querySelector('[data-count]')!.textContent = '';
    }
  }

  /** Counts over the periods searched so far, and a note saying how much that is. */
  async showFacetCounts(client: SearchClient, running: RunningSearch): Promise<void> {
    const round = running.round;
    if (!round || running.stale) return;
    const { strings } = this.config;
    this.facetNote.textContent = strings.facetCounting!;
    const counts: PagefindFilterCounts = await client.partitions.facetCounts(running.periodQuery, round.searched);
    if (running.stale || running.round !== round) return;
    const state = running.state;
    for (const facet of FACETS) {
      for (const input of this.form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${facet}"]`)) {
        const count = counts[facet]?.[input.value] ?? 0;
        const item = input.closest('li')!;
        item.querySelector('[data-count]')!.textContent = `（${count}）`;
        item.hidden = count === 0 && !state.filters[facet].includes(input.value);
      }
    }
    this.facetNote.textContent = round.complete
      ? strings.facetCountsComplete!
      : fillTemplate(strings.facetCountsPartial!, { searched: round.searched.length, total: round.candidates });
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

async function searchSavedPeriodsOnly(root: HTMLElement, config: SearchConfig, client: SearchClient): Promise<void> {
  const { savedPeriods } = await import('../offline/saved-periods.ts');
  const saved = await savedPeriods(config.script, config.base).catch(() => undefined);
  if (saved === undefined || saved === 'all') return;
  client.partitions.restrictTo(saved);
  const notice = root.querySelector<HTMLElement>('[data-search-offline]');
  if (!notice) return;
  // A period is a month, or part of a busy one: named by its first and last issue.
  const labels = client.partitions.searchedPeriods.map((period) => (period.from === period.to ? formatDate(period.from) : fillTemplate(config.strings.periodRange!, { from: formatDate(period.from), to: formatDate(period.to) })));
  notice.textContent =
    saved.length === 0
      ? config.strings.offlineSearchNothingSaved!
      : fillTemplate(config.strings.offlineSearchSaved!, { count: labels.length, periods: labels.join('、') });
  notice.hidden = false;
}
