import { describe, expect, it } from 'vitest';
import { pageContext } from '../../src/lib/site/page-context.ts';

describe('pageContext', () => {
  const context = pageContext({ script: 'zh-hant', path: '/zh-hant/2024/10/13/', base: '/wujin/', site: 'https://example.github.io' });

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
});
