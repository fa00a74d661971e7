/**
 * One Pagefind service in a worker thread (see pagefind-pool.ts): indexes the pages it is sent,
 * read from their files, writes the index into the period's folder (period-index.ts) and answers
 * with what the main thread needs of it. Pagefind's Node API keeps one service per module
 * instance, and each service indexes on one core.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { maxFragmentsFor, writePeriodIndex, type IndexedFile } from './period-index.ts';
import { pagefindInput } from './pagefind-input.ts';

interface IndexTask {
  type: 'index';
  id: number;
  pages: Array<{ url: string; file: string }>;
  folder: string;
}

parentPort!.on('message', (message: IndexTask | { type: 'close' }) => {
  if (message.type === 'close') {
    void pagefind.close().then(() => parentPort!.close());
    return;
  }
  // While indexing, only Pagefind's process keeps the worker alive: if it dies without answering
  // (as when it panics), its Node API waits forever, and the worker exits instead of hanging.
  parentPort!.unref();
  indexPages(message.pages)
    .then(
      (files) => parentPort!.postMessage({ id: message.id, written: writePeriodIndex(files, message.folder) }),
      (error: unknown) => parentPort!.postMessage({ id: message.id, error: (error as Error).message ?? String(error) }),
    )
    .finally(() => parentPort!.ref());
});

async function indexPages(pages: IndexTask['pages']): Promise<IndexedFile[]> {
  const { index, errors } = await pagefind.createIndex({ maxFragments: maxFragmentsFor(pages.length) });
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: page.url, content: pagefindInput(readFileSync(page.file, 'utf8')) });
      if (added.errors.length > 0) throw new Error(`pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.getFiles();
    if (written.errors.length > 0) throw new Error(`pagefind could not write an index: ${written.errors.join('; ')}`);
    return written.files;
  } finally {
    await index.deleteIndex();
  }
}
