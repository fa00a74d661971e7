import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPagefindPool, type PagefindPool } from '../../src/lib/search/pagefind-pool.ts';
import { fragmentsOfFile } from '../../src/lib/search/pagefind-files.ts';
import { SHARED_WASM, WORKER_STUB } from '../../src/lib/search/period-index.ts';

const work = mkdtempSync(join(tmpdir(), 'pagefind-pool-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs with a pool of `size` services, closed after whatever happens. */
async function withPool(size: number, run: (pool: PagefindPool) => Promise<void>): Promise<void> {
  const pool = createPagefindPool(size);
  try {
    await run(pool);
  } finally {
    await pool.close();
  }
}

function page(name: string, body: string): { url: string; file: string } {
  const file = join(work, `${name}.html`);
  writeFileSync(file, `<!doctype html><html lang="zh-Hans"><head><title>${name}</title></head><body><main data-pagefind-body><h1>${name}</h1><p>${body}</p></main></body></html>`);
  return { url: `/${name}/`, file };
}

describe('the Pagefind pool', () => {
  it('indexes periods side by side, each into its own folder, with the words of each', async () => {
    await withPool(2, async (pool) => {
      const [autumn, winter] = await Promise.all([
        pool.index([page('autumn', '武进区召开秋粮收购工作会议')], join(work, 'autumn-index')),
        pool.index([page('winter', '常州冬季供暖保障有力')], join(work, 'winter-index')),
      ]);
      for (const folder of ['autumn-index', 'winter-index']) {
        const entry = JSON.parse(readFileSync(join(work, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string }> };
        expect(Object.values(entry.languages).map((l) => l.wasm)).toEqual([SHARED_WASM]);
        expect(readFileSync(join(work, folder, 'pagefind-worker.js'), 'utf8')).toBe(WORKER_STUB);
        expect(existsSync(join(work, folder, 'pagefind.js'))).toBe(false);
      }
      expect(autumn.runtime.map((f) => f.path).sort()).toEqual(['pagefind-worker.js', 'pagefind.js', 'wasm.unknown.pagefind']);
      const words = (written: typeof autumn) => written.words.map(([word]) => word);
      expect(words(autumn).join(' ')).toContain('秋粮');
      expect(words(autumn).join(' ')).not.toContain('供暖');
      expect(words(winter).join(' ')).toContain('供暖');
    });
  }, 60_000);

  it('writes the fragments of an index two pages to a file, in the order the pages came, and every page can be read back', async () => {
    await withPool(1, async (pool) => {
      const pages = ['一版', '二版', '三版', '四版', '五版'].map((name, i) => page(`issue-${i}`, `${name}新闻`));
      await pool.index(pages, join(work, 'grouped-index'));
      const folder = join(work, 'grouped-index', 'fragment');
      const files = readdirSync(folder);
      expect(files).toHaveLength(3);
      const fragments = files.map((name) => [...fragmentsOfFile(readFileSync(join(folder, name)), name).values()].map((f) => f.url).sort());
      expect(fragments.sort((a, b) => a[0]!.localeCompare(b[0]!))).toEqual([['/issue-0/', '/issue-1/'], ['/issue-2/', '/issue-3/'], ['/issue-4/']]);
    });
  }, 60_000);

  it('reports a page it cannot read, naming it, and goes on indexing', async () => {
    await withPool(1, async (pool) => {
      const missing = join(work, 'missing.html');
      await expect(pool.index([{ url: '/missing/', file: missing }], join(work, 'missing-index'))).rejects.toThrow(missing);
      const next = await pool.index([page('spring', '春耕备耕')], join(work, 'spring-index'));
      expect(next.words.length).toBeGreaterThan(0);
    });
  }, 60_000);
});
