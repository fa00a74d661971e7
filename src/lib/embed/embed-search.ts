/**
 * The compact search of /embed/search/: one box, the first results with date and excerpt,
 * each opening the article in a new tab on the archive, and a link to the full search.
 * The script comes from `?script=hans|hant`, the first query from `?q=`.
 */
import { fillTemplate } from '../archive/format.ts';
import { scriptOfEmbedParameter, type ScriptSegment } from '../archive/scripts.ts';
import { loadSearch, pagefindBundleUrl, type SearchClient } from '../search/pagefind.ts';
import { resultItem, type ResultItemOptions } from '../search/result-item.ts';
import { reportHeight } from './messages.ts';

export interface EmbedSearchStrings {
  label: string;
  placeholder: string;
  submit: string;
  loading: string;
  unavailable: string;
  results: string;
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
    client = await loadSearch({ bundleUrl: pagefindBundleUrl(archiveUrl), queryMapUrl, options: { baseUrl: config.base, excerptLength: 24 } });
  } catch {
    status.textContent = strings.unavailable;
    return;
  }

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
    const found = await client.search(query);
    const shown = await Promise.all(found.results.slice(0, config.resultCount).map((result) => result.data()));
    if (token !== run) return;
    status.textContent = found.results.length === 0 ? fillTemplate(strings.noResults, { q: typed }) : fillTemplate(strings.results, { count: found.results.length });
    for (const data of shown) list.append(resultItem(data, resultOptions));
    more.href = `${searchUrl}?q=${encodeURIComponent(typed)}`;
    more.textContent = strings.more;
    more.hidden = found.results.length <= config.resultCount;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(input.value);
  });
  if (input.value) void search(input.value);
}
