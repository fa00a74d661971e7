import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AllowScriptsSchema,
  missingDependencies,
  PackageLockSchema,
  resolutionCandidates,
  unreviewedInstallScripts,
  type PackageLock,
} from '../../src/lib/dev/lockfile.ts';
import { ROOT } from '../helpers/seeds.ts';

/** A lock as `npm install` on an existing linux-x64 tree leaves it: the darwin binding is not listed. */
const lockWithoutOtherPlatforms: PackageLock = {
  lockfileVersion: 3,
  packages: {
    '': { dependencies: { compiler: '^1.0.0' } },
    'node_modules/compiler': {
      version: '1.0.0',
      optionalDependencies: { 'compiler-linux-x64': '1.0.0', 'compiler-darwin-arm64': '1.0.0' },
    },
    'node_modules/compiler-linux-x64': { version: '1.0.0' },
  },
};

/** A nested copy satisfies its own dependent, and a hoisted one satisfies everyone below it. */
const lockWithNestedCopies: PackageLock = {
  lockfileVersion: 3,
  packages: {
    '': { dependencies: { a: '^1.0.0', b: '^1.0.0' } },
    'node_modules/a': { version: '1.0.0', dependencies: { shared: '^2.0.0' } },
    'node_modules/a/node_modules/shared': { version: '2.0.0', dependencies: { leaf: '^1.0.0' } },
    'node_modules/b': { version: '1.0.0', dependencies: { shared: '^1.0.0', '@scope/tool': '^1.0.0' } },
    'node_modules/shared': { version: '1.0.0' },
    'node_modules/leaf': { version: '1.0.0' },
    'node_modules/@scope/tool': { version: '1.0.0', hasInstallScript: true },
    'node_modules/a/node_modules/native': { version: '3.0.0', hasInstallScript: true },
  },
};

describe('resolutionCandidates', () => {
  it('walks from the package up to the project, nearest folder first', () => {
    expect(resolutionCandidates('node_modules/a/node_modules/b', 'x')).toEqual([
      'node_modules/a/node_modules/b/node_modules/x',
      'node_modules/a/node_modules/x',
      'node_modules/x',
    ]);
    expect(resolutionCandidates('', '@scope/x')).toEqual(['node_modules/@scope/x']);
  });
});

describe('missingDependencies', () => {
  it('reports another platform\'s optional package that the lock does not list', () => {
    expect(missingDependencies(lockWithoutOtherPlatforms)).toEqual([
      { dependent: 'compiler', name: 'compiler-darwin-arm64', range: '1.0.0', optional: true },
    ]);
  });

  it('accepts dependencies met by nested or hoisted copies', () => {
    expect(missingDependencies(lockWithNestedCopies)).toEqual([]);
  });

  it('reports a regular dependency that nothing satisfies, naming the package that needs it', () => {
    const { 'node_modules/leaf': _leaf, ...packages } = lockWithNestedCopies.packages;
    expect(missingDependencies({ ...lockWithNestedCopies, packages })).toEqual([
      { dependent: 'shared', name: 'leaf', range: '^1.0.0', optional: false },
    ]);
  });
});

describe('unreviewedInstallScripts', () => {
  it('lists packages with install scripts that allowScripts neither allows nor denies', () => {
    expect(unreviewedInstallScripts(lockWithNestedCopies, {})).toEqual(['@scope/tool@1.0.0', 'native@3.0.0']);
  });

  it('accepts approvals and denials, by name or pinned to a version', () => {
    expect(unreviewedInstallScripts(lockWithNestedCopies, { '@scope/tool@1.0.0': true, native: false })).toEqual([]);
  });
});

describe('package-lock.json of this project', () => {
  const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const lock = PackageLockSchema.parse(JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')));

  it('lists every platform\'s optional packages, so plain `npm ci` works on any machine (regenerate it from scratch when this fails: rm package-lock.json && npm install --package-lock-only)', () => {
    expect(missingDependencies(lock)).toEqual([]);
  });

  it('records no registry addresses', () => {
    expect(JSON.stringify(lock)).not.toMatch(/"resolved"\s*:/);
  });

  it('has every install script reviewed in package.json "allowScripts" (npm install-scripts approve|deny <package>)', () => {
    expect(unreviewedInstallScripts(lock, AllowScriptsSchema.parse(packageJson.allowScripts ?? {}))).toEqual([]);
  });

  it('asks for the Node of .nvmrc in engines and devEngines, so npm stops on an older Node before running anything', () => {
    const major = readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim();
    expect(packageJson.engines.node).toBe(`>=${major}`);
    expect(packageJson.devEngines.runtime).toEqual({ name: 'node', version: `>=${major}`, onFail: 'error' });
  });
});
