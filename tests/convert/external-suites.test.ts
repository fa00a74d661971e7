/**
 * Conversion suites written outside the project (../shared/convert-suites/: OpenCC's own tests,
 * the comparison cases of OpenCC's jieba plugin, MediaWiki's zh2Hant phrases in news sentences),
 * scored beside raw opencc-js: no case raw opencc-js gets right may become wrong. The scores
 * are printed. CONVERT_SUITES_DIR names another copy of the folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTraditional, toTraditionalWithRawOpencc } from '../../src/lib/convert/index.ts';
import { parseSuite, scoreCases } from '../../src/lib/convert/suite-score.ts';
import { REPOSITORY_ROOT } from './fixture-tsv.ts';
import { readTsvFile } from '../../src/lib/convert/data-files.ts';

const SUITES_DIRECTORY = process.env.CONVERT_SUITES_DIR ?? join(REPOSITORY_ROOT, '..', 'shared', 'convert-suites');
const file = join(SUITES_DIRECTORY, 'external-dev.jsonl');
/** Regressions reviewed and left, each with its reason (fixtures/reviewed-regressions.tsv). */
const reviewed = readTsvFile(join(REPOSITORY_ROOT, 'tests', 'convert', 'fixtures'), 'reviewed-regressions.tsv').map(([suite, input, why]) => {
  if (!suite || !input || !why) throw new Error(`reviewed-regressions.tsv: a row needs suite, input and why: ${[suite, input, why].join(' | ')}`);
  return `${suite}\t${input}`;
});

describe('outside conversion suites (external-dev.jsonl)', () => {
  it('are there to be scored', () => {
    expect(existsSync(file), `${file}: the shared conversion suites are missing (CONVERT_SUITES_DIR names another copy)`).toBe(true);
  });

  const cases = existsSync(file) ? parseSuite(readFileSync(file, 'utf8'), file) : [];
  const { suites } = scoreCases(cases, (text) => toTraditional(text), (text) => toTraditionalWithRawOpencc(text));

  it('leave no reviewed regression that is no longer one', () => {
    const stillBroken = new Set(suites.flatMap((suite) => suite.regressions.map((r) => `${suite.suite}\t${r.testCase.in}`)));
    expect(reviewed.filter((row) => !stillBroken.has(row))).toEqual([]);
  });

  it('hold the three suites', () => {
    expect(suites.map((suite) => suite.suite).sort()).toEqual(['mediawiki-zh2hant', 'opencc-jieba-cases', 'opencc-testcases']);
  });

  it('mediawiki-zh2hant: at least 99 % of the phrases in their sentences are right (issue 16)', () => {
    const mediawiki = suites.find((suite) => suite.suite === 'mediawiki-zh2hant');
    expect(mediawiki?.cases).toBeGreaterThan(0);
    expect(mediawiki!.oursRight / mediawiki!.cases).toBeGreaterThanOrEqual(0.99);
  });

  for (const suite of suites) {
    it(`${suite.suite}: no case raw opencc-js gets right is wrong, but those reviewed`, () => {
      console.log(`[convert] ${suite.suite}: project converter ${suite.oursRight}/${suite.cases}, raw opencc-js ${suite.rawRight}/${suite.cases}; ${suite.fixes.length} fixed, ${suite.regressions.length} broken`);
      const broken = suite.regressions.filter((r) => !reviewed.includes(`${suite.suite}\t${r.testCase.in}`));
      expect(broken.map((r) => `${r.testCase.in} → ${r.ours} (expected ${r.testCase.exp}, raw ${r.raw})`)).toEqual([]);
    });
  }
});
