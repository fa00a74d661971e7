/**
 * The compact search of /embed/search/: one box, the first results with date and excerpt,
 * each opening the article in a new tab on the archive, and a link to the full search.
 * The script comes from `?script=hans|hant`, the first query from `?q=`.
 */
import { excerptParts } from '../search/excerpt.ts';
import { convertQuery, type ScriptMap } from '../search/query-map.ts';
import { fillTemplate } from '../archive/format.ts';
import { scriptOfEmbedParameter } from '../archive/scripts.ts';
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
  scripts: Record<'zh-hans' | 'zh-hant', { lang: string; strings: EmbedSearchStrings; queryMapUrl: string; searchUrl: string }>;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
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

  let pagefind: Pagefind;
  let queryMap: ScriptMap;
  try {
    [pagefind, queryMap] = await Promise.all([
      import(/* @vite-ignore */ `${archiveUrl}pagefind/pagefind.js`) as Promise<Pagefind>,
      fetch(queryMapUrl).then((response) => response.json() as Promise<ScriptMap>),
    ]);
    await pagefind.options({ baseUrl: config.base, excerptLength: 24 });
  } catch {
    status.textContent = strings.unavailable;
    return;
  }

  let run = 0;
  const search = async (typed: string) => {
    const token = ++run;
    const query = convertQuery(typed.trim(), queryMap);
    list.replaceChildren();
    more.hidden = true;
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    const found = await pagefind.search(query);
    const shown = await Promise.all(found.results.slice(0, config.resultCount).map((result) => result.data()));
    if (token !== run) return;
    status.textContent = found.results.length === 0 ? fillTemplate(strings.noResults, { q: typed }) : fillTemplate(strings.results, { count: found.results.length });
    for (const data of shown) list.append(resultItem(data, archiveUrl, strings));
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

function resultItem(data: PagefindResultData, archiveUrl: string, strings: EmbedSearchStrings): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = new URL(data.url, archiveUrl).href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = data.meta.title ?? data.url;
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [data.meta.date, data.meta.page ? fillTemplate(strings.pageLabel, { page: data.meta.page }) : ''].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  for (const part of excerptParts(data.excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(document.createTextNode(part.text));
  }
  item.append(link, meta, excerpt);
  return item;
}
