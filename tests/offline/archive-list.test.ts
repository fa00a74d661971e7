import { describe, expect, it } from 'vitest';
import { BASE_PART, buildIdentity, contentRevision, isOfflineFileOf, offlineList, offlinePartLists, offlinePartOf, urlPathOf, type SiteFile } from '../../src/lib/offline/archive-list.ts';
import { offlinePartListPath, relativeToBase } from '../../src/lib/archive/routes.ts';

const file = (path: string, text = path): SiteFile => ({ path, bytes: new TextEncoder().encode(text).byteLength, revision: contentRevision(new TextEncoder().encode(text)) });

const site = [
  file('index.html'),
  file('zh-hans/index.html'),
  file('zh-hans/2024/10/13/3/index.html'),
  file('zh-hans/search/query-map.json'),
  file('zh-hant/2024/10/13/3/index.html'),
  file('seeds/2024-10-13/002_04e94acb881a18bc.txt'),
  file('_astro/index.Bx1.css'),
  file('pagefind/pagefind.js'),
  file('pagefind/pagefind-worker.js'),
  file('pagefind/wasm.unknown.pagefind'),
  file('pagefind/zh-hans/periods.json'),
  file('pagefind/zh-hans/routes/53d1.json'),
  file('pagefind/zh-hans/2024-10/pagefind-entry.json'),
  file('pagefind/zh-hans/2024-10/pagefind.zh-hans_4a3fc74914e3bad.pf_meta'),
  file('pagefind/zh-hans/2024-10/index/zh-hans_52ffa16.pf_index'),
  file('pagefind/zh-hans/2024-10/fragment/zh-hans_1830ac6.pf_fragment'),
  file('pagefind/zh-hant/2024-10/index/zh-hant_6ac2c2e.pf_index'),
  file('pagefind/zh-hant/2024-10/filter/zh-hant_47ffb16.pf_filter'),
];

describe('what save for offline downloads', () => {
  it('takes the script’s pages, everything of its search periods and the seed texts, nothing of the other script', () => {
    const list = offlineList('zh-hans', 'b1', site);
    expect(list.entries.map(([path]) => path)).toEqual([
      'pagefind/zh-hans/2024-10/fragment/zh-hans_1830ac6.pf_fragment',
      'pagefind/zh-hans/2024-10/index/zh-hans_52ffa16.pf_index',
      'pagefind/zh-hans/2024-10/pagefind-entry.json',
      'pagefind/zh-hans/2024-10/pagefind.zh-hans_4a3fc74914e3bad.pf_meta',
      'pagefind/zh-hans/periods.json',
      'pagefind/zh-hans/routes/53d1.json',
      'seeds/2024-10-13/002_04e94acb881a18bc.txt',
      'zh-hans/2024/10/13/3/',
      'zh-hans/',
      'zh-hans/search/query-map.json',
    ]);
    expect(list.files).toBe(10);
    expect(list.bytes).toBe(list.entries.reduce((sum, [, , bytes]) => sum + bytes, 0));
    expect(list.build).toBe('b1');
  });

  it('leaves the shell to the precache: Astro assets, Pagefind’s shared runtime, the root page', () => {
    for (const path of ['_astro/index.Bx1.css', 'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/wasm.unknown.pagefind', 'index.html']) {
      expect(isOfflineFileOf('zh-hans', path), path).toBe(false);
    }
  });

  it('names folders the way links do', () => {
    expect(urlPathOf('zh-hant/2024/index.html')).toBe('zh-hant/2024/');
    expect(urlPathOf('index.html')).toBe('');
    expect(urlPathOf('offline/zh-hans.json')).toBe('offline/zh-hans.json');
  });
});

describe('the build name', () => {
  it('stays when nothing changed, whatever the order files were read in', () => {
    expect(buildIdentity([...site].reverse())).toBe(buildIdentity(site));
  });

  it('changes when one file changes or one is added', () => {
    const changed = site.map((f) => (f.path === 'zh-hans/index.html' ? file(f.path, 'new issue') : f));
    expect(buildIdentity(changed)).not.toBe(buildIdentity(site));
    expect(buildIdentity([...site, file('zh-hans/2024/12/07/index.html')])).not.toBe(buildIdentity(site));
  });

  it('keeps a file’s revision across builds while its bytes are the same', () => {
    expect(contentRevision(new TextEncoder().encode('页面'))).toBe(contentRevision(new TextEncoder().encode('页面')));
    expect(contentRevision(new TextEncoder().encode('页面'))).not.toBe(contentRevision(new TextEncoder().encode('頁面')));
  });
});

