import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildArchive, type ArchiveOutput } from '../../src/lib/ingest/archive.ts';
import { emptyMemo, parseMemo, relevantKnownNames, type IngestMemo } from '../../src/lib/ingest/memo.ts';
import { planSync } from '../../src/lib/ingest/sync-plan.ts';
import type { SeedFile } from '../../src/lib/ingest/archive.ts';
import { chronology, sampleManifest, sampleSeeds, textSeed } from '../helpers/seeds.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** An output folder in memory: what a run generated is written into it, as applySyncPlan would. */
class Disk {
  readonly files = new Map<string, string>();
  onDisk = (path: string, digest: string) => this.files.has(path) && sha(this.files.get(path)!) === digest;
  write(output: ArchiveOutput) {
    for (const [path, content] of output.files) this.files.set(path, content);
  }
}

/** One run, its memo read back as the next run reads it from disk. */
function run(seeds: SeedFile[], disk: Disk, memo?: IngestMemo, manifestText = sampleManifest()): ArchiveOutput {
  const stored = parseMemo(memo && JSON.stringify(memo), 'code');
  const output = buildArchive({ seeds, manifestText, chronology, seedsLabel: 'seeds', memo: stored, onDisk: disk.onDisk });
  disk.write(output);
  return output;
}

const NEW_DAY = textSeed('005_new.txt', '新的一期标题\n\n本报讯 (记者 朱梦琪) 昨天, 11月2日, 2024年第七个“学习日”, 今年第七个。\n');

