import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesOfFinishedFolder, finishedFolderMemo, forgetListing, listedFolderName } from '../../src/lib/build/file-tree.ts';

const work = mkdtempSync(join(tmpdir(), 'file-tree-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a finished folder', () => {
  it('is listed once: the listing beside it is read instead of the folder', () => {
    const folder = join(work, '2024-10-abc');
    mkdirSync(join(folder, 'zh-hans'), { recursive: true });
    writeFileSync(join(folder, 'zh-hans', 'index.html'), '');
    expect(filesOfFinishedFolder(folder)).toEqual(['zh-hans/index.html']);
    writeFileSync(join(folder, 'later.html'), '');
    expect(filesOfFinishedFolder(folder)).toEqual(['zh-hans/index.html']);
    forgetListing(folder);
    expect(filesOfFinishedFolder(folder).sort()).toEqual(['later.html', 'zh-hans/index.html']);
  });

  it('is listed again when its listing is damaged', () => {
    const folder = join(work, 'damaged');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.json'), '');
    writeFileSync(`${folder}.files.json`, '["a.js');
    expect(filesOfFinishedFolder(folder)).toEqual(['a.json']);
  });

  it('keeps what is made of it once, until it is forgotten with its listing', () => {
    const folder = join(work, 'memo');
    mkdirSync(folder);
    let made = 0;
    const make = () => ({ made: ++made });
    expect(finishedFolderMemo(folder, 'revisions', make)).toEqual({ made: 1 });
    expect(finishedFolderMemo(folder, 'revisions', make)).toEqual({ made: 1 });
    forgetListing(folder);
    expect(finishedFolderMemo(folder, 'revisions', make)).toEqual({ made: 2 });
  });

  it('names what is kept beside it so that a cache pruned by folder name keeps it with the folder', () => {
    expect(listedFolderName('2024-10-abc.files.json')).toBe('2024-10-abc');
    expect(listedFolderName('2024-10-abc.revisions.json')).toBe('2024-10-abc');
    expect(listedFolderName('2024-10-abc.routes.json')).toBeUndefined();
  });
});
