import { describe, expect, it } from 'vitest';
import { hosting } from '../../src/lib/hosting/hosting.ts';
import {
  articlePath,
  embedArticlePath,
  embedSearchPath,
  issuePath,
  offlineListPath,
  personPath,
  queryMapPath,
  relativeToBase,
  siteUrls,
  switchScript,
  withBase,
  withoutBase,
} from '../../src/lib/archive/routes.ts';

describe('base path', () => {
  it.each([
    ['/', '/zh-hans/', '/zh-hans/'],
    ['/wujin/', '/zh-hans/', '/wujin/zh-hans/'],
    ['/wujin', 'zh-hans/', '/wujin/zh-hans/'],
    ['/wujin/', '/', '/wujin/'],
  ])('withBase(%s, %s) = %s', (base, path, expected) => expect(withBase(base, path)).toBe(expected));

  it('takes the base off a pathname, and says when a pathname is outside it', () => {
    expect(withoutBase('/wujin/', '/wujin/zh-hant/2024/')).toBe('/zh-hant/2024/');
    expect(withoutBase('/wujin/', '/wujin')).toBe('/');
    expect(withoutBase('/wujin/', '/other/')).toBeUndefined();
  });

  it('makes absolute URLs under the base', () => {
    expect(hosting({ site: 'https://example.github.io', base: '/wujin/' }).absolute('/zh-hans/')).toBe('https://example.github.io/wujin/zh-hans/');
    expect(relativeToBase('/zh-hans/search/')).toBe('zh-hans/search/');
  });
});

describe('routes', () => {
  it('switches only the first segment to the other script', () => {
    expect(switchScript('/zh-hans/2024/10/13/3/')).toBe('/zh-hant/2024/10/13/3/');
    expect(switchScript('/zh-hant/')).toBe('/zh-hans/');
    expect(switchScript('/zh-hant/people/zh-hans/')).toBe('/zh-hans/people/zh-hans/');
    expect(switchScript('/api/issues.json')).toBe('/api/issues.json');
    expect(switchScript('/zh-hansx/')).toBe('/zh-hansx/');
  });

  it('gives issues and articles dated, readable paths', () => {
    expect(issuePath('zh-hans', '2024-10-13')).toBe('/zh-hans/2024/10/13/');
    expect(articlePath('zh-hant', '2024-10-13', 3)).toBe('/zh-hant/2024/10/13/3/');
    expect(personPath('zh-hans', '朱梦琪')).toBe('/zh-hans/people/%E6%9C%B1%E6%A2%A6%E7%90%AA/');
    expect(queryMapPath('zh-hant')).toBe('/zh-hant/search/query-map.json');
    expect(offlineListPath('zh-hans')).toBe('/offline/zh-hans.json');
  });

  it('gives the embeds the script table\'s parameter, and the card one page for every article', () => {
    expect(embedArticlePath('zh-hans', '2024-10-13-001')).toBe('/embed/article/?id=2024-10-13-001&script=hans');
    expect(embedArticlePath('zh-hant', '2024-10-13-001')).toBe('/embed/article/?id=2024-10-13-001&script=hant');
    // oEmbed's one response for both trees: the card follows the reader's languages.
    expect(embedArticlePath(undefined, '2024-10-13-001')).toBe('/embed/article/?id=2024-10-13-001');
    expect(embedSearchPath('zh-hant', '发展 签约')).toBe('/embed/search/?script=hant&q=%E5%8F%91%E5%B1%95+%E7%AD%BE%E7%BA%A6');
    expect(embedSearchPath('zh-hans')).toBe('/embed/search/?script=hans');
  });

  it('builds every absolute URL of the exports from the same site and base', () => {
    const urls = siteUrls(hosting({ site: 'https://archive.example.org', base: '/wujin/' }));
    expect(urls.root).toBe('https://archive.example.org/wujin/');
    expect(urls.home('zh-hant')).toBe('https://archive.example.org/wujin/zh-hant/');
    expect(urls.article('zh-hans', '2024-10-13', 1)).toBe('https://archive.example.org/wujin/zh-hans/2024/10/13/1/');
    expect(urls.seed('seeds/002_x.txt', '2024-10-13')).toBe('https://archive.example.org/wujin/seeds/2024-10-13/002_x.txt');
    expect(urls.embed('zh-hant', 'x')).toBe('https://archive.example.org/wujin/embed/article/?id=x&script=hant');
    expect(urls.oembed('x')).toBe('https://archive.example.org/wujin/api/oembed/x.json');
    expect(urls.issueJson('2024-10-13')).toBe('https://archive.example.org/wujin/api/issues/2024-10-13.json');
    expect(urls.oaiFile('2024.xml')).toBe('https://archive.example.org/wujin/oai/2024.xml');
  });
});
