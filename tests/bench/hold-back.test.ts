import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { holdBackNewestIssue } from '../../src/lib/bench/hold-back.ts';

const work = mkdtempSync(join(tmpdir(), 'bench-hold-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('holding back the newest issue', () => {
  it('takes its pages and manifest entries out, and restore() puts them back byte for byte', () => {
    const seeds = join(work, 'seeds');
    const manifest = JSON.stringify({ pages: { 'a.txt': { date: '2005-01-03' }, 'b.txt': { date: '2005-01-04' }, 'c.txt': { date: '2005-01-04' } } });
    mkdirSync(seeds, { recursive: true });
    writeFileSync(join(seeds, 'issues.json'), manifest);
    for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(seeds, name), name);
    const held = holdBackNewestIssue(seeds, join(work, 'spare'));
    expect(held.date).toBe('2005-01-04');
    expect(held.files.sort()).toEqual(['b.txt', 'c.txt']);
    expect(existsSync(join(seeds, 'b.txt'))).toBe(false);
    expect(Object.keys((JSON.parse(readFileSync(join(seeds, 'issues.json'), 'utf8')) as { pages: object }).pages)).toEqual(['a.txt']);
    held.restore();
    expect(readFileSync(join(seeds, 'issues.json'), 'utf8')).toBe(manifest);
    expect(readFileSync(join(seeds, 'c.txt'), 'utf8')).toBe('c.txt');
  });
});

