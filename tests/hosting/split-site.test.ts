import { describe, expect, it } from 'vitest';
import { hosting } from '../../src/lib/hosting/hosting.ts';
import { splitFiles, splitSitemaps } from '../../src/lib/hosting/split-site.ts';

const split = hosting({ site: 'https://example.github.io', base: '/wujin/', yearSite: 'https://example.github.io/wujin-{year}/' });

describe('splitFiles', () => {
  const files = [
    'index.html',
    '404.html',
    '_astro/index.B1.css',
    'zh-hans/index.html',
    'zh-hans/2024/index.html',
    'zh-hans/2024/10/index.html',
    'zh-hans/2024/10/13/index.html',
    'zh-hant/2023/12/31/2/index.html',
    'seeds/2023-12-31/001_x.txt',
    'api/issues.json',
    'api/issues/2024-10-13.json',
    'pagefind/pagefind.js',
    'pagefind/zh-hans/periods.json',
    'pagefind/zh-hans/2023-12/pagefind-entry.json',
    'sitemap-index.xml',
    'sitemap-0.xml',
  ];
  const { files: bySite, sitemaps } = splitFiles(files, split);

  it('puts each file on the site that serves it, the hub first and the years oldest first', () => {
    expect([...bySite.keys()]).toEqual(['hub', '2023', '2024']);
    expect(bySite.get('hub')).toEqual(['index.html', '404.html', '_astro/index.B1.css', 'zh-hans/index.html', 'zh-hans/2024/index.html', 'api/issues.json', 'pagefind/pagefind.js', 'pagefind/zh-hans/periods.json']);
    // A year's site also serves copies of the hub's search files (hosting.ts, isCopiedToYearSites).
    const copies = ['404.html', 'pagefind/pagefind.js', 'pagefind/zh-hans/periods.json'];
    expect(bySite.get('2023')).toEqual(['zh-hant/2023/12/31/2/index.html', 'seeds/2023-12-31/001_x.txt', 'pagefind/zh-hans/2023-12/pagefind-entry.json', ...copies]);
    expect(bySite.get('2024')).toEqual(['zh-hans/2024/10/index.html', 'zh-hans/2024/10/13/index.html', 'api/issues/2024-10-13.json', ...copies]);
  });

  it('sets the sitemaps aside: each site gets its own', () => {
    expect(sitemaps).toEqual(['sitemap-index.xml', 'sitemap-0.xml']);
  });
});

describe('splitSitemaps', () => {
  const entry = (path: string, twin: string) =>
    `<url><loc>https://example.github.io/wujin${path}</loc><xhtml:link rel="alternate" hreflang="zh-Hans" href="https://example.github.io/wujin${path}"/><xhtml:link rel="alternate" hreflang="zh-Hant" href="https://example.github.io/wujin${twin}"/></url>`;
  const built = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${entry('/zh-hans/', '/zh-hant/')}${entry('/zh-hans/2024/10/13/', '/zh-hant/2024/10/13/')}${entry('/zh-hans/2023/12/31/', '/zh-hant/2023/12/31/')}</urlset>`;
  const sitemaps = splitSitemaps([built], 'https://example.github.io/wujin/', split);

  it('gives each site the entries of its own pages, at its own address, alternates included', () => {
    expect([...sitemaps.keys()].sort()).toEqual(['2023', '2024', 'hub']);
    const year = sitemaps.get('2024')!.get('sitemap-0.xml')!;
    expect(year).toContain('<loc>https://example.github.io/wujin-2024/zh-hans/2024/10/13/</loc>');
    expect(year).toContain('href="https://example.github.io/wujin-2024/zh-hant/2024/10/13/"');
    expect(year).not.toContain('2023/12/31');
    expect(year).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(sitemaps.get('hub')!.get('sitemap-0.xml')).toContain('<loc>https://example.github.io/wujin/zh-hans/</loc>');
  });

  it('writes each site a sitemap index of its own sitemaps', () => {
    expect(sitemaps.get('2023')!.get('sitemap-index.xml')).toContain('<loc>https://example.github.io/wujin-2023/sitemap-0.xml</loc>');
  });
});
