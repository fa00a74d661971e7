import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRevision } from '../../src/lib/offline/archive-list.ts';
import { statusMessage, type OfflinePageConfig } from '../../src/lib/offline/offline-page.ts';
import {
  busyScripts,
  completeRecord,
  deletableCaches,
  digestMatchesRevision,
  parseRecord,
  reconcilePlan,
  removablePaths,
  saveLockName,
  saveStatus,
  savedPeriodIds,
  mergeVisited,
  parseVisited,
  rememberVisit,
  startRecord,
  type CacheSaves,
  type ListEntry,
  type OfflineList,
  type SaveRecord,
} from '../../src/lib/offline/save-ledger.ts';
import { ROOT } from '../helpers/seeds.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const sha256 = (text: string) => createHash('sha256').update(bytes(text)).digest();
const entry = (path: string, text = path): ListEntry => [path, contentRevision(bytes(text)), bytes(text).byteLength];

const list = (script: string, build: string, entries: ListEntry[]): OfflineList => ({
  version: 1,
  build,
  script,
  files: entries.length,
  bytes: entries.reduce((sum, [, , size]) => sum + size, 0),
  entries,
});

const seed = entry('seeds/002_04e94acb881a18bc.txt');
const hans = list('zh-hans', 'b1', [entry('pagefind/index/zh-hans_1.pf_index'), seed, entry('zh-hans/2024/10/13/1/')]);
const hant = list('zh-hant', 'b1', [entry('pagefind/index/zh-hant_1.pf_index'), seed, entry('zh-hant/2024/10/13/1/')]);
const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 12, minute));
const complete = (saved: OfflineList, minute = 1) => completeRecord(startRecord(saved, at(0)), at(minute));
const saving = (saved: OfflineList) => startRecord(saved, at(0));

describe('revisions are content hashes the browser can check', () => {
  it('accepts the bytes the build hashed and refuses any other', () => {
    expect(digestMatchesRevision(sha256('页面'), contentRevision(bytes('页面')))).toBe(true);
    // A deploy during a save: the same URL now serves the next build's bytes (issue 12, #8).
    expect(digestMatchesRevision(sha256('页面，新版'), contentRevision(bytes('页面')))).toBe(false);
  });

  it('refuses a revision that is not a full hash prefix', () => {
    expect(digestMatchesRevision(sha256('页面'), contentRevision(bytes('页面')).slice(0, 8))).toBe(false);
    expect(digestMatchesRevision(sha256('页面'), '')).toBe(false);
  });
});