describe('saving by period', () => {
  // October is two periods (a busy month is split at the cap), December one.
  const periods = [
    { id: '2024-12', from: '2024-12-07', to: '2024-12-07', articles: 4 },
    { id: '2024-10a', from: '2024-10-16', to: '2024-10-31', articles: 9 },
    { id: '2024-10', from: '2024-10-01', to: '2024-10-13', articles: 6 },
  ];
  const partOf = offlinePartOf(periods);
  const part = (path: string) => partOf('zh-hans', path);

  it('puts an issue, its articles, its seed texts and its period’s index in the period of its date', () => {
    expect(part('zh-hans/2024/10/13/index.html')).toBe('2024-10');
    expect(part('zh-hans/2024/10/13/3/index.html')).toBe('2024-10');
    expect(part('zh-hans/2024/10/16/1/index.html')).toBe('2024-10a');
    expect(part('seeds/2024-10-13/002_04e94acb881a18bc.txt')).toBe('2024-10');
    expect(part('pagefind/zh-hans/2024-10a/fragment/zh-hans_group_1.pf_fragment')).toBe('2024-10a');
  });

  it('gives a month’s pages (the month, a reporter’s month) to the month’s first period', () => {
    expect(part('zh-hans/2024/10/index.html')).toBe('2024-10');
    expect(part('zh-hans/people/陆新/2024/10/index.html')).toBe('2024-10');
    expect(part('zh-hans/people/陆新/2024/12/index.html')).toBe('2024-12');
  });

  it('keeps in the base what every period needs: home, years, people, search and its routing table', () => {
    for (const path of ['zh-hans/index.html', 'zh-hans/2024/index.html', 'zh-hans/people/陆新/index.html', 'zh-hans/search/index.html', 'zh-hans/search/query-map.json', 'pagefind/zh-hans/periods.json', 'pagefind/zh-hans/routes/53d1.json', 'seeds/2023-01-01/unknown.txt']) {
      expect(part(path), path).toBe(BASE_PART);
    }
  });

  it('divides the whole list into parts, each file in one, each part with its size, base first and newest first', () => {
    const files = [
      ...site,
      file('zh-hans/2024/10/16/1/index.html'),
      file('zh-hans/2024/12/07/1/index.html'),
      file('zh-hans/2024/10/index.html'),
      file('pagefind/zh-hans/2024-12/pagefind-entry.json'),
    ];
    const { index, lists } = offlinePartLists('zh-hans', 'b1', files, periods, (script, part) => relativeToBase(offlinePartListPath(script, part)));
    expect(index.parts.map((p) => p.id)).toEqual(['base', '2024-12', '2024-10a', '2024-10']);
    expect(lists.map((l) => l.script)).toEqual(['zh-hans/base', 'zh-hans/2024-12', 'zh-hans/2024-10a', 'zh-hans/2024-10']);
    const whole = offlineList('zh-hans', 'b1', files);
    expect(lists.flatMap((l) => l.entries.map(([path]) => path)).sort()).toEqual(whole.entries.map(([path]) => path).sort());
    expect(index.parts.reduce((sum, p) => sum + p.bytes, 0)).toBe(whole.bytes);
    expect(index.parts[2]).toMatchObject({ id: '2024-10a', save: 'zh-hans/2024-10a', from: '2024-10-16', to: '2024-10-31', articles: 9, files: 1, list: 'offline/zh-hans/2024-10a.json' });
    expect(lists[3]!.entries.map(([path]) => path)).toEqual([
      'pagefind/zh-hans/2024-10/fragment/zh-hans_1830ac6.pf_fragment',
      'pagefind/zh-hans/2024-10/index/zh-hans_52ffa16.pf_index',
      'pagefind/zh-hans/2024-10/pagefind-entry.json',
      'pagefind/zh-hans/2024-10/pagefind.zh-hans_4a3fc74914e3bad.pf_meta',
      'seeds/2024-10-13/002_04e94acb881a18bc.txt',
      'zh-hans/2024/10/13/3/',
      'zh-hans/2024/10/',
    ]);
  });
});
