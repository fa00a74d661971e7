/**
 * One period's index as the archive serves it, written from the files Pagefind made for it: the
 * runtime (the same for every index) is set aside to be written once at the top, the entry names
 * the shared runtime's wasm, a one-line worker loads the shared worker, and the words of its
 * index chunks are read back for the routing table. Runs in the Pagefind pool's workers, so that
 * periods are written side by side as they are indexed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { wordsOfIndexChunk } from './pagefind-files.ts';

export interface IndexedFile {
  path: string;
  content: Uint8Array;
}

/** Files of Pagefind's runtime, the same for every index: written once, at the top. */
export const RUNTIME_FILE = /^(?:pagefind(?:-[a-z-]+)?\.(?:js|css)|wasm\.[a-z-]+\.pagefind|playground\/.*)$/;
/** The runtime files the archive serves (not Pagefind's own UI). */
export const RUNTIME_SERVED = new Set(['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind']);

/**
 * One-line worker for each period folder: Pagefind starts its worker from the first instance's
 * folder, and every instance shares it (see the contract test).
 */
export const WORKER_STUB = 'importScripts("../../pagefind-worker.js");\n';

/**
 * Pagefind fetches `${basePath}wasm.${entry.languages[lang].wasm ?? 'unknown'}.pagefind`: naming
 * the shared runtime's wasm by a relative path makes every period load the same file.
 */
export const SHARED_WASM = 'x/../../../wasm.unknown';

/**
 * Pages per fragment file. Pagefind writes a file per page for what a result shows; grouped two
 * by two (Pagefind's `maxFragments`, pages in the order they are added, so an issue's articles
 * share files), the archive has one such file per article instead of two (both scripts) and
 * stays within its five files per article, while a page of ten results fetches about 17 KB
 * where it fetched 10 KB.
 */
export const PAGES_PER_FRAGMENT_FILE = 2;

/** The `maxFragments` of a period's index. */
export const maxFragmentsFor = (pages: number) => Math.max(1, Math.ceil(pages / PAGES_PER_FRAGMENT_FILE));

export interface WrittenPeriod {
  /** The runtime files the archive serves, as this index came with them. */
  runtime: IndexedFile[];
  /** Each word of the index with the number of its pages that hold it. */
  words: Array<[string, number]>;
}

export function writePeriodIndex(files: readonly IndexedFile[], folder: string): WrittenPeriod {
  const runtime: IndexedFile[] = [];
  const words = new Map<string, number>();
  for (const file of files) {
    if (RUNTIME_FILE.test(file.path)) {
      if (RUNTIME_SERVED.has(file.path)) runtime.push(file);
      continue;
    }
    if (file.path.startsWith('index/')) for (const [word, pages] of wordsOfIndexChunk(file.content, file.path)) words.set(word, pages);
    writeFile(join(folder, file.path), file.path === 'pagefind-entry.json' ? sharedWasmEntry(file.content) : file.content);
  }
  writeFile(join(folder, 'pagefind-worker.js'), WORKER_STUB);
  return { runtime, words: [...words] };
}

function sharedWasmEntry(content: Uint8Array): string {
  const entry = JSON.parse(new TextDecoder().decode(content)) as { languages: Record<string, { wasm: string | null }> };
  for (const language of Object.values(entry.languages)) language.wasm = SHARED_WASM;
  return JSON.stringify(entry);
}

export function writeFile(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