describe('an ingest that remembers its last run', () => {
  it('reads nothing again when nothing changed, and says the same in its report', () => {
    const disk = new Disk();
    const first = run(sampleSeeds(), disk);
    const second = run(sampleSeeds(), disk, first.memo);
    expect(second.files.size).toBe(0);
    expect([...second.reused].sort()).toEqual([...first.files.keys()].sort());
    expect(second.reports).toEqual(first.reports);
    expect(second.diagnostics).toEqual(first.diagnostics);
    expect(second.memo).toEqual(first.memo);
  });

  it('reads only the new issue when a day is added, and writes what a run without memo writes', () => {
    const disk = new Disk();
    const first = run(sampleSeeds(), disk);
    const second = run([...sampleSeeds(), NEW_DAY], disk, first.memo);
    const fresh = buildArchive({ seeds: [...sampleSeeds(), NEW_DAY], manifestText: sampleManifest(), chronology, seedsLabel: 'seeds' });
    expect([...second.files.keys()].sort()).toEqual(['issues/2024-11-03/001.mdx', 'issues/2024-11-03/issue.json']);
    expect(new Map([...second.files, ...[...second.reused].map((path) => [path, disk.files.get(path)!] as const)])).toEqual(fresh.files);
    expect(second.reports).toEqual(fresh.reports);
    expect(second.diagnostics).toEqual(fresh.diagnostics);
  });

  it('reads an issue again when a file of it was changed or removed on disk', () => {
    const disk = new Disk();
    const first = run(sampleSeeds(), disk);
    const [edited, removed] = [...first.files.keys()].filter((p) => p.endsWith('.mdx'));
    disk.files.set(edited!, 'edited by hand');
    disk.files.delete(removed!);
    const second = run(sampleSeeds(), disk, first.memo);
    expect(second.files.get(edited!)).toBe(first.files.get(edited!));
    expect(second.files.get(removed!)).toBe(first.files.get(removed!));
    expect(second.reused.has(edited!)).toBe(false);
  });

  it('reads a page again when its bytes, its manifest entry or the year change', () => {
    const disk = new Disk();
    const first = run(sampleSeeds(), disk);
    const seeds = sampleSeeds();
    const changed = seeds.map((s, i) => (i === 0 ? { ...s, bytes: new Uint8Array([...s.bytes, ...new TextEncoder().encode('\n补充一段。\n')]) } : s));
    const afterEdit = run(changed, disk, first.memo);
    expect(afterEdit.files.size).toBeGreaterThan(0);
    expect([...afterEdit.files.keys()].every((p) => p.startsWith(`issues/${first.reports[0]!.date}/`))).toBe(true);

    const nextYear = buildArchive({ seeds: sampleSeeds(), manifestText: sampleManifest(), chronology, seedsLabel: 'seeds', memo: first.memo, onDisk: disk.onDisk, today: '2099-01-01' });
    expect(nextYear.reused.size).toBe(0);
  });

  it('never reuses a memo made by other code, or a damaged one', () => {
    const memo = emptyMemo('old code');
    memo.pages['x.txt'] = { key: 'k', fingerprint: 'f', encoding: 'utf-8', dating: { precision: 'none', confidence: 'none', evidence: [], conflicts: [], source: 'inferred' }, nameTokens: [] };
    expect(parseMemo(JSON.stringify(memo), 'new code')).toEqual(emptyMemo('new code'));
    expect(parseMemo(JSON.stringify(memo), 'old code')).toEqual(memo);
    expect(parseMemo('{"code": "new code", "pages": 3', 'new code')).toEqual(emptyMemo('new code'));
    expect(parseMemo(undefined, 'new code')).toEqual(emptyMemo('new code'));
  });

  it('remembers no issue with an error, so the error is reported on every run', () => {
    const disk = new Disk();
    const good = textSeed('good.txt', '区委常委会召开会议\n\n本报讯 (记者 朱梦琪) 昨天上午, 会议召开。10月12日, 2024年第五个“学习日”, 今年第五个。\n');
    const clash = { ...good, name: 'clash.txt', bytes: new TextEncoder().encode('另一版标题\n\n本报讯 (记者 王芳) 昨天, 10月12日, 2024年第五个“学习日”。\n') };
    const manifest = JSON.stringify({ pages: { 'good.txt': { page: '1' }, 'clash.txt': { date: '2024-10-13', page: '1' } } });
    const first = run([good, clash], disk, undefined, manifest);
    expect(first.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    const second = run([good, clash], disk, first.memo, manifest);
    expect(second.reused.size).toBe(0);
    expect(second.diagnostics).toEqual(first.diagnostics);
  });
});

describe('names that matter to an issue', () => {
  it('are the known names a long token is, starts or ends with', () => {
    const known = new Set(['蒋雯', '黄鑫', '朱梦琪', '王芳']);
    expect(relevantKnownNames([['蒋雯黄鑫', '朱梦琪'], ['王芳']], known)).toEqual(['蒋雯', '黄鑫']);
    expect(relevantKnownNames([['朱梦琪']], known)).toEqual([]);
  });

  it('read an issue again when another issue makes a name known that splits its byline', () => {
    const disk = new Disk();
    const together = textSeed('a.txt', '区委常委会召开会议\n\n本报讯 (记者 蒋雯黄鑫) 昨天上午, 会议召开。10月12日, 2024年第五个“学习日”, 今年第五个。\n');
    const first = run([together], disk, undefined, '{"pages": {}}');
    const alone = textSeed('b.txt', '另一篇报道\n\n本报讯 (记者 黄鑫) 昨天上午, 会议召开。11月2日, 2024年第七个“学习日”, 今年第七个。\n');
    const second = run([together, alone], disk, first.memo, '{"pages": {}}');
    expect([...second.files.keys()].some((p) => p.startsWith('issues/2024-10-13/'))).toBe(true);
    expect(second.files.get('issues/2024-10-13/001.mdx')).toMatch(/蒋雯/);
    expect(second.files.get('issues/2024-10-13/001.mdx')).not.toBe(first.files.get('issues/2024-10-13/001.mdx'));
  });
});

describe('the sync plan of a run that reused issues', () => {
  it('counts their files as unchanged and never removes them', () => {
    const existing = new Map([
      ['issues/2024-10-13/001.mdx', 'a'],
      ['issues/2024-10-13/issue.json', '{"pages":[{"file":"seeds/a.txt"}]}'],
      ['issues/2024-10-14/001.mdx', 'gone'],
    ]);
    const plan = planSync({
      generated: new Map(),
      reused: new Set(['issues/2024-10-13/001.mdx', 'issues/2024-10-13/issue.json']),
      existing,
      failedSeeds: new Set(),
      presentSeeds: new Set(['seeds/a.txt']),
      complete: true,
    });
    expect(plan.unchanged).toBe(2);
    expect(plan.write.size).toBe(0);
    expect(plan.remove.map((r) => r.path)).toEqual(['issues/2024-10-14/001.mdx']);
  });
});
