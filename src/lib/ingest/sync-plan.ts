import { compareCodeUnits } from '../archive/order.ts';

/** The folder inside the output that ingest owns entirely; anything else there is left alone. */
export const GENERATED_ROOT = 'issues';

/** The files under `issues/` by path, read only when asked for (output.ts): a large archive's are not all read. */
export type ExistingFiles = Pick<ReadonlyMap<string, string>, 'get' | 'keys' | 'size'>;

export interface SyncInput {
  /** What this run generated, by path relative to the output folder (`issues/2024-10-13/001.mdx`). */
  generated: ReadonlyMap<string, string>;
  /** Files this run would generate exactly as they are on disk already (unchanged issues, see memo.ts). */
  reused?: ReadonlySet<string>;
  /** What the output folder holds now under `issues/`, by the same paths. */
  existing: ExistingFiles;
  /** Seed paths (`seeds/x.txt`) this run could not ingest. */
  failedSeeds: ReadonlySet<string>;
  /** Seed paths (`seeds/x.txt`) in the seeds folder now, read or not. */
  presentSeeds: ReadonlySet<string>;
  /**
   * Why nothing may be removed in this run (it had errors), or undefined. A run that could not
   * read everything cannot tell a page that is gone from a page it failed to read.
   */
  removalsBlocked?: string;
  /** False when the run placed no pages at all: then nothing is written either. */
  complete: boolean;
}

export interface PlannedChange {
  path: string;
  reason: string;
}

export interface SyncPlan {
  /** New or changed files to write. */
  write: Map<string, string>;
  unchanged: number;
  /** Files to delete, each with the seed that explains it. */
  remove: PlannedChange[];
  /** Files this run would have written or removed but leaves as they are, and why. */
  keep: PlannedChange[];
}

/**
 * Decides what one ingest run changes in `issues/`. Published work is removed only because its
 * seed is really gone (or now gives less): never by a run with errors, and never for an issue
 * that has a page this run failed to read, whose earlier files stay exactly as they were.
 */
export function planSync(input: SyncInput): SyncPlan {
  const plan: SyncPlan = { write: new Map(), unchanged: 0, remove: [], keep: [] };
  if (!input.complete) {
    if (input.existing.size > 0) plan.keep.push({ path: `${GENERATED_ROOT}/`, reason: 'the run placed no pages, so every file stays as it was' });
    return plan;
  }
  const previousSeeds = seedsByIssue(input.existing);
  const held = new Map<string, string[]>();
  for (const [issue, seeds] of previousSeeds) {
    const failed = seeds.filter((seed) => input.failedSeeds.has(seed));
    if (failed.length > 0) held.set(issue, failed);
  }

  for (const [path, content] of [...input.generated].sort(([a], [b]) => compareCodeUnits(a, b))) {
    const failed = held.get(issueFolder(path));
    if (failed) {
      if (input.existing.get(path) !== content) plan.keep.push({ path, reason: `not updated: ${failed.join(', ')} of this issue could not be ingested` });
      continue;
    }
    if (input.existing.get(path) === content) plan.unchanged++;
    else plan.write.set(path, content);
  }
  plan.unchanged += input.reused?.size ?? 0;

  for (const path of [...input.existing.keys()].sort(compareCodeUnits)) {
    if (input.generated.has(path) || input.reused?.has(path)) continue;
    const issue = issueFolder(path);
    const failed = held.get(issue);
    if (failed) {
      plan.keep.push({ path, reason: `not removed: ${failed.join(', ')} of this issue could not be ingested` });
    } else if (input.removalsBlocked) {
      plan.keep.push({ path, reason: `not removed: ${input.removalsBlocked}` });
    } else {
      plan.remove.push({ path, reason: removalReason(previousSeeds.get(issue), input.presentSeeds) });
    }
  }
  return plan;
}

function removalReason(seeds: string[] | undefined, present: ReadonlySet<string>): string {
  if (!seeds || seeds.length === 0) return 'no seed page generates it';
  const gone = seeds.filter((seed) => !present.has(seed));
  if (gone.length > 0) return `${gone.join(', ')} ${gone.length === 1 ? 'is' : 'are'} no longer in the seeds folder`;
  return `${seeds.join(', ')} no longer ${seeds.length === 1 ? 'gives' : 'give'} it (the page changed, or its date or place in issues.json did)`;
}

/** `issues/2024-10-13/001.mdx` → `issues/2024-10-13`. */
function issueFolder(path: string): string {
  return path.split('/').slice(0, 2).join('/');
}

/** The seed files each existing issue was made from, read from its `issue.json`. */
function seedsByIssue(existing: ExistingFiles): Map<string, string[]> {
  const seeds = new Map<string, string[]>();
  for (const path of existing.keys()) {
    if (!path.endsWith('/issue.json')) continue;
    seeds.set(issueFolder(path), seedFilesOf(existing.get(path) ?? ''));
  }
  return seeds;
}

function seedFilesOf(issueJson: string): string[] {
  try {
    const issue = JSON.parse(issueJson) as { pages?: Array<{ file?: unknown }> };
    return (issue.pages ?? []).flatMap((page) => (typeof page.file === 'string' ? [page.file] : []));
  } catch {
    return []; // a hand-edited, broken issue.json: its files are regenerated or removed like any other
  }
}
