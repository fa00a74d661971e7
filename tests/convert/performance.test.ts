/**
 * Setup happens once, and conversion keeps pace with raw opencc-js. The target (within 1.5× of raw
 * opencc-js per MB) is measured by `npm run convert:report` (bench/convert-report.md); here only a
 * ratio measured in the same run, with room for a shared machine's noise, guards against a
 * converter gone several times slower. The measured times are printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conversionTables, prepareConverter, toTraditional, toTraditionalWithRawOpencc } from '../../src/lib/convert/index.ts';
import { REPOSITORY_ROOT } from './fixture-tsv.ts';

const SEEDS_DIRECTORY = join(REPOSITORY_ROOT, 'seeds');
const allSeedText = readdirSync(SEEDS_DIRECTORY)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(SEEDS_DIRECTORY, name), 'utf8'))
  .join('\n');
const page = allSeedText.slice(0, 10_000);

describe('performance', () => {
  it('sets up once, then converts a 10,000-character page within three times raw opencc-js’s time', () => {
    const setupStart = performance.now();
    prepareConverter('tw');
    const setupMs = performance.now() - setupStart;
    const tables = conversionTables('tw');
    prepareConverter('tw');
    expect(conversionTables('tw')).toBe(tables);

    toTraditional(page); // warm-up (JIT)
    toTraditionalWithRawOpencc(page);
    const runs = 11;
    const ours: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      let start = performance.now();
      toTraditionalWithRawOpencc(page);
      raw.push(performance.now() - start);
      start = performance.now();
      toTraditional(page);
      ours.push(performance.now() - start);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
    const ratio = median(ours) / median(raw);

    console.log(
      `[convert] setup ${setupMs.toFixed(0)} ms; ${page.length}-character page ${median(ours).toFixed(1)} ms ` +
        `(raw opencc-js ${median(raw).toFixed(1)} ms, ratio ${ratio.toFixed(2)})`,
    );
    expect(ratio).toBeLessThan(3);
  });
});
