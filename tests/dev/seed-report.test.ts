import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.ts';
import { parentEnvironment } from '../helpers/run.ts';

/**
 * scripts/seed-report.sh, which the test workflow runs on a pull request: the ingest report of the
 * seed pages the pull request changes, for the reviewer of a text correction (CONTRIBUTING.md).
 */
const work = mkdtempSync(join(tmpdir(), 'archive-seed-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const git = (...args: string[]) => execFileSync('git', ['-C', work, ...args], { encoding: 'utf8' }).trim();
const report = () => spawnSync('bash', [join(ROOT, 'scripts', 'seed-report.sh'), 'HEAD~1'], { cwd: work, encoding: 'utf8', env: parentEnvironment() });

describe('the ingest report of a pull request’s seed pages', () => {
  cpSync(join(ROOT, 'seeds'), join(work, 'seeds'), { recursive: true });
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'seeds');

  it('shows the changed page’s report and no other page’s, with the whole report folded', () => {
    const file = join(work, 'seeds', '002_04e94acb881a18bc.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('丝波敦', '丝波墩'));
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qam', '纠错');
    const run = report();
    expect(run.status, run.stderr).toBe(0);
    const [shown, whole] = run.stdout.split('<details>');
    expect(shown).toContain('## Ingest report for the seed pages this change touches');
    expect(shown).toMatch(/^✓ seeds\/002_04e94acb881a18bc\.txt → 2024-10-13, page 1: \d+ articles/m);
    expect(shown).not.toMatch(/^✓ seeds\/00[0134]_/m);
    expect(whole).toMatch(/^✓ seeds\/000_7ae84348bd6342b6\.txt/m);
  });

  it('fails, showing why, when a changed page cannot be ingested', () => {
    writeFileSync(join(work, 'seeds', '003_f04102f983c17de7.txt'), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]));
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qam', 'broken');
    const run = report();
    expect(run.status).toBe(1);
    expect(run.stdout.split('<details>')[0]).toMatch(/^✗ seeds\/003_f04102f983c17de7\.txt: not ingested: /m);
  });
});
