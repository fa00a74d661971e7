import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { pagefindInput } from '../../src/lib/search/pagefind-input.ts';

/** An article page as the build writes it (zh-hant, with related articles, the 纠错 link and the share panel). */
const articlePage = readFileSync(new URL('./fixtures/article-page.html', import.meta.url), 'utf8');

/** The files Pagefind writes for these pages, by path (its content hashes name them). */
async function indexOf(pages: ReadonlyArray<{ url: string; content: string }>): Promise<Map<string, string>> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  for (const page of pages) expect((await index.addHTMLFile(page)).errors).toEqual([]);
  const { files } = await index.getFiles();
  await index.deleteIndex();
  return new Map(files.map((file) => [file.path, Buffer.from(file.content).toString('base64')]));
}

afterAll(() => pagefind.close());

describe('what Pagefind is sent of a page', () => {
  it('is the <html> tag and the article, without the head, the site header and footer', () => {
    const input = pagefindInput(articlePage);
    expect(input.length).toBeLessThan(articlePage.length * 0.7);
    expect(input).toMatch(/^<!DOCTYPE html><html lang="zh-Hant"[^>]*><body><article class="article" data-pagefind-body[\s\S]*<\/article><\/body><\/html>$/);
    expect(input).not.toContain('<head>');
    expect(input).not.toContain('application/ld+json');
    expect(input).not.toContain('site-footer');
  });

  it('gives Pagefind the same index, byte for byte, as the whole page', async () => {
    const whole = await indexOf([{ url: '/zh-hant/2005/02/26/4/', content: articlePage }]);
    const trimmed = await indexOf([{ url: '/zh-hant/2005/02/26/4/', content: pagefindInput(articlePage) }]);
    expect(trimmed.size).toBeGreaterThan(3);
    expect(trimmed).toEqual(whole);
  });

  it('keeps nested elements of the body’s own kind inside it', () => {
    const page = '<html lang="zh-Hans"><head></head><body><div data-pagefind-body><div><p>甲</p></div><p>乙</p></div><div>页脚</div></body></html>';
    expect(pagefindInput(page)).toBe('<!DOCTYPE html><html lang="zh-Hans"><body><div data-pagefind-body><div><p>甲</p></div><p>乙</p></div></body></html>');
  });

  it.each([
    ['without a body element', '<html lang="zh-Hans"><body><h1>甲</h1></body></html>'],
    ['with two', '<html lang="zh-Hans"><body><main data-pagefind-body>甲</main><aside data-pagefind-body>乙</aside></body></html>'],
    ['with a filter outside the body', '<html lang="zh-Hans"><body><span data-pagefind-filter="版">1</span><main data-pagefind-body>甲</main></body></html>'],
    ['whose body is never closed', '<html lang="zh-Hans"><body><main data-pagefind-body>甲</body></html>'],
  ])('is the whole page %s', (_, page) => {
    expect(pagefindInput(page)).toBe(page);
  });
});
