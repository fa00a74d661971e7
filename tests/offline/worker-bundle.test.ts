import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { workerSource } from '../../src/lib/offline/build.ts';
import { PRECACHE_INJECTION_POINT } from '../../src/lib/offline/worker-config.ts';

describe('the service worker script', () => {
  it('is one classic script: the save modules bundled in, the precache injection point and the ARCHIVE global left for the build', async () => {
    const source = await workerSource();
    expect(() => new Script(source)).not.toThrow();
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    expect(source.split(PRECACHE_INJECTION_POINT)).toHaveLength(2);
    expect(source).toContain('ARCHIVE.build');
    // The pure rules and the checks the page runs are the worker's too.
    for (const name of ['reconcilePlan', 'deletableCaches', 'digestMatchesRevision', 'fillArchive']) expect(source).toContain(name);
  });
});
