import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { runIngest } from '../helpers/run.ts';
import { ROOT, SEEDS_DIR } from '../helpers/seeds.ts';

/**
 * `npm run ingest` against a published archive: the committed `content/` is copied to a
 * temporary folder, and each test breaks the seeds the way a careless publisher would.
 */
const work = mkdtempSync(join(tmpdir(), 'ingest-command-'));
const seeds = join(work, 'seeds');
const content = join(work, 'content');

function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [relative(dir, join(e.parentPath, e.name)).split(sep).join('/'), readFileSync(join(e.parentPath, e.name), 'utf8')]));
}

const published = snapshot(join(ROOT, 'content'));

beforeEach(() => {
  rmSync(work, { recursive: true, force: true });
  cpSync(SEEDS_DIR, seeds, { recursive: true });
  cpSync(join(ROOT, 'content'), content, { recursive: true });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function moveSeedsInto(folder: string): void {
  mkdirSync(join(seeds, folder));
  for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt'))) {
    cpSync(join(seeds, name), join(seeds, folder, name));
    rmSync(join(seeds, name));
  }
}

describe('npm run ingest never deletes published work by mistake', () => {
  it('keeps everything when the seeds folder has no pages', () => {
    for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt'))) rmSync(join(seeds, name));
    const run = runIngest(seeds, content);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/seeds\/: error: no seed pages/);
    expect(run.stdout).toMatch(/0 removed/);
    expect(snapshot(content)).toEqual(published);
  });

  it('refuses pages in a subfolder, naming it, and keeps everything', () => {
    moveSeedsInto('2024');
    const run = runIngest(seeds, content);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/seeds\/2024\/: error: a folder \(with 5 pages in it\)/);
    expect(snapshot(content)).toEqual(published);
  });

  it('refuses a page that is a symbolic link and keeps its issue', () => {
    const name = '004_20bfb9a86f03d2e9.txt';
    cpSync(join(seeds, name), join(work, name));
    rmSync(join(seeds, name));
    symlinkSync(join(work, name), join(seeds, name));
    const run = runIngest(seeds, content);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`seeds/${name}: error: a symbolic link`));
    expect(snapshot(content)).toEqual(published);
  });

  it.each([
    ['a typo', (json: string) => json.replace('"pages": {', '"pages": {,')],
    ['a byte order mark and a wrong type', (json: string) => `\uFEFF${json.replace('"page": "1"', '"page": 1')}`],
    ['an impossible date', (json: string) => json.replace('2024-07-27', '2024-02-30')],
  ])('keeps every published file when issues.json has %s', (_what, breakIt) => {
    const manifest = join(seeds, 'issues.json');
    writeFileSync(manifest, breakIt(readFileSync(manifest, 'utf8')));
    const run = runIngest(seeds, content);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/seeds\/issues\.json:\d+: error: /);
    expect(snapshot(content)).toEqual(published);
  });

  it('removes an issue only when its seed is gone, listing every file it removes', () => {
    rmSync(join(seeds, '004_20bfb9a86f03d2e9.txt'));
    const run = runIngest(seeds, content);
    expect(run.status).toBe(0);
    const removed = [...published.keys()].filter((path) => path.startsWith('issues/2024-12-07/'));
    expect(removed.length).toBeGreaterThan(1);
    for (const path of removed) expect(run.stdout).toContain(`removed content/${path}: seeds/004_20bfb9a86f03d2e9.txt is no longer in the seeds folder`);
    expect(run.stdout).toMatch(new RegExp(`${removed.length} removed, 0 kept as they were; 0 errors`));
    const after = snapshot(content);
    expect([...after.keys()].sort()).toEqual([...published.keys()].filter((path) => !removed.includes(path)).sort());
  });

  it('keeps an issue as it was when one of its pages breaks, and still ingests the rest', () => {
    writeFileSync(join(seeds, '004_20bfb9a86f03d2e9.txt'), new Uint8Array([0x31, 0x00, 0x32, 0xff, 0x00, 0x00, 0x01]));
    writeFileSync(join(seeds, '005_new.txt'), '新的一期标题\n\n本报讯 (记者 朱梦琪) 昨天, 11月2日, 2024年第七个“学习日”, 今年第七个。\n');
    const run = runIngest(seeds, content);
    expect(run.status).toBe(1);
    const after = snapshot(content);
    for (const [path, text] of published) expect(after.get(path), path).toBe(text);
    expect(after.has('issues/2024-11-03/001.mdx')).toBe(true);
  });
});

describe('npm run ingest run again', () => {
  it('reads only what changed since its last run and leaves the same content as a first run', () => {
    expect(runIngest(seeds, content).status).toBe(0);
    writeFileSync(join(seeds, '005_new.txt'), '新的一期标题\n\n本报讯 (记者 朱梦琪) 昨天, 11月2日, 2024年第七个“学习日”, 今年第七个。\n');
    const edited = [...published.keys()].find((path) => path.endsWith('.mdx'))!;
    writeFileSync(join(content, edited), 'changed by hand\n');
    const again = runIngest(seeds, content);
    expect(again.status).toBe(0);
    // Six issues: the new one is read and written (2 files), the one whose file was edited is read and that file written again.
    expect(again.stdout).toMatch(/3 files written, .*\(4 issues unchanged since the last run were not read again\)/);
    expect(readFileSync(join(content, edited), 'utf8')).toBe(published.get(edited));

    const fresh = join(work, 'fresh');
    cpSync(join(ROOT, 'content'), fresh, { recursive: true });
    expect(runIngest(seeds, fresh, join(work, 'fresh-cache')).status).toBe(0);
    expect(snapshot(content)).toEqual(snapshot(fresh));
  });
});
