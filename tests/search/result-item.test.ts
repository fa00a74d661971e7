import { describe, expect, it } from 'vitest';
import { resultItemSpec, resultMeta, type ElementSpec, type ResultItemOptions } from '../../src/lib/search/result-item.ts';

/** What the browser's outerHTML gives for the item (text and attributes escaped as it does). */
function html(node: ElementSpec | string): string {
  if (typeof node === 'string') return node.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
  const attributes = Object.entries(node.attributes).map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
  return `<${node.tag}${attributes.join('')}>${node.children.map(html).join('')}</${node.tag}>`;
}

const searchPage: ResultItemOptions = { layout: 'card', pageLabel: '第{page}版', kindLabels: { news: '新闻', commentary: '评论', photo: '图片' } };
const embed: ResultItemOptions = { layout: 'compact', pageLabel: '第{page}版', newTabFrom: 'http://127.0.0.1:4321/wujin-archive/' };

const article = {
  url: '/wujin-archive/zh-hans/2024/07/27/1/',
  excerpt: '因地制宜<mark>发展</mark>新质生产力 谱写高质量<mark>发展</mark>的崭新篇章.',
  meta: { title: '因地制宜发展新质生产力 谱写高质量发展的崭新篇章', date: '2024-07-27', page: '1', kind: 'news', authors: '朱梦琪' },
};

describe('a result on the search page', () => {
  it('is an article card: link in an h2, date · page · kind · authors, lead excerpt with marks', () => {
    // As the search page rendered it before the shared renderer (captured from Chromium).
    expect(html(resultItemSpec(article, searchPage))).toBe(
      '<li class="article-card search-result"><h2><a href="/wujin-archive/zh-hans/2024/07/27/1/">因地制宜发展新质生产力 谱写高质量发展的崭新篇章</a></h2>' +
        '<p class="meta">2024-07-27 · 第1版 · 新闻 · 朱梦琪</p>' +
        '<p class="lead">因地制宜<mark>发展</mark>新质生产力 谱写高质量<mark>发展</mark>的崭新篇章.</p></li>',
    );
  });
});

describe('a result in the embed', () => {
  it('is a bare item: absolute link opening a new tab, date · page, plain excerpt with marks', () => {
    expect(html(resultItemSpec(article, embed))).toBe(
      '<li><a href="http://127.0.0.1:4321/wujin-archive/zh-hans/2024/07/27/1/" target="_blank" rel="noopener">因地制宜发展新质生产力 谱写高质量发展的崭新篇章</a>' +
        '<p class="meta">2024-07-27 · 第1版</p>' +
        '<p>因地制宜<mark>发展</mark>新质生产力 谱写高质量<mark>发展</mark>的崭新篇章.</p></li>',
    );
  });
});

describe('resultMeta', () => {
  it('leaves out what a page does not have', () => {
    expect(resultMeta({ date: '2024-01-13' }, searchPage)).toBe('2024-01-13');
    expect(resultMeta({ page: '2', authors: '蒋雯、史莲寅' }, searchPage)).toBe('第2版 · 蒋雯、史莲寅');
    expect(resultMeta({ date: '2024-01-13', kind: 'unknown' }, searchPage)).toBe('2024-01-13');
    expect(resultMeta({}, embed)).toBe('');
  });

  it('shows kind and authors only with kind labels', () => {
    expect(resultMeta(article.meta, embed)).toBe('2024-07-27 · 第1版');
    expect(resultMeta({ ...article.meta, kind: 'photo' }, searchPage)).toBe('2024-07-27 · 第1版 · 图片 · 朱梦琪');
  });
});

describe('hostile text', () => {
  const hostile = {
    url: '/wujin-archive/zh-hans/2024/01/13/1/?a=1&b=2',
    excerpt: '写了 &lt;img src=x <mark>onerror</mark>=alert(1)&gt; &amp; &lt;script&gt;',
    meta: { title: '<img src=x onerror=alert(1)>', date: '2024-01-13', page: '<b>1</b>', authors: '<script>alert(1)</script>' },
  };

  it('stays text in every part of the item: only the renderer makes elements', () => {
    const spec = resultItemSpec(hostile, searchPage);
    const tags: string[] = [];
    const walk = (node: ElementSpec | string) => {
      if (typeof node === 'string') return;
      tags.push(node.tag);
      node.children.forEach(walk);
    };
    walk(spec);
    expect(tags).toEqual(['li', 'h2', 'a', 'p', 'p', 'mark']);
    expect(html(spec)).toBe(
      '<li class="article-card search-result"><h2><a href="/wujin-archive/zh-hans/2024/01/13/1/?a=1&amp;b=2">&lt;img src=x onerror=alert(1)&gt;</a></h2>' +
        '<p class="meta">2024-01-13 · 第&lt;b&gt;1&lt;/b&gt;版 · &lt;script&gt;alert(1)&lt;/script&gt;</p>' +
        '<p class="lead">写了 &lt;img src=x <mark>onerror</mark>=alert(1)&gt; &amp; &lt;script&gt;</p></li>',
    );
  });
});

describe('links', () => {
  it('falls back to the URL when a page has no title', () => {
    const spec = resultItemSpec({ ...article, meta: {} }, searchPage);
    expect(html(spec)).toContain('<a href="/wujin-archive/zh-hans/2024/07/27/1/">/wujin-archive/zh-hans/2024/07/27/1/</a>');
  });

  it('resolves against the archive in the embed, whatever the URL’s form', () => {
    const link = (url: string) => ((resultItemSpec({ ...article, url }, embed).children[0] as ElementSpec).attributes.href);
    expect(link('/wujin-archive/zh-hant/2024/10/13/3/')).toBe('http://127.0.0.1:4321/wujin-archive/zh-hant/2024/10/13/3/');
    expect(link('zh-hant/2024/10/13/3/')).toBe('http://127.0.0.1:4321/wujin-archive/zh-hant/2024/10/13/3/');
    expect(link('https://archive.example/wujin-archive/zh-hant/')).toBe('https://archive.example/wujin-archive/zh-hant/');
  });
});
