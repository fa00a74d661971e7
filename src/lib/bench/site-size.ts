import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { OfflineParts } from '../offline/save-ledger.ts';
import { median } from './stats.ts';

export interface FolderSize {
  files: number;
  bytes: number;
}

export function folderSize(dir: string): FolderSize {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** What a reader's browser downloads for one page, gzip-compressed as a static host sends it. */
export interface PageWeight {
  htmlGzip: number;
  cssGzip: number;
  /** Scripts the page loads; the page works without them (reading needs no JavaScript). */
  jsGzip: number;
  /** HTML and CSS: what reading the page needs. */
  readingGzip: number;
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).byteLength;

/**
 * Weighs a built page: its HTML, the stylesheets it links and the module scripts it loads
 * (`/_astro/…` assets, followed one import level at a time so chunks count too).
 */
export function pageWeight(dist: string, base: string, pagePath: string): PageWeight {
  const file = join(dist, pagePath, pagePath.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const local = (url: string) => (url.startsWith(base) ? join(dist, url.slice(base.length)) : undefined);
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const css2 = [...text.matchAll(/<link[^>]+href="([^"]+\.css)"[^>]*rel="stylesheet"/g)].map((m) => m[1]!);
  const scripts = new Set([...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!));
  const seen = new Set<string>();
  let jsGzip = 0;
  const queue = [...scripts];
  while (queue.length > 0) {
    const url = queue.shift()!;
    const path = local(url);
    if (!path || seen.has(path)) continue;
    seen.add(path);
    const source = readFileSync(path);
    jsGzip += gzipSize(source);
    for (const m of source.toString('utf8').matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) queue.push(new URL(m[1]!, `http://x${url}`).pathname);
  }
  const cssGzip = [...new Set([...css, ...css2])].reduce((sum, url) => {
    const path = local(url);
    return path ? sum + gzipSize(readFileSync(path)) : sum;
  }, 0);
  const htmlGzip = gzipSize(html);
  return { htmlGzip, cssGzip, jsGzip, readingGzip: htmlGzip + cssGzip };
}

/** The largest HTML page of a built site: no page may grow with the archive. */
export function largestPage(dist: string): { path: string; bytes: number } {
  let largest = { path: '', bytes: 0 };
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = statSync(path).size;
    if (bytes > largest.bytes) largest = { path: path.slice(dist.length).split('\\').join('/'), bytes };
  }
  return largest;
}

const DATED = /^(?:zh-han[st])\/(\d{4})\/(\d{2})\/\d{2}\/|^api\/issues\/(\d{4})-(\d{2})-|^api\/oembed\/(\d{4})-(\d{2})-|^pagefind\/zh-han[st]\/(\d{4})-(\d{2})[a-z]?\//;

/**
 * What each month of issues weighs in the built site: its issue and article pages in both trees,
 * their API and oEmbed files and their search index (what a site per period would hold, and what
 * saving a month for offline reading downloads).
 */
export function monthSizes(dist: string): Map<string, FolderSize> {
  const months = new Map<string, FolderSize>();
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const match = DATED.exec(path.slice(dist.length + 1).split('\\').join('/'));
    if (!match) continue;
    const [year, month] = match.slice(1).filter((part) => part !== undefined) as [string, string];
    const size = months.get(`${year}-${month}`) ?? { files: 0, bytes: 0 };
    size.files += 1;
    size.bytes += statSync(path).size;
    months.set(`${year}-${month}`, size);
  }
  return months;
}

/** What saving one period for offline reading downloads, per script: the period with the base it needs. */
export interface PeriodSaveSizes {
  /** Periods of more than `full` articles (a whole month of the daily, not a month's first day). */
  periods: number;
  baseBytes: number;
  medianBytes: number;
  largest: { id: string; bytes: number; files: number };
}

/** From a script's `offline/<script>/parts.json` (src/lib/offline/archive-list.ts, offlinePartLists). */
export function periodSaveSizes(parts: OfflineParts, full = 1000): PeriodSaveSizes {
  const [base, ...periods] = parts.parts;
  const counted = periods.filter((p) => (p.articles ?? 0) > full).sort((a, b) => a.bytes - b.bytes);
  const largest = counted.at(-1) ?? periods[0];
  return {
    periods: counted.length,
    baseBytes: base?.bytes ?? 0,
    medianBytes: counted.length === 0 ? 0 : median(counted.map((p) => p.bytes)),
    largest: { id: largest?.id ?? '', bytes: largest?.bytes ?? 0, files: largest?.files ?? 0 },
  };
}
