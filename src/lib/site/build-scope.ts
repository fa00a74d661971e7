/** The Astro edge of the build scope (src/lib/build/scope.ts): this build's, from ARCHIVE_SCOPE. */
import { readFileSync } from 'node:fs';
import { parseBuildScope, rendersRoutesOf, SCOPE_VARIABLE, type RouteOwner } from '../build/scope.ts';

export const buildScope = parseBuildScope(process.env[SCOPE_VARIABLE], (path) => readFileSync(path, 'utf8'));

/** A route's paths in this build: none when another build renders the route. */
export async function ownedPaths<T>(owner: RouteOwner, paths: () => T[] | Promise<T[]>): Promise<T[]> {
  return rendersRoutesOf(buildScope, owner) ? paths() : [];
}
