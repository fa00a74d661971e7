import { z } from 'zod';
import type { RelatedEntry } from '../archive/related.ts';

/**
 * What one `astro build` renders. A small archive is one build of everything (`all`). A large
 * one is built by period (scripts/build.ts, docs/build-by-period.md): one build per search
 * period renders that period's issues and articles and the files made from their full text,
 * cached until the period changes; one `hub` build renders every archive-wide page from the
 * periods' summaries. Pure: the content loaders, the routes and the build planner read the
 * same scope.
 */

export type BuildScope =
  | { readonly kind: 'all' }
  | {
      readonly kind: 'hub';
      /** Files of every period's summary (content-folders.ts, PeriodSummary), oldest period first: the hub reads no content file. */
      readonly summaries: readonly string[];
      /** The key of the code and data it renders with (content-folders.ts, `codeKey`): memos that skip work by its inputs key on it. */
      readonly code?: string;
    }
  | {
      readonly kind: 'period';
      /** A search period's id (`2024-10`, `2024-10a`), see src/lib/search/periods.ts. */
      readonly id: string;
      /** Its issue dates, `YYYY-MM-DD`, oldest first. */
      readonly dates: readonly string[];
      /** The archive's issues just before and after it, which its first and last issue link to. */
      readonly before?: string;
      readonly after?: string;
      /**
       * Every name the archive credits: the Traditional conversion keeps them whole wherever they
       * occur, in this period's text too.
       */
      readonly personNames: readonly string[];
      /** Each of its articles' related articles, from the whole archive (src/lib/archive/related.ts): none listed, none. */
      readonly related?: Readonly<Record<string, readonly RelatedEntry[]>>;
    };

/**
 * Routes rendered per period (from full text) or by the hub (from summaries); `part` routes
 * write what a period build hands on (never published), only in period builds; `whole` routes
 * are made from the full text of the whole archive, only by a build of all of it (a build by
 * period makes them from its periods' parts).
 */
export type RouteOwner = 'period' | 'hub' | 'part' | 'whole';

/** `ARCHIVE_SCOPE`: unset or `all`; `hub:<file>` or `period:<file>`, a JSON file of the hub's or the period's scope. */
export const SCOPE_VARIABLE = 'ARCHIVE_SCOPE';

const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const PeriodScopeSchema = z.object({
  kind: z.literal('period'),
  id: z.string().regex(/^\d{4}-\d{2}[a-z]?$/),
  dates: z.array(DATE).min(1),
  before: DATE.optional(),
  after: DATE.optional(),
  personNames: z.array(z.string().min(1)),
  related: z.record(z.string(), z.array(z.object({ id: z.string().min(1), date: DATE, order: z.number().int().positive(), title: z.string() }))).optional(),
});
const HubScopeSchema = z.object({ kind: z.literal('hub'), summaries: z.array(z.string().min(1)), code: z.string().min(1).optional() });

export function parseBuildScope(value: string | undefined, readFile: (path: string) => string): BuildScope {
  if (value === undefined || value === '' || value === 'all') return { kind: 'all' };
  const kind = value.slice(0, value.indexOf(':'));
  if (kind !== 'hub' && kind !== 'period') throw new Error(`${SCOPE_VARIABLE}=${value}: expected "all", "hub:<file>" or "period:<file>"`);
  const file = value.slice(kind.length + 1);
  const parsed = (kind === 'hub' ? HubScopeSchema : PeriodScopeSchema).safeParse(JSON.parse(readFile(file)));
  if (!parsed.success) throw new Error(`${file}: not a ${kind} scope: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Whether this build renders a route of that owner. */
export function rendersRoutesOf(scope: BuildScope, owner: RouteOwner): boolean {
  if (owner === 'part') return scope.kind === 'period';
  if (owner === 'whole') return scope.kind === 'all';
  return scope.kind === 'all' || scope.kind === owner;
}

/** Where a period build writes its parts, inside its output (the assembly moves them out). */
export const PARTS_FOLDER = 'build-parts';
