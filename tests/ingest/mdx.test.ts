import { describe, expect, it } from 'vitest';
import { parseArticleMdx, renderArticleMdx } from '../../src/lib/ingest/mdx.ts';

const hostile = [
  '{props.title} 和 {"json": 1}',
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  "import x from 'y'",
  'export const a = 1;',
  '<!-- 注释 -->',
  '# 井号 > 引用 - 列表 1. 数字 * 星号 _ 下划线 ` 反引号 [链接](http://example.com) &amp; \\反斜杠\\ | 竖线 |',
  '</p>{"}"}</p>',
  'line\u2028separator and "quotes"',
];

describe('article files', () => {
  it('round-trips any text, front matter and body', () => {
    const article = { frontMatter: { id: '2024-10-13-001', title: '标题：{x} <b>', authors: ['朱梦琪'], order: 1 }, paragraphs: hostile };
    const source = renderArticleMdx(article);
    expect(parseArticleMdx(source)).toEqual(article);
  });

  it('writes every paragraph as a JSON string inside a JSX expression', () => {
    const source = renderArticleMdx({ frontMatter: { id: 'x' }, paragraphs: hostile });
    const body = source.split('---\n')[2]!.trim().split('\n').filter(Boolean);
    expect(body).toHaveLength(hostile.length);
    for (const line of body) expect(line).toMatch(/^<p>\{".*"\}<\/p>$/);
  });

  it('omits absent optional fields', () => {
    expect(renderArticleMdx({ frontMatter: { id: 'x', kicker: undefined }, paragraphs: [] })).not.toContain('kicker');
  });

  it('refuses a file it did not write', () => {
    expect(() => parseArticleMdx('---\nid: "x"\n---\n\nplain markdown\n')).toThrow(/not a paragraph/);
  });
});
