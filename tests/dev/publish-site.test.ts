import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.ts';

/** scripts/publish-site.sh, which the deploy workflow runs for each year's site, against a local repository. */
const work = mkdtempSync(join(tmpdir(), 'archive-publish-'));
const remote = join(work, 'wujin-2024.git');
const site = join(work, 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const publish = () => spawnSync('bash', [join(ROOT, 'scripts', 'publish-site.sh'), site, remote], { encoding: 'utf8' });
const git = (...args: string[]) => execFileSync('git', ['-C', remote, ...args], { encoding: 'utf8' }).trim();

describe('publishing a year’s site', () => {
  execFileSync('git', ['init', '-q', '--bare', remote]);
  mkdirSync(join(site, 'zh-hans', '2024', '10', '13'), { recursive: true });
  writeFileSync(join(site, 'zh-hans', '2024', '10', '13', 'index.html'), '<p>一</p>');

  it('pushes the folder as the gh-pages branch, for Pages to serve as it is', () => {
    const first = publish();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^published: [0-9a-f]{40}$/m);
    expect(git('ls-tree', '-r', '--name-only', 'gh-pages').split('\n')).toEqual(['.nojekyll', 'zh-hans/2024/10/13/index.html']);
  });

  it('pushes nothing when the files are the ones published', () => {
    const before = git('rev-parse', 'gh-pages');
    const again = publish();
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^unchanged: /m);
    expect(git('rev-parse', 'gh-pages')).toBe(before);
  });

  it('replaces the branch when a file changed', () => {
    writeFileSync(join(site, 'zh-hans', '2024', '10', '13', 'index.html'), '<p>二</p>');
    const changed = publish();
    expect(changed.status, changed.stderr).toBe(0);
    expect(changed.stdout).toMatch(/^published: /m);
    expect(git('show', 'gh-pages:zh-hans/2024/10/13/index.html')).toBe('<p>二</p>');
    expect(git('rev-list', '--count', 'gh-pages')).toBe('1');
  });
});
