/**
 * The real pagefind.js and wasm of a built bundle, run in Node (Pagefind's main-thread path: Node
 * has no `window`, so no worker). Pagefind reads `<html lang>` from a stand-in document and
 * fetches through a stand-in `fetch` that serves files from a folder, resolving `..` segments
 * the way a browser's URL parser does; every path asked for is recorded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PartitionLoaders, PagefindRuntime } from '../../src/lib/search/partitioned.ts';
import type { Pagefind } from '../../src/lib/search/pagefind.ts';

export interface PagefindInNode {
  /** Paths fetched (after dot-segment resolution), in order. */
  fetched: string[];
  /** The same, with their query strings. */
  requested: string[];
  /** The `<html lang>` Pagefind reads; set it before creating an instance. */
  setLang(lang: string): void;
  /** Loaders for PartitionedSearch: pagefind.js imported as its own module instance. */
  loaders: PartitionLoaders;
  /** pagefind.js under `bundlePath` (`/pagefind-single/pagefind.js`) as a separate module instance. */
  importBundle(bundlePath: string): Promise<Pagefind & PagefindRuntime>;
}

let copies = 0;

/** Serves `root` as the site's root folder (`/pagefind/…` is `root/pagefind/…`). */
export function pagefindInNode(root: string, lang: string): PagefindInNode {
  const fetched: string[] = [];
  const requested: string[] = [];
  const state = { lang };
  // `<html lang>`, as pagefind.js reads it and as PartitionedSearch switches it while it creates an instance.
  const html = {
    getAttribute: () => state.lang,
    setAttribute: (_name: string, value: string) => void (state.lang = value),
    removeAttribute: () => void (state.lang = ''),
  };
  (globalThis as { document?: unknown }).document = { currentScript: null, documentElement: html, querySelector: () => html };
  const serve = async (url: string | URL | Request): Promise<Response> => {
    const parsed = new URL(String(url), 'http://archive.test/');
    const path = decodeURIComponent(parsed.pathname);
    fetched.push(path);
    requested.push(`${path}${parsed.search}`);
    const file = join(root, path);
    return existsSync(file) ? new Response(readFileSync(file)) : new Response('not found', { status: 404 });
  };
  globalThis.fetch = serve as typeof fetch;
  const importBundle = async (bundlePath: string) => {
    // A query makes a separate module instance: its own wasm, as a separate page would have.
    const url = `${pathToFileURL(join(root, bundlePath)).href}?copy=${copies++}`;
    return (await import(/* @vite-ignore */ url)) as Pagefind & PagefindRuntime;
  };
  return {
    fetched,
    requested,
    setLang: (next) => void (state.lang = next),
    importBundle,
    loaders: {
      importRuntime: async (url) => importBundle(url),
      fetchJson: async (url) => {
        const response = await serve(url);
        return response.ok ? response.json() : undefined;
      },
    },
  };
}
