/**
 * Setup happens once and conversion is fast: a 10,000-character page takes milliseconds.
 * The limits are generous (shared CI machines); the measured times are printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareConverter, toTraditional } from '../../src/lib/convert/index.ts';
import { REPOSITORY_ROOT } from './fixture-tsv.ts';

const SEEDS_DIRECTORY = join(REPOSITORY_ROOT, 'seeds');
const allSeedText = readdirSync(SEEDS_DIRECTORY)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(SEEDS_DIRECTORY, name), 'utf8'))
  .join('\n');
const page = allSeedText.slice(0, 10_000);

describe('performance', () => {
  it('sets up once, then converts a 10,000-character page in milliseconds', () => {
    const setupStart = performance.now();
    prepareConverter('tw');
    const setupMs = performance.now() - setupStart;

    toTraditional(page); // warm-up (JIT, ICU segmenter)
    const runs = 10;
    const start = performance.now();
    for (let i = 0; i < runs; i += 1) toTraditional(page);
    const perPageMs = (performance.now() - start) / runs;

    const wholeStart = performance.now();
    toTraditional(allSeedText);
    const wholeMs = performance.now() - wholeStart;

    console.log(
      `[convert] setup ${setupMs.toFixed(0)} ms; ${page.length}-character page ${perPageMs.toFixed(1)} ms; ` +
        `all ${allSeedText.length} seed characters ${wholeMs.toFixed(1)} ms`,
    );
    expect(setupMs).toBeLessThan(3_000);
    expect(perPageMs).toBeLessThan(100);
  });
});
