import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentRevision } from '../../src/lib/offline/archive-list.ts';
import { fillArchive, readRecord, removeArchive, saveArchive, SiteChangedError, writeRecord, type ArchiveCache } from '../../src/lib/offline/save-archive.ts';
import { completeRecord, startRecord, type ListEntry, type OfflineList } from '../../src/lib/offline/save-ledger.ts';

/** Cache Storage in memory: enough of it for the save code (match, put, delete). */
class MemoryCache {
  readonly files = new Map<string, { body: ArrayBuffer; headers: [string, string][] }>();
  async match(url: string) {
    const file = this.files.get(url);
    return file ? new Response(file.body.slice(0), { headers: file.headers }) : undefined;
  }
  async put(url: string, response: Response) {
    this.files.set(url, { body: await response.arrayBuffer(), headers: [...response.headers] });
  }
  async delete(url: string) {
    return this.files.delete(url);
  }
}

const storage = new Map<string, MemoryCache>();
const cacheNamed = (name: string) => {
  if (!storage.has(name)) storage.set(name, new MemoryCache());
  return storage.get(name)!;
};

const ORIGIN = 'https://archive.test/wujin-archive/';
const target: ArchiveCache = {
  cacheName: 'runtime-b1',
  markers: { 'zh-hans': `${ORIGIN}offline/saved-zh-hans.json`, 'zh-hant': `${ORIGIN}offline/saved-zh-hant.json` },
  urlOf: (path) => `${ORIGIN}${path}`,
};

/** What the server serves now: path → text; a path in neither map drops the connection. */
let server = new Map<string, string>();
const notFound = new Set<string>();
const fetched: string[] = [];
const bytes = (text: string) => new TextEncoder().encode(text);
const entry = (path: string, text: string): ListEntry => [path, contentRevision(bytes(text)), bytes(text).byteLength];
const list = (script: string, files: Record<string, string>): OfflineList => {
  const entries = Object.entries(files).map(([path, text]) => entry(path, text));
  return { version: 1, build: 'b1', script, files: entries.length, bytes: entries.reduce((sum, [, , size]) => sum + size, 0), entries };
};

const seedText = '武进日报 第1版';
const hansFiles = { 'seeds/001.txt': seedText, 'zh-hans/2024/10/13/1/': '<h1>简</h1>', 'zh-hans/': '<h1>首页</h1>' };
const hantFiles = { 'seeds/001.txt': seedText, 'zh-hant/2024/10/13/1/': '<h1>繁</h1>', 'zh-hant/': '<h1>首頁</h1>' };
const hans = list('zh-hans', hansFiles);
const hant = list('zh-hant', hantFiles);
const context = { currentListBuild: async () => 'b1', leaving: () => false };
const cachedPaths = () => [...cacheNamed('runtime-b1').files.keys()].map((url) => url.slice(ORIGIN.length)).sort();

