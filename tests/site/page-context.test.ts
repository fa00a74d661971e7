import { describe, expect, it } from 'vitest';
import { pageContext } from '../../src/lib/site/page-context.ts';
import { hosting } from '../../src/lib/hosting/hosting.ts';

describe('pageContext', () => {
  const context = pageContext({ script: 'zh-hant', path: '/zh-hant/2024/10/13/', hosting: hosting({ site: 'https://example.github.io', base: '/wujin/' }) });

  it('knows its script from the table', () => {
    expect(context.lang).toBe('zh-Hant');
    expect(context.scriptInfo.ogLocale).toBe('zh_TW');
  });

  it('has a canonical URL on the configured site', () => {
    expect(context.canonical).toBe('https://example.github.io/wujin/zh-hant/2024/10/13/');
  });

  it('toggles to the same page in the other script, labelled in that script', () => {
    expect(context.toggle).toEqual({ href: '/wujin/zh-hans/2024/10/13/', lang: 'zh-Hans', label: '简体' });
  });

  it('puts site paths under the base, relative and absolute', () => {
    expect(context.href('/zh-hant/search/')).toBe('/wujin/zh-hant/search/');
    expect(context.absolute('/api/issues.json')).toBe('https://example.github.io/wujin/api/issues.json');
  });

  describe('in an archive split into a hub and year sites', () => {
    const split = hosting({ site: 'https://example.github.io', base: '/wujin/', yearSite: 'https://example.github.io/wujin-{year}/' });
    const issuePage = pageContext({ script: 'zh-hant', path: '/zh-hant/2024/10/13/', hosting: split });
    const home = pageContext({ script: 'zh-hans', path: '/zh-hans/', hosting: split });

    it('is served by its year’s site, with its canonical URL there', () => {
      expect(issuePage.site).toBe('2024');
      expect(issuePage.canonical).toBe('https://example.github.io/wujin-2024/zh-hant/2024/10/13/');
      expect(home.site).toBe('hub');
      expect(home.canonical).toBe('https://example.github.io/wujin/zh-hans/');
    });

    it('links within its own site under that site’s path, and to another site absolutely', () => {
      expect(issuePage.href('/zh-hant/2024/10/13/3/')).toBe('/wujin-2024/zh-hant/2024/10/13/3/');
      expect(issuePage.href('/seeds/2024-10-13/002_x.txt')).toBe('/wujin-2024/seeds/2024-10-13/002_x.txt');
      expect(issuePage.href('/zh-hant/')).toBe('https://example.github.io/wujin/zh-hant/');
      expect(issuePage.href('/zh-hant/2023/12/31/')).toBe('https://example.github.io/wujin-2023/zh-hant/2023/12/31/');
      expect(home.href('/zh-hans/2024/10/13/')).toBe('https://example.github.io/wujin-2024/zh-hans/2024/10/13/');
      expect(home.href('/zh-hans/search/')).toBe('/wujin/zh-hans/search/');
    });

    it('toggles to the other script on the same site', () => {
      expect(issuePage.toggle.href).toBe('/wujin-2024/zh-hans/2024/10/13/');
    });
  });
});
