/**
 * Both search designs driven in Node with Pagefind's real pagefind.js and wasm, reading the
 * built files from disk (for the recall check, where every result of thousands of queries must
 * be listed: a browser would spend most of its time fetching fragments). Query segmentation uses
 * Node's `Intl.Segmenter` (ICU); the browser bench covers Chromium's.
 *
 * Node has no `Worker`, so pagefind.js searches on the main thread; it reads the page language
 * from `document`, which is stubbed here, and fetches through a `fetch` that answers site paths
 * (`/pagefind/…`) from the site folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ScriptSegment } from '../archive/scripts.ts';
import { SCRIPTS } from '../archive/scripts.ts';
import { PartitionedSearch, type PeriodQuery, type SearchRound } from '../search/partitioned.ts';
import type { PagefindResult, PagefindSearchResults } from '../search/pagefind.ts';
import { SINGLE_FOLDER } from './search-index.ts';
import { fragmentsOfFile } from '../search/pagefind-files.ts';

/** A search's whole answer: every result's URL, in display order. */
export interface NodeSearch {
  urls(query: string): Promise<string[]>;
}

let siteRoot: string | undefined;
let pageLanguage = 'zh-Hans';
const originalFetch = globalThis.fetch;

function install(root: string, script: ScriptSegment): void {
  siteRoot = root;
  pageLanguage = SCRIPTS[script];
  // `<html lang>`, as pagefind.js reads it and as PartitionedSearch switches it while it creates an instance.
  const html = {
    getAttribute: () => pageLanguage,
    setAttribute: (_name: string, value: string) => void (pageLanguage = value),
    removeAttribute: () => void (pageLanguage = ''),
  };
  const stub = { currentScript: null, documentElement: html, querySelector: () => html };
  (globalThis as unknown as { document: unknown }).document ??= stub;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('/')) return originalFetch(input, init);
    const path = decodeURIComponent(new URL(url, 'http://site/').pathname);
    try {
      return new Response(readFileSync(join(siteRoot!, path)));
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
}

/** The URL of a result, from its fragment (what `result.data()` would fetch): each period's fragment files read once. */
class FragmentUrls {
  private readonly byPeriod = new Map<string, Map<string, string>>();
  private readonly root: string;
  constructor(root: string) {
    this.root = root;
  }
  get(basePath: string, id: string): string {
    let urls = this.byPeriod.get(basePath);
    if (urls === undefined) {
      urls = new Map();
      const folder = join(this.root, basePath, 'fragment');
      for (const name of readdirSync(folder)) for (const [hash, fragment] of fragmentsOfFile(readFileSync(join(folder, name)), name)) urls.set(hash, fragment.url);
      this.byPeriod.set(basePath, urls);
    }
    const url = urls.get(id);
    if (url === undefined) throw new Error(`${basePath}: no fragment ${id}`);
    return url;
  }
}

interface PagefindModule {
  options(options: object): Promise<void>;
  search(query: string | null, options?: object): Promise<PagefindSearchResults>;
  createInstance(options: object): unknown;
}

const importFresh = (root: string, url: string, tag: string) => import(`${pathToFileURL(join(root, url)).href}?${tag}`);

/** The partitioned search of one script, newest first or by relevance as the site's `auto` order decides. */
export async function partitionedNodeSearch(root: string, script: ScriptSegment, order: PeriodQuery['order'] = 'auto'): Promise<NodeSearch & { search: PartitionedSearch }> {
  install(root, script);
  const fragments = new FragmentUrls(root);
  const search = await PartitionedSearch.load(
    { pagefindBase: '/pagefind/', script, language: script, options: { baseUrl: '/' } },
    {
      importRuntime: (url) => importFresh(root, url, `partitioned-${script}`),
      fetchJson: async (url) => {
        const response = await fetch(url);
        return response.ok ? response.json() : undefined;
      },
    },
  );
  return {
    search,
    async urls(query) {
      install(root, script);
      let last: SearchRound | undefined;
      for await (const round of search.run({ query, order })) last = round;
      return (last?.results ?? []).map(({ period, result }) => fragments.get(`/pagefind/${script}/${period.id}/`, result.id));
    },
  };
}

/** One Pagefind index for the script (the current design), by relevance as the site searches it. */
export async function singleNodeSearch(root: string, script: ScriptSegment): Promise<NodeSearch> {
  install(root, script);
  const base = `/${SINGLE_FOLDER}/${script}/`;
  const fragments = new FragmentUrls(root);
  const pagefind = (await importFresh(root, `${base}pagefind.js`, `single-${script}`)) as PagefindModule;
  await pagefind.options({ basePath: base, baseUrl: '/' });
  return {
    async urls(query) {
      install(root, script);
      const answer = await pagefind.search(query);
      return answer.results.map((result: PagefindResult) => fragments.get(base, result.id));
    },
  };
}
