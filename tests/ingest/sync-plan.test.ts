import { describe, expect, it } from 'vitest';
import { planSync, type SyncInput } from '../../src/lib/ingest/sync-plan.ts';

const issueJson = (date: string, files: string[]) => JSON.stringify({ date, pages: files.map((file) => ({ file })) });

/** Two published issues: 10-13 from a.txt and b.txt, 12-07 from c.txt. */
const existing = new Map([
  ['issues/2024-10-13/001.mdx', 'a1'],
  ['issues/2024-10-13/002.mdx', 'b1'],
  ['issues/2024-10-13/issue.json', issueJson('2024-10-13', ['seeds/a.txt', 'seeds/b.txt'])],
  ['issues/2024-12-07/001.mdx', 'c1'],
  ['issues/2024-12-07/issue.json', issueJson('2024-12-07', ['seeds/c.txt'])],
]);

function plan(overrides: Partial<SyncInput>) {
  return planSync({
    generated: existing,
    existing,
    failedSeeds: new Set(),
    presentSeeds: new Set(['seeds/a.txt', 'seeds/b.txt', 'seeds/c.txt']),
    complete: true,
    ...overrides,
  });
}

describe('planSync', () => {
  it('writes nothing when nothing changed', () => {
    expect(plan({})).toEqual({ write: new Map(), unchanged: 5, remove: [], keep: [] });
  });

  it('removes an issue whose seed is gone, naming the seed for every file', () => {
    const generated = new Map([...existing].filter(([path]) => !path.startsWith('issues/2024-12-07/')));
    const result = plan({ generated, presentSeeds: new Set(['seeds/a.txt', 'seeds/b.txt']) });
    expect(result.remove).toEqual([
      { path: 'issues/2024-12-07/001.mdx', reason: 'seeds/c.txt is no longer in the seeds folder' },
      { path: 'issues/2024-12-07/issue.json', reason: 'seeds/c.txt is no longer in the seeds folder' },
    ]);
    expect(result.keep).toEqual([]);
  });

  it('removes an article its page no longer gives, saying the page changed', () => {
    const generated = new Map([...existing].filter(([path]) => path !== 'issues/2024-10-13/002.mdx'));
    expect(plan({ generated }).remove).toEqual([{ path: 'issues/2024-10-13/002.mdx', reason: expect.stringMatching(/seeds\/a\.txt, seeds\/b\.txt no longer give it/) }]);
  });

  it('removes nothing in a run with errors, and lists what it kept', () => {
    const generated = new Map([...existing].filter(([path]) => !path.startsWith('issues/2024-12-07/')));
    const result = plan({ generated, presentSeeds: new Set(['seeds/a.txt', 'seeds/b.txt']), removalsBlocked: 'the run had 1 error' });
    expect(result.remove).toEqual([]);
    expect(result.keep.map((k) => k.path)).toEqual(['issues/2024-12-07/001.mdx', 'issues/2024-12-07/issue.json']);
    expect(result.keep[0]!.reason).toBe('not removed: the run had 1 error');
  });

  it('leaves an issue exactly as it was when one of its pages could not be read, and still updates the others', () => {
    const generated = new Map([
      ['issues/2024-10-13/001.mdx', 'a1 changed'],
      ['issues/2024-10-13/issue.json', issueJson('2024-10-13', ['seeds/a.txt'])],
      ['issues/2024-12-07/001.mdx', 'c1 changed'],
      ['issues/2024-12-07/issue.json', existing.get('issues/2024-12-07/issue.json')!],
    ]);
    const result = plan({ generated, failedSeeds: new Set(['seeds/b.txt']), removalsBlocked: 'the run had 1 error' });
    expect([...result.write.keys()]).toEqual(['issues/2024-12-07/001.mdx']);
    expect(result.remove).toEqual([]);
    expect(result.keep.map((k) => k.path)).toEqual(['issues/2024-10-13/001.mdx', 'issues/2024-10-13/issue.json', 'issues/2024-10-13/002.mdx']);
    expect(result.keep.every((k) => k.reason.includes('seeds/b.txt of this issue could not be ingested'))).toBe(true);
  });

  it('changes nothing at all when the run placed no pages', () => {
    const result = plan({ generated: new Map(), presentSeeds: new Set(), complete: false, removalsBlocked: 'the run had 1 error' });
    expect(result).toEqual({ write: new Map(), unchanged: 0, remove: [], keep: [{ path: 'issues/', reason: expect.stringMatching(/placed no pages/) }] });
  });

  it('writes new and changed files', () => {
    const generated = new Map([...existing, ['issues/2024-12-08/001.mdx', 'd1']]);
    generated.set('issues/2024-10-13/001.mdx', 'a1 fixed');
    const result = plan({ generated });
    expect([...result.write.keys()]).toEqual(['issues/2024-10-13/001.mdx', 'issues/2024-12-08/001.mdx']);
    expect(result.unchanged).toBe(4);
  });
});