beforeEach(() => {
  storage.clear();
  fetched.length = 0;
  notFound.clear();
  server = new Map(Object.entries({ ...hansFiles, ...hantFiles }));
  vi.stubGlobal('caches', { open: async (name: string) => cacheNamed(name) });
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    init?.signal?.throwIfAborted();
    const path = url.slice(ORIGIN.length);
    fetched.push(path);
    if (notFound.has(path)) return new Response('not found', { status: 404 });
    const text = server.get(path);
    if (text === undefined) throw new TypeError('network error');
    return new Response(bytes(text), { headers: { 'Content-Type': 'text/html' } });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('saving a script', () => {
  it('records a complete save once every file is in the cache with its revision’s bytes', async () => {
    const outcome = await saveArchive(hans, target, () => undefined, new AbortController().signal, context);
    expect(outcome).toMatchObject({ record: { state: 'complete', build: 'b1', files: 3 } });
    expect(cachedPaths()).toEqual(['offline/saved-zh-hans.json', ...Object.keys(hansFiles)].sort());
  });

  it('a failed 繁 save leaves the seed text the complete 简 save lists (issue 12, #7)', async () => {
    await saveArchive(hans, target, () => undefined, new AbortController().signal, context);
    server.delete('zh-hant/');
    await expect(saveArchive(hant, target, () => undefined, new AbortController().signal, context)).rejects.toThrow('network error');
    expect(cachedPaths()).toEqual(['offline/saved-zh-hans.json', ...Object.keys(hansFiles)].sort());
    expect(await readRecord(cacheNamed('runtime-b1') as unknown as Cache, target.markers['zh-hant']!)).toBeUndefined();
  });

  it('a cancelled 繁 save leaves them too, and removing 繁 later keeps what 简 lists', async () => {
    await saveArchive(hans, target, () => undefined, new AbortController().signal, context);
    const controller = new AbortController();
    await expect(saveArchive(hant, target, (progress) => progress.done === 1 && controller.abort(), controller.signal, context)).rejects.toThrow();
    expect(cachedPaths()).toEqual(['offline/saved-zh-hans.json', ...Object.keys(hansFiles)].sort());
    await saveArchive(hant, target, () => undefined, new AbortController().signal, context);
    await removeArchive('zh-hant', target);
    expect(cachedPaths()).toEqual(['offline/saved-zh-hans.json', ...Object.keys(hansFiles)].sort());
  });

  it('stops at bytes of another build, never records it complete, and keeps what it verified for the new build (issue 12, #8)', async () => {
    server.set('zh-hans/', '<h1>首页，新的一期</h1>');
    await expect(saveArchive(hans, target, () => undefined, new AbortController().signal, context)).rejects.toBeInstanceOf(SiteChangedError);
    const record = await readRecord(cacheNamed('runtime-b1') as unknown as Cache, target.markers['zh-hans']!);
    expect(record).toMatchObject({ state: 'saving', siteChanged: true });
    expect(cachedPaths()).not.toContain('zh-hans/');
  });

  it('a file the server no longer has is a deploy when the list changed too, else a failure', async () => {
    notFound.add('zh-hans/');
    const deployed = saveArchive(hans, target, () => undefined, new AbortController().signal, { ...context, currentListBuild: async () => 'b2' });
    await expect(deployed).rejects.toBeInstanceOf(SiteChangedError);
    expect(await readRecord(cacheNamed('runtime-b1') as unknown as Cache, target.markers['zh-hans']!)).toMatchObject({ state: 'saving', siteChanged: true });
    await expect(saveArchive(hans, target, () => undefined, new AbortController().signal, context)).rejects.toThrow('zh-hans/: HTTP 404');
    expect(cachedPaths()).toEqual([]);
  });

  it('a save the page’s unloading interrupts stays unfinished, for the worker to resume', async () => {
    server.delete('zh-hans/');
    await expect(saveArchive(hans, target, () => undefined, new AbortController().signal, { ...context, leaving: () => true })).rejects.toThrow();
    expect(await readRecord(cacheNamed('runtime-b1') as unknown as Cache, target.markers['zh-hans']!)).toMatchObject({ state: 'saving' });
    expect(cachedPaths()).toContain('seeds/001.txt');
  });

  it('resumes: files already in the cache with the right bytes are not downloaded again', async () => {
    const cache = cacheNamed('runtime-b1') as unknown as Cache;
    await writeRecord(cache, target.markers['zh-hans']!, startRecord(hans, new Date()));
    await cache.put(`${ORIGIN}seeds/001.txt`, new Response(bytes(seedText)));
    await cache.put(`${ORIGIN}zh-hans/`, new Response(bytes('<h1>旧的首页</h1>')));
    await saveArchive(hans, target, () => undefined, new AbortController().signal, context);
    expect(fetched.sort()).toEqual(['zh-hans/', 'zh-hans/2024/10/13/1/']);
  });
});

describe('carrying files from an earlier build’s cache', () => {
  it('copies only files whose bytes match the new list and downloads the rest', async () => {
    const old = cacheNamed('runtime-b0') as unknown as Cache;
    for (const [path, text] of Object.entries(hansFiles)) await old.put(`${ORIGIN}${path}`, new Response(bytes(path === 'zh-hans/' ? '<h1>上一版首页</h1>' : text)));
    await writeRecord(old, target.markers['zh-hans']!, completeRecord(startRecord(hans, new Date()), new Date()));
    const current = cacheNamed('runtime-b1') as unknown as Cache;
    await fillArchive(hans, current, target.urlOf, { sources: [current, old], download: (url) => fetch(url) });
    expect(fetched).toEqual(['zh-hans/']);
    expect(await (await current.match(`${ORIGIN}zh-hans/`))!.text()).toBe('<h1>首页</h1>');
  });

  it('fails with SiteChangedError when the server already serves yet another build', async () => {
    server.set('zh-hans/', '<h1>再下一版</h1>');
    const current = cacheNamed('runtime-b1') as unknown as Cache;
    await expect(fillArchive(hans, current, target.urlOf, { sources: [current], download: (url) => fetch(url) })).rejects.toBeInstanceOf(SiteChangedError);
  });
});
