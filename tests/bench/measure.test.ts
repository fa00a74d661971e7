import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMeasured } from '../../src/lib/bench/measure.ts';

const work = mkdtempSync(join(tmpdir(), 'bench-measure-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a measured run', () => {
  it('reports the child’s peak memory, exit status and output', async () => {
    const script = join(work, 'allocate.mjs');
    writeFileSync(script, "const b = Buffer.alloc(96 * 1024 * 1024, 1); console.log('held', b.length); process.exitCode = 3;\n");
    const run = await runMeasured([script], { cwd: work });
    expect(run.status).toBe(3);
    expect(run.peakRssBytes).toBeGreaterThan(96 * 1024 * 1024);
    expect(run.tail).toContain(`held ${96 * 1024 * 1024}`);
    expect(run.seconds).toBeGreaterThan(0);
  });
});
