import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { folderSize, pageWeight, periodSaveSizes } from '../../src/lib/bench/site-size.ts';

const dist = mkdtempSync(join(tmpdir(), 'bench-weight-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
};
const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).byteLength;

const css = 'body { color: #222; } '.repeat(20);
const entry = 'import{a}from"./chunk.B1.js";a();';
const chunk = 'export function a(){console.log("chunk")}';
const lazy = 'export const never = 1;';
const html = `<!doctype html><html><head><link rel="stylesheet" href="/base/_astro/site.css"><script type="module" src="/base/_astro/entry.A1.js"></script></head><body><p>文章</p><script>import("/base/_astro/lazy.js")</script></body></html>`;
write('_astro/site.css', css);
write('_astro/entry.A1.js', entry);
write('_astro/chunk.B1.js', chunk);
write('_astro/lazy.js', lazy);
write('zh-hans/2024/10/13/3/index.html', html);

describe('page weight', () => {
  it('counts the HTML, its stylesheets and the module scripts it imports, gzip-compressed, not lazy imports', () => {
    const weight = pageWeight(dist, '/base/', '/zh-hans/2024/10/13/3/');
    expect(weight.htmlGzip).toBe(gz(html));
    expect(weight.cssGzip).toBe(gz(css));
    expect(weight.jsGzip).toBe(gz(entry) + gz(chunk));
    expect(weight.readingGzip).toBe(gz(html) + gz(css));
  });

  it('sizes a folder by its files’ bytes', () => {
    expect(folderSize(join(dist, '_astro'))).toEqual({ files: 4, bytes: css.length + entry.length + chunk.length + lazy.length });
  });
});

describe('periodSaveSizes', () => {
  const part = (id: string, bytes: number, articles?: number) => ({ id, save: `zh-hans/${id}`, ...(articles === undefined ? {} : { from: `${id}-01`, to: `${id}-28`, articles }), files: bytes / 100, bytes, list: `offline/zh-hans/${id}.json` });

  it('gives the base and the median and largest whole month, leaving out a month only begun', () => {
    const sizes = periodSaveSizes({
      version: 1,
      build: 'b',
      script: 'zh-hans',
      parts: [part('base', 2_000), part('2006-11', 500, 95), part('2006-10', 30_000, 2_200), part('2006-09', 28_000, 2_300), part('2006-08', 33_000, 2_290)],
    });
    expect(sizes).toEqual({ periods: 3, baseBytes: 2_000, medianBytes: 30_000, largest: { id: '2006-08', bytes: 33_000, files: 330 } });
  });
});
