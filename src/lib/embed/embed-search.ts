/**
 * The compact search of /embed/search/: one box, the first results, newest first, with date and
 * excerpt, each opening the article in a new tab on the archive, and a link to the full search.
 * It searches period by period like the search page (partitioned.ts) and stops as soon as it
 * has its few results. The script comes from `?script=hans|hant`, the first query from `?q=`.
 */
import { fillTemplate } from '../archive/format.ts';
import { scriptOfEmbedParameter, type ScriptSegment } from '../archive/scripts.ts';
import { loadSearch, pagefindBase, type SearchClient } from '../search/pagefind.ts';
import type { SearchRound } from '../search/partitioned.ts';
import { resultItem, type ResultItemOptions } from '../search/result-item.ts';
import { reportHeight } from './messages.ts';

export interface EmbedSearchStrings {
  label: string;
  placeholder: string;
  submit: string;
  loading: string;
  unavailable: string;
  results: string;
  /** The count while older periods are not searched yet: "at least N". */
  resultsAtLeast: string;
  noResults: string;
  more: string;
  pageLabel: string;
  siteName: string;
}

export interface EmbedSearchConfig {
  /** The archive's base path. The page is served by the archive, so paths resolve against its own address. */
  base: string;
  resultCount: number;
  /** Paths under the base, per script. */
  scripts: Record<ScriptSegment, { lang: string; strings: EmbedSearchStrings; queryMapUrl: string; searchUrl: string }>;
}

export async function startEmbedSearch(root: HTMLElement): Promise<void> {
  const config = JSON.parse(root.querySelector('script[type="application/json"]')!.textContent!) as EmbedSearchConfig;
  const params = new URLSearchParams(location.search);
  const script = scriptOfEmbedParameter(params.get('script'));
  const { lang, strings, queryMapUrl } = config.scripts[script];
  // Absolute, because results open in a new tab from another site's page.
  const archiveUrl = new URL(config.base, location.href).href;
  const searchUrl = new URL(config.scripts[script].searchUrl, location.href).href;
  // Pagefind picks its index from <html lang> when it starts.
  document.documentElement.lang = lang;
  document.title = strings.siteName;

  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-embed-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-embed-results]')!;
  const more = root.querySelector<HTMLAnchorElement>('[data-embed-more]')!;
  form.action = searchUrl;
  form.querySelector('label')!.textContent = strings.label;
  form.querySelector('button')!.textContent = strings.submit;
  input.placeholder = strings.placeholder;
  input.value = params.get('q') ?? '';
  reportHeight();

  let client: SearchClient;
  try {
    client = await loadSearch({
      pagefindBase: pagefindBase(archiveUrl),
      script,
      language: lang.toLowerCase(),
      queryMapUrl,
      options: { baseUrl: config.base, excerptLength: 24 },
    });
  } catch {
    status.textContent = strings.unavailable;
    return;
  }
  void client.partitions.warm().catch(() => undefined);

  // The article opens in a new tab on the archive, from another site's page.
  const resultOptions: ResultItemOptions = { layout: 'compact', pageLabel: strings.pageLabel, newTabFrom: archiveUrl };
  let run = 0;
  const search = async (typed: string) => {
    const token = ++run;
    const query = client.convert(typed.trim());
    list.replaceChildren();
    more.hidden = true;
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    // Newest first, one period after another, until there is more than one box of results.
    let round: SearchRound | undefined;
    try {
      for await (round of client.partitions.run({ query, order: 'newest' })) {
        if (token !== run || round.results.length > config.resultCount) break;
      }
    } catch {
      if (token === run) status.textContent = strings.unavailable;
      return;
    }
    if (token !== run || !round) return;
    const found = round.results;
    const shown = await Promise.all(found.slice(0, config.resultCount).map(({ result }) => result.data()));
    if (token !== run) return;
    const count = { count: found.length };
    status.textContent = found.length === 0 ? fillTemplate(strings.noResults, { q: typed }) : fillTemplate(round.complete ? strings.results : strings.resultsAtLeast, count);
    for (const data of shown) list.append(resultItem(data, resultOptions));
    more.href = `${searchUrl}?q=${encodeURIComponent(typed)}`;
    more.textContent = strings.more;
    more.hidden = found.length <= config.resultCount && round.complete;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(input.value);
  });
  if (input.value) void search(input.value);
}
