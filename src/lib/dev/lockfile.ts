import { z } from 'zod';

/**
 * Checks of package-lock.json that `npm ci` does not make on the machine it runs on.
 *
 * A lock file written by `npm install` on an existing tree can omit the optional packages of other
 * platforms (compiler bindings, Rollup, Pagefind, sharp …). `npm ci` on such a lock resolves them
 * again at install time, and any newer release of a shared dependency published since then makes
 * the tree disagree with the lock: the install fails on a fresh machine while it passes here.
 */

const dependencyMap = z.record(z.string(), z.string()).optional();

const LockedPackageSchema = z.looseObject({
  version: z.string().optional(),
  link: z.boolean().optional(),
  dependencies: dependencyMap,
  optionalDependencies: dependencyMap,
  hasInstallScript: z.boolean().optional(),
});

export const PackageLockSchema = z.looseObject({
  lockfileVersion: z.number().int().min(2),
  packages: z.record(z.string(), LockedPackageSchema),
});

export type PackageLock = z.infer<typeof PackageLockSchema>;

/** npm 11's install-script policy: package name (optionally `name@version`) → allowed or denied. */
export const AllowScriptsSchema = z.record(z.string(), z.boolean());

export interface MissingDependency {
  /** The package that declares the dependency, or "(project)" for package.json itself. */
  dependent: string;
  name: string;
  range: string;
  optional: boolean;
}

const NODE_MODULES = 'node_modules/';

/** Folders Node would search for `name` from the package installed at `location`, nearest first. */
export function resolutionCandidates(location: string, name: string): string[] {
  const candidates: string[] = [];
  let folder = location;
  for (;;) {
    candidates.push(folder === '' ? `${NODE_MODULES}${name}` : `${folder}/${NODE_MODULES}${name}`);
    if (folder === '') return candidates;
    const parent = folder.lastIndexOf(`/${NODE_MODULES}`);
    folder = parent === -1 ? '' : folder.slice(0, parent);
  }
}

/**
 * Every dependency (regular or optional, of any platform) that no lock entry satisfies. An empty
 * list means `npm ci` can install on any platform without resolving anything again.
 */
export function missingDependencies(lock: PackageLock): MissingDependency[] {
  const missing: MissingDependency[] = [];
  for (const [location, entry] of Object.entries(lock.packages)) {
    if (entry.link) continue;
    const declared: Array<[string, string, boolean]> = [
      ...Object.entries(entry.dependencies ?? {}).map(([name, range]): [string, string, boolean] => [name, range, false]),
      ...Object.entries(entry.optionalDependencies ?? {}).map(([name, range]): [string, string, boolean] => [name, range, true]),
    ];
    for (const [name, range, optional] of declared) {
      if (resolutionCandidates(location, name).some((candidate) => candidate in lock.packages)) continue;
      missing.push({ dependent: location === '' ? '(project)' : packageNameOf(location), name, range, optional });
    }
  }
  return missing;
}

/** The package name of a lock location such as `node_modules/a/node_modules/@scope/b`. */
export function packageNameOf(location: string): string {
  return location.slice(location.lastIndexOf(NODE_MODULES) + NODE_MODULES.length);
}

/** A policy key is `name` or `name@version`; scoped names start with `@`. */
function policyKeyName(key: string): string {
  const at = key.indexOf('@', 1);
  return at === -1 ? key : key.slice(0, at);
}

/**
 * Locked packages with install scripts that the project's `allowScripts` neither allows nor denies.
 * npm 11 runs such scripts with only a warning; here they fail the tests until someone decides.
 */
export function unreviewedInstallScripts(lock: PackageLock, allowScripts: Record<string, boolean>): string[] {
  const reviewed = new Set(Object.keys(allowScripts).map(policyKeyName));
  const unreviewed = new Set<string>();
  for (const [location, entry] of Object.entries(lock.packages)) {
    if (!entry.hasInstallScript || location === '') continue;
    const name = packageNameOf(location);
    if (!reviewed.has(name)) unreviewed.add(`${name}@${entry.version ?? '?'}`);
  }
  return [...unreviewed].sort();
}
