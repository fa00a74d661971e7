/**
 * The two search designs the bench compares, built over the same article pages:
 * - single: one Pagefind index for the whole site (one language index per script), as the
 *   archive builds it today, through Pagefind's Node API;
 * - partitioned: buildPartitionedIndex (src/lib/search/partitioned-index.ts).
 * Both are timed, with the peak memory of Pagefind's native process (the Node API runs
 * `pagefind --service` as a child, which the Node process's own peak does not include).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SCRIPT_SEGMENTS, type ScriptSegment } from '../archive/scripts.ts';
import { buildPartitionedIndex, type PartitionedIndexOptions, type PartitionedIndexReport } from '../search/partitioned-index.ts';

/** The single index's folder under the site (the partitioned one is `pagefind/`). */
export const SINGLE_FOLDER = 'pagefind-single';

/** Resident memory of this process's descendants, polled: the peak of their sum. */
export class ChildMemory {
  private peak = 0;
  private readonly timer: NodeJS.Timeout;
  constructor(intervalMs = 250) {
    this.timer = setInterval(() => {
      this.peak = Math.max(this.peak, descendantsRss(process.pid));
    }, intervalMs);
    this.timer.unref();
  }
  stop(): number {
    clearInterval(this.timer);
    return this.peak;
  }
}

function descendantsRss(pid: number): number {
  let total = 0;
  for (const child of childrenOf(pid)) {
    try {
      const status = readFileSync(`/proc/${child}/status`, 'utf8');
      const match = /VmRSS:\s+(\d+) kB/.exec(status);
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // the child ended between the listing and the read
    }
    total += descendantsRss(child);
  }
  return total;
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) children.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // no such process any more
  }
  return children;
}

export interface IndexRun {
  seconds: number;
  /** Peak resident memory of Pagefind's native process. */
  pagefindPeakBytes: number;
  files: number;
  bytes: number;
}

/**
 * One Pagefind index per script over all its article pages (the current design: the site's one
 * bundle holds a language index per script; here each script's goes to its own folder,
 * `pagefind-single/<script>/`, so the two are built one after the other and Pagefind holds one in
 * memory at a time. What a search loads is the same: the files of its language's index).
 */
export async function buildSingleIndex(siteDir: string, scripts: readonly ScriptSegment[] = SCRIPT_SEGMENTS): Promise<Record<string, IndexRun & { pages: number }>> {
  const runs: Record<string, IndexRun & { pages: number }> = {};
  for (const script of scripts) {
    const out = join(siteDir, SINGLE_FOLDER, script);
    rmSync(out, { recursive: true, force: true });
    const memory = new ChildMemory();
    const started = performance.now();
    let pages = 0;
    try {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: siteDir, glob: `${script}/**/index.html` });
      if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
      pages = added.page_count;
      const written = await index.writeFiles({ outputPath: out });
      if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    } finally {
      await pagefind.close();
    }
    const seconds = (performance.now() - started) / 1000;
    runs[script] = { seconds, pagefindPeakBytes: memory.stop(), pages, ...folderFiles(out) };
  }
  return runs;
}

/** buildPartitionedIndex, timed, with Pagefind's peak memory. */
export async function buildPartitioned(siteDir: string, options: PartitionedIndexOptions = {}): Promise<IndexRun & { report: PartitionedIndexReport }> {
  const memory = new ChildMemory();
  const started = performance.now();
  const report = await buildPartitionedIndex(siteDir, options);
  const seconds = (performance.now() - started) / 1000;
  return { seconds, pagefindPeakBytes: memory.stop(), report, ...folderFiles(join(siteDir, 'pagefind')) };
}

/** Files and bytes under a folder (0 when it does not exist). */
export function folderFiles(dir: string, filter: (path: string) => boolean = () => true): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, bytes };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (!filter(path)) continue;
    files++;
    bytes += statSync(path).size;
  }
  return { files, bytes };
}
