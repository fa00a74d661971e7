import { describe, expect, it } from 'vitest';
import { checkPublishingAddress, hosting, hostingSettings, isCopiedToYearSites, servesPath, siteOfPath, sitesOf } from '../../src/lib/hosting/hosting.ts';

describe('siteOfPath: which site serves a path when the archive is split', () => {
  it('gives a year’s site what is dated within it', () => {
    for (const path of [
      '/zh-hans/2024/10/',
      '/zh-hant/2024/10/13/',
      '/zh-hans/2024/10/13/3/',
      '/zh-hans/people/陆新/2024/10/',
      '/zh-hans/people/%E9%99%86%E6%96%B0/2024/10/',
      '/api/issues/2024-10-13.json',
      '/api/oembed/2024-10-13-003.json',
      '/api/years/2024.json',
      '/data/2024/articles.jsonl.gz',
      '/data/2024/articles.csv',
      '/oai/2024.xml',
      '/oai/2024-03.xml',
      '/oai/2024-03-05-2.xml',
      '/seeds/2024-10-13/002_x.txt',
      '/pagefind/zh-hans/2024-10/pagefind-entry.json',
      '/pagefind/zh-hant/2024-10b/index/x.pf_index',
      '/zh-hans/2024/search/',
      '/zh-hant/2024/offline/',
      '/zh-hant/2024/offline/unavailable/',
    ]) {
      expect(siteOfPath(path), path).toBe('2024');
    }
  });

  it('keeps on the hub what the whole archive shares', () => {
    for (const path of [
      '/',
      '/zh-hans/',
      '/zh-hans/2024/',
      '/zh-hans/people/',
      '/zh-hans/people/陆新/',
      '/zh-hans/search/',
      '/zh-hans/search/query-map.json',
      '/zh-hans/data/',
      '/zh-hans/feed.xml',
      '/api/issues.json',
      '/pagefind/pagefind.js',
      '/pagefind/zh-hans/periods.json',
      '/pagefind/zh-hans/routes/53d1.json',
      '/offline/zh-hans.json',
      '/offline/zh-hans/parts.json',
      '/offline/zh-hans/base.json',
      '/_astro/index.Bx1.css',
      '/embed/article/',
      '/sitemap-index.xml',
    ]) {
      expect(siteOfPath(path), path).toBe('hub');
    }
  });
});

describe('what a year’s site serves beyond its own files', () => {
  const split = hosting({ site: 'https://example.github.io', base: '/wujin/', yearSite: 'https://example.github.io/wujin-{year}/' });

  it('copies the hub’s search files and 404 page, so that its own search works offline', () => {
    const copied = ['/404.html', '/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/wasm.unknown.pagefind', '/pagefind/zh-hans/periods.json', '/pagefind/zh-hant/routes/53d1.json', '/zh-hant/search/query-map.json'];
    const notCopied = ['/zh-hans/search/', '/zh-hans/', '/_astro/index.Bx1.css', '/offline/zh-hans.json', '/pagefind/zh-hans/2024-10/pagefind-entry.json', '/icons/favicon-32.png'];
    expect(copied.filter((path) => !isCopiedToYearSites(path))).toEqual([]);
    expect(notCopied.filter(isCopiedToYearSites)).toEqual([]);
    const by2024 = servesPath(split, '2024');
    expect([...copied, '/zh-hans/2024/10/13/', '/zh-hans/2024/search/'].filter((path) => !by2024(path))).toEqual([]);
    expect(['/zh-hans/2023/12/30/', '/zh-hans/search/', '/pagefind/zh-hans/2023-12/pagefind-entry.json'].filter(by2024)).toEqual([]);
    // The hub serves its own files only: the year sites' copies are of its files.
    expect(['/zh-hans/2024/10/13/', '/zh-hans/2024/search/'].filter(servesPath(split, 'hub'))).toEqual([]);
  });
});

describe('hosting', () => {
  it('is one site, the hub, without YEAR_SITE_URL', () => {
    const one = hosting(hostingSettings({ SITE_URL: 'https://example.github.io', BASE_PATH: '/wujin/' }));
    expect(one.split).toBe(false);
    expect(one.siteOf('/zh-hans/2024/10/13/')).toBe('hub');
    expect(one.absolute('/zh-hans/2024/10/13/')).toBe('https://example.github.io/wujin/zh-hans/2024/10/13/');
    expect(one.rootOf('2024')).toBe('https://example.github.io/wujin/');
  });

  it('serves each year from its own site with YEAR_SITE_URL', () => {
    const split = hosting(hostingSettings({ SITE_URL: 'https://example.github.io', BASE_PATH: '/wujin', YEAR_SITE_URL: 'https://wujin-{year}.example.org/' }));
    expect(split.split).toBe(true);
    expect(split.rootOf('hub')).toBe('https://example.github.io/wujin/');
    expect(split.rootOf('2024')).toBe('https://wujin-2024.example.org/');
    expect(split.absolute('/zh-hans/2024/10/13/3/')).toBe('https://wujin-2024.example.org/zh-hans/2024/10/13/3/');
    expect(split.absolute('/zh-hans/search/')).toBe('https://example.github.io/wujin/zh-hans/search/');
  });

  it('refuses a year site setting that cannot work, naming the variable', () => {
    const settings = (yearSite: string) => () => hosting({ site: 'https://example.github.io', base: '/wujin/', yearSite });
    expect(settings('https://example.github.io/wujin-2024/')).toThrow(/YEAR_SITE_URL=.*no \{year\}/);
    expect(settings('example.github.io/wujin-{year}/')).toThrow(/YEAR_SITE_URL=.*http\(s\) URL ending in \//);
    expect(settings('https://example.github.io/wujin-{year}')).toThrow(/ending in \//);
  });

  it('lists the sites an archive publishes: the hub alone, or the hub and each year', () => {
    const dates = ['2024-10-13', '2023-12-30', '2024-01-13'];
    expect(sitesOf(hosting({ site: 'https://example.github.io', base: '/' }), dates)).toEqual(['hub']);
    expect(sitesOf(hosting({ site: 'https://example.github.io', base: '/', yearSite: 'https://example.github.io/wujin-{year}/' }), dates)).toEqual(['hub', '2023', '2024']);
  });
});

describe('checkPublishingAddress', () => {
  it('refuses a build in CI or for production without SITE_URL, saying what it would break and what to set', () => {
    expect(() => checkPublishingAddress({ CI: 'true' })).toThrow(/SITE_URL is not set\. .*http:\/\/localhost:4321\/.*Set SITE_URL/);
    expect(() => checkPublishingAddress({ NODE_ENV: 'production' })).toThrow(/SITE_URL is not set/);
  });

  it('lets a local build go on without it, and any build with it', () => {
    expect(() => checkPublishingAddress({})).not.toThrow();
    expect(() => checkPublishingAddress({ CI: 'false' })).not.toThrow();
    expect(() => checkPublishingAddress({ CI: 'true', SITE_URL: 'https://example.github.io' })).not.toThrow();
  });
});
