import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.ts';

const workflowsDir = join(ROOT, '.github', 'workflows');
const workflows = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));
const read = (name: string) => readFileSync(join(workflowsDir, name), 'utf8');

describe('GitHub Actions workflows', () => {
  it('are the test and the deploy workflow', () => {
    expect(workflows.sort()).toEqual(['deploy.yml', 'test.yml']);
  });

  it.each(workflows)('%s is valid against the workflow schema', (name) => {
    expect(validateWorkflow(read(name)).errors).toEqual([]);
  });

  it('the validator rejects a misspelt key and broken YAML (so the check above can fail)', () => {
    const misspelt = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    step:\n      - run: npm test\n';
    expect(validateWorkflow(misspelt).errors).not.toEqual([]);
    expect(validateWorkflow('on: [push\n').errors[0]?.code).toBe('parse_error');
  });

  it('the test workflow runs .ci/run on pushes and pull requests', () => {
    const test = read('test.yml');
    expect(test).toMatch(/^on:\n(?:.*\n)*?\s+push:/m);
    expect(test).toMatch(/^\s+pull_request:/m);
    expect(test).toMatch(/run: bash \.ci\/run$/m);
  });

  it('install with plain `npm ci`, as .ci/run does', () => {
    expect(read('deploy.yml')).toMatch(/run: npm ci\b/);
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).toMatch(/^npm ci\b/m);
  });

  it('the deploy workflow builds every site the build lists in a matrix, the hub to Pages and each year to its repository', () => {
    const deploy = read('deploy.yml');
    expect(deploy).toMatch(/run: echo "sites=\$\(node scripts\/build\.ts --list-sites\)" >> "\$GITHUB_OUTPUT"/);
    expect(deploy).toMatch(/site: \$\{\{ fromJSON\(needs\.sites\.outputs\.sites\) \}\}/);
    expect(deploy).toMatch(/YEAR_SITE_URL: \$\{\{ vars\.YEAR_SITE_URL \}\}/);
    expect(deploy).toMatch(/path: \$\{\{ env\.YEAR_SITE_URL != '' && 'dist-sites\/hub' \|\| 'dist' \}\}/);
    expect(deploy).toContain('run: bash scripts/publish-site.sh "dist-sites/$SITE" "https://x-access-token:${TOKEN}@github.com/${YEAR_SITE_REPOSITORY//\\{year\\}/$SITE}.git"');
  });
});
