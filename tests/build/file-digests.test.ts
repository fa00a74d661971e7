import { linkSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileDigests } from '../../src/lib/build/file-digests.ts';

const work = mkdtempSync(join(tmpdir(), 'archive-digests-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('FileDigests', () => {
  const cache = join(work, 'digests.json');
  const file = join(work, 'page.html');
  const digestOf = (bytes: Buffer) => `digest of ${bytes.toString()}`;

  it('reads a file once, then remembers its digest while its stamp is the same, across builds', () => {
    writeFileSync(file, 'one');
    const first = new FileDigests(cache);
    expect(first.digest(file, digestOf)).toBe('digest of one');
    first.save();
    const second = new FileDigests(cache);
    expect(second.digest(file, () => 'not read')).toBe('digest of one');
    expect([second.read, second.reused]).toEqual([0, 1]);
    second.save();
  });

  it('reads a file written again, and a new link to it is the same file', () => {
    writeFileSync(file, 'two!');
    const third = new FileDigests(cache);
    expect(third.digest(file, digestOf)).toBe('digest of two!');
    third.save();
    const linked = join(work, 'linked.html');
    linkSync(file, linked);
    // Another path: read once, then remembered under it.
    const fourth = new FileDigests(cache);
    expect(fourth.digest(linked, digestOf)).toBe('digest of two!');
    expect(fourth.read).toBe(1);
  });

  it('keeps only the files of the last build, and starts afresh from a damaged cache', () => {
    const only = new FileDigests(cache);
    only.digest(file, digestOf);
    only.save();
    writeFileSync(cache, '{ not json');
    const damaged = new FileDigests(cache);
    expect(damaged.digest(file, digestOf)).toBe('digest of two!');
    expect(damaged.read).toBe(1);
  });
});