describe('save records', () => {
  it('reads a marker of the earlier format as a completed save', () => {
    const legacy = { ...hans, savedAt: '2026-11-01T08:00:00.000Z' };
    expect(parseRecord(legacy)).toMatchObject({ version: 2, state: 'complete', build: 'b1', files: 3, savedAt: '2026-11-01T08:00:00.000Z' });
  });

  it('round-trips a record and refuses what is not one', () => {
    const record = { ...saving(hans), siteChanged: true as const };
    expect(parseRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(parseRecord({ ...record, state: 'done' })).toBeUndefined();
    expect(parseRecord({ ...complete(hans), savedAt: undefined })).toBeUndefined();
    expect(parseRecord({ ...record, entries: [['a', 'b']] })).toBeUndefined();
    expect(parseRecord(null)).toBeUndefined();
  });

  it('a resumed save keeps its start; a save of a new build starts anew', () => {
    const first = saving(hans);
    expect(startRecord(hans, at(5), first).startedAt).toBe(first.startedAt);
    expect(startRecord({ ...hans, build: 'b2' }, at(5), first).startedAt).toBe(at(5).toISOString());
  });

  it('completing a save clears the site-changed mark and records when', () => {
    const done = completeRecord({ ...saving(hans), siteChanged: true }, at(3));
    expect(done).toMatchObject({ state: 'complete', savedAt: at(3).toISOString() });
    expect(done.siteChanged).toBeUndefined();
  });
});

describe('reference counting across saves (issue 12, #7)', () => {
  it('a cancelled or failed 繁 save may delete only what no 简 save lists: the seed texts stay', () => {
    expect(removablePaths(hant.entries, [complete(hans)])).toEqual(['pagefind/index/zh-hant_1.pf_index', 'zh-hant/2024/10/13/1/']);
  });

  it('counts unfinished saves too, and deletes everything once no other save lists a file', () => {
    expect(removablePaths(hant.entries, [saving(hans)])).not.toContain(seed[0]);
    expect(removablePaths(hant.entries, [])).toEqual(hant.entries.map(([path]) => path));
  });
});

describe('locks', () => {
  it('finds the scripts being saved into one cache, cache names with spaces included', () => {
    const cache = 'wujin-archive-runtime-b1 http://127.0.0.1:4321/wujin-archive/';
    const held = [saveLockName(cache, 'zh-hant'), saveLockName('wujin-archive-runtime-b0 http://127.0.0.1:4321/wujin-archive/', 'zh-hans'), 'other lock'];
    expect(busyScripts(cache, held)).toEqual(['zh-hant']);
  });
});

describe('carrying saves over to a new build (issue 12, #9)', () => {
  const saves = (cache: string, records: SaveRecord[], busy: string[] = []): CacheSaves => ({ cache, records, busy });

  it('at install, leaves a save that is still running to finish first, and deletes nothing', () => {
    const plan = reconcilePlan(saves('new', []), [saves('old', [saving(hans)], ['zh-hans'])], 'install');
    expect(plan).toEqual({ carry: [], drop: [] });
    expect(deletableCaches(saves('new', []), [saves('old', [saving(hans)], ['zh-hans'])])).toEqual([]);
  });

  it('once active, carries a save that completed during the update, and only then lets the old cache go', () => {
    const old = saves('old', [complete(hans)]);
    const plan = reconcilePlan(saves('new', []), [old], 'active');
    expect(plan.carry).toEqual([{ script: 'zh-hans', from: 'old', record: complete(hans), required: false }]);
    // Not deleted while the new cache has no record of that save (carrying failed or never started) …
    expect(deletableCaches(saves('new', []), [old])).toEqual([]);
    // … deleted once it has one, complete or, if the network failed, unfinished.
    expect(deletableCaches(saves('new', [saving({ ...hans, build: 'b2' })]), [old])).toEqual(['old']);
  });

  it('at install, a completed save must be carried (install fails otherwise); an interrupted one is carried as far as it goes', () => {
    const plan = reconcilePlan(saves('new', []), [saves('old', [complete(hans), { ...saving(hant), siteChanged: true }])], 'install');
    expect(plan.carry.map(({ script, required }) => ({ script, required }))).toEqual([
      { script: 'zh-hans', required: true },
      { script: 'zh-hant', required: false },
    ]);
  });

  it('prefers a completed save to an unfinished one, and the newest of equals', () => {
    const older = saves('b0', [complete(hans, 1)]);
    const newer = saves('b1', [complete(hans, 9)]);
    const unfinished = saves('b2', [saving(hans)]);
    expect(reconcilePlan(saves('b3', []), [unfinished, older, newer], 'active').carry[0]?.from).toBe('b1');
  });

  it('resumes an interrupted save of its own build once active, and leaves a complete one alone', () => {
    expect(reconcilePlan(saves('b1', [saving(hans)]), [], 'active').carry).toEqual([{ script: 'zh-hans', from: 'b1', record: saving(hans), required: false }]);
    expect(reconcilePlan(saves('b1', [saving(hans)]), [], 'install').carry).toEqual([]);
    expect(reconcilePlan(saves('b1', [complete(hans)]), [saves('b0', [complete(hans)])], 'active').carry).toEqual([]);
    expect(reconcilePlan(saves('b1', [saving(hans)], ['zh-hans']), [], 'active').carry).toEqual([]);
  });

  it('carries a removal made in the old cache after install, and keeps a save the old cache still has', () => {
    const carried = { ...complete({ ...hans, build: 'b2' }), carriedFrom: 'b1' };
    expect(reconcilePlan(saves('b2', [carried]), [saves('b1', [])], 'active')).toEqual({ carry: [], drop: ['zh-hans'] });
    expect(deletableCaches(saves('b2', []), [saves('b1', [])], ['zh-hans'])).toEqual(['b1']);
    expect(reconcilePlan(saves('b2', [carried]), [saves('b1', [complete(hans)])], 'active')).toEqual({ carry: [], drop: [] });
  });
});

describe('what the page says', () => {
  it('names build, files and date of a completed save, and whether a newer build is out', () => {
    const record = complete(hans, 2);
    expect(saveStatus(record, { busy: false, present: 0, listBuild: 'b1' })).toEqual({ kind: 'complete', build: 'b1', files: 3, bytes: hans.bytes, savedAt: at(2).toISOString(), newerBuild: false });
    expect(saveStatus(record, { busy: false, present: 0, listBuild: 'b2' })).toMatchObject({ kind: 'complete', newerBuild: true });
  });

  it('tells a running save from an interrupted one, and one a deploy overtook', () => {
    expect(saveStatus(saving(hans), { busy: true, present: 1, listBuild: 'b1' })).toEqual({ kind: 'saving', build: 'b1', files: 3 });
    expect(saveStatus(saving(hans), { busy: false, present: 2, listBuild: 'b1' })).toEqual({ kind: 'partial', build: 'b1', done: 2, files: 3, siteChanged: false });
    expect(saveStatus({ ...saving(hans), siteChanged: true }, { busy: false, present: 1, listBuild: 'b1' })).toMatchObject({ kind: 'partial', siteChanged: true });
    expect(saveStatus(saving(hans), { busy: false, present: 1, listBuild: 'b2' })).toMatchObject({ kind: 'partial', siteChanged: true });
    expect(saveStatus(undefined, { busy: false, present: 0, listBuild: 'b1' })).toEqual({ kind: 'none' });
  });
});

describe('the status line', () => {
  const strings = JSON.parse(readFileSync(join(ROOT, 'data', 'site', 'ui.json'), 'utf8')) as Record<string, string>;
  const config = {
    scriptLabel: '简体',
    strings: {
      saved: strings.offlineSaved!, savedNewer: strings.offlineSavedNewer!, notSaved: strings.offlineNotSaved!, saving: strings.offlineSaving!,
      partial: strings.offlinePartial!, siteChanged: strings.offlineSiteChanged!,
    } as OfflinePageConfig['strings'],
  };

  it('says which script, which build, how many files, and whether anything is missing', () => {
    const done = statusMessage({ kind: 'complete', build: 'b1', files: 95, bytes: 659 * 1024, savedAt: at(2).toISOString(), newerBuild: false }, config, 'zh-Hans');
    expect(done.state).toBe('complete');
    expect(done.text).toMatch(/^已保存：简体版 95 个文件，659 KB，网站版本 b1，保存于 .+。$/);
    expect(statusMessage({ kind: 'complete', build: 'b1', files: 95, bytes: 1, savedAt: at(2).toISOString(), newerBuild: true }, config, 'zh-Hans').text).toContain('网站已有新版本');
    expect(statusMessage({ kind: 'partial', build: 'b1', done: 60, files: 95, siteChanged: false }, config, 'zh-Hans')).toEqual({
      state: 'partial',
      text: '保存未完成：简体版 95 个文件中只保存了 60 个（网站版本 b1），没有网络时不能阅读全部内容。请点击保存继续。',
    });
    expect(statusMessage({ kind: 'partial', build: 'b1', done: 60, files: 95, siteChanged: true }, config, 'zh-Hans').state).toBe('changed');
    expect(statusMessage({ kind: 'saving', build: 'b1', files: 95 }, config, 'zh-Hans').text).toContain('正在保存');
  });
});

describe('what offline search covers', () => {
  const at = new Date('2024-10-14T08:00:00Z');
  const saved = (id: string, complete = true) => {
    const record = startRecord(list(id, 'b1', [entry(`${id}/x`)]), at);
    return complete ? completeRecord(record, at) : record;
  };

  it('is every period when the whole tree is saved, else the periods saved, newest first, not the base', () => {
    expect(savedPeriodIds([saved('zh-hans'), saved('zh-hans/2024-10')], 'zh-hans')).toBe('all');
    expect(savedPeriodIds([saved('zh-hans/base'), saved('zh-hans/2024-08'), saved('zh-hans/2024-10a'), saved('zh-hans/2024-10')], 'zh-hans')).toEqual(['2024-10a', '2024-10', '2024-08']);
  });

  it('counts only finished saves, and only the page’s script', () => {
    expect(savedPeriodIds([saved('zh-hans/2024-10', false), saved('zh-hant/2024-08'), saved('zh-hant')], 'zh-hans')).toEqual([]);
  });
});

describe('the pages a reader opened', () => {
  it('are listed newest last, once each, the oldest dropped past the limit', () => {
    let visited: string[] = [];
    for (const path of ['zh-hant/2024/07/27/1/', 'zh-hans/', 'zh-hant/2024/07/27/1/', 'zh-hans/2024/10/13/']) visited = rememberVisit(visited, path, 3);
    expect(visited).toEqual(['zh-hans/', 'zh-hant/2024/07/27/1/', 'zh-hans/2024/10/13/']);
    expect(rememberVisit(visited, 'zh-hant/', 3)).toEqual(['zh-hant/2024/07/27/1/', 'zh-hans/2024/10/13/', 'zh-hant/']);
  });

  it('of two builds make one list, the newer build’s visits last', () => {
    expect(mergeVisited(['a/', 'b/', 'c/'], ['b/', 'd/'], 10)).toEqual(['a/', 'c/', 'b/', 'd/']);
    expect(mergeVisited(['a/', 'b/', 'c/'], ['d/'], 2)).toEqual(['c/', 'd/']);
  });

  it('read from a damaged record are none', () => {
    expect(parseVisited(undefined)).toEqual([]);
    expect(parseVisited({ pages: [] })).toEqual([]);
    expect(parseVisited(['a/', 3, null, 'b/'])).toEqual(['a/', 'b/']);
  });
});
