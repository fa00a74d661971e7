/**
 * The site of a build by period, put together from the hub's output and each period's: hard
 * links, so that a period unchanged since the last build costs no copy. What a period build
 * renders is its issues' pages and the files made from their text; the rest of its output (the
 * pages every build renders) is the hub's to give. The periods' corpus parts are joined by year,
 * and one sitemap index lists every build's sitemaps.
 *
 * The last assembly is remembered (`manifestFile`): when the code and settings are the same, the
 * site is updated in place, the hub's files and those of the periods that changed only, rather
 * than 250,000 files linked again.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesOfFinishedFolder, filesUnder, linkFile } from './file-tree.ts';
import { PARTS_FOLDER } from './scope.ts';

export interface AssemblyInput {
  readonly hub: string;
  /** Oldest first; `key` names the period's output (a new key, new files). */
  readonly periods: ReadonlyArray<{ readonly id: string; readonly folder: string; readonly key?: string }>;
  readonly outDir: string;
  /** Where the assembly remembers what it placed, for the next one. */
  readonly manifestFile?: string;
  /** What every output depends on besides its content (code, settings): a change assembles afresh. */
  readonly baseKey?: string;
}

export interface AssemblyReport {
  readonly files: number;
  readonly corpusYears: number;
  /** Updated in place (only the hub and changed periods placed again), or assembled afresh. */
  readonly incremental: boolean;
  /** Every file of the assembled site, relative to it: the steps after the assembly need not walk it. */
  readonly site: readonly string[];
  /** The site's files linked from finished folders (the periods' outputs): what is known of them once need not be learnt again. */
  readonly finished: readonly FinishedSource[];
}

/** Files of the site that are links to files of a folder that never changes: `[path in the site, path in the folder]`. */
export interface FinishedSource {
  readonly folder: string;
  readonly placed: ReadonlyArray<readonly [string, string]>;
}

/** What a period build contributes: its issues' pages and files, and the shared assets. */
const PERIOD_OWNED = /^(zh-han[st]\/\d{4}\/\d{2}\/\d{2}\/|api\/issues\/|api\/oembed\/|seeds\/|_astro\/)/;
/** Content-hashed assets, shared by every build of the same code. */
const SHARED = /^_astro\//;
const CORPUS_PART = /^data\/(\d{4})\/(articles\.jsonl\.gz|articles\.csv)$/;
const SITEMAP = /^sitemap-(\d+)\.xml$/;
const SITEMAP_INDEX = 'sitemap-index.xml';
const BOM = '\uFEFF';

interface Manifest {
  readonly version: 1;
  readonly outDir: string;
  readonly baseKey: string;
  readonly hub: readonly string[];
  readonly periods: Record<string, { readonly key: string; readonly files: readonly string[] }>;
  /** Each corpus file and the periods (id and key) it was joined from. */
  readonly corpus: Record<string, string>;
}

/** One build's files as they go into the site: target path → source file. */
type Placement = Map<string, string>;

export function assembleSite(input: AssemblyInput): AssemblyReport {
  const { hub, periods, outDir } = input;
  const sitemaps: string[] = [];
  const hubFiles: Placement = new Map();
  for (const path of filesUnder(hub)) {
    if (path === SITEMAP_INDEX) continue;
    const sitemap = SITEMAP.exec(path);
    const target = sitemap ? `sitemap-hub-${sitemap[1]}.xml` : path;
    if (sitemap) sitemaps.push(target);
    hubFiles.set(target, join(hub, path));
  }
  const periodFiles = new Map<string, Placement>();
  const corpus = new Map<string, { parts: string[]; from: string[] }>();
  for (const { id, folder, key } of periods) {
    const placement: Placement = new Map();
    // A period's output does not change once built (its key names it): its files are listed once.
    for (const path of filesOfFinishedFolder(folder)) {
      if (path.startsWith(`${PARTS_FOLDER}/`)) continue;
      const part = CORPUS_PART.exec(path);
      if (part) {
        const file = `data/${part[1]}/${part[2]}`;
        const joined = corpus.get(file) ?? { parts: [], from: [] };
        joined.parts.push(join(folder, path));
        joined.from.push(`${id}-${key ?? folder}`);
        corpus.set(file, joined);
        continue;
      }
      const sitemap = SITEMAP.exec(path);
      if (sitemap) {
        sitemaps.push(`sitemap-${id}-${sitemap[1]}.xml`);
        placement.set(sitemaps.at(-1)!, join(folder, path));
      } else if (PERIOD_OWNED.test(path)) placement.set(path, join(folder, path));
    }
    periodFiles.set(id, placement);
  }
  const index = sitemapIndex(readFileSync(join(hub, SITEMAP_INDEX), 'utf8'), sitemaps);
  const keys = new Map(periods.map((p) => [p.id, p.key ?? p.folder]));
  const keyOf = (id: string) => keys.get(id)!;

  const previous = readManifest(input);
  let files = 0;
  const place = (root: string, target: string, source: string) => {
    const path = join(root, target);
    if (existsSync(path)) return;
    mkdirSync(dirname(path), { recursive: true });
    linkFile(source, path);
    files++;
  };
  const writeCorpus = (root: string, file: string, parts: readonly string[]) => {
    const target = join(root, file);
    mkdirSync(dirname(target), { recursive: true });
    // Gzip members one after another are one gzip file (RFC 1952, 2.2); CSV parts share one header.
    joinParts(target, parts, file.endsWith('.csv') ? withoutHeader : undefined);
    files++;
  };

  if (previous) {
    // In place: the hub's files all again (it renders every build), a period's when its key changed.
    const remove = (path: string) => rmSync(join(outDir, path), { force: true });
    for (const path of previous.hub) remove(path);
    for (const [id, old] of Object.entries(previous.periods)) {
      if (periodFiles.has(id) && keyOf(id) === old.key) continue;
      for (const path of old.files) if (!SHARED.test(path)) remove(path);
    }
    for (const [target, source] of hubFiles) place(outDir, target, source);
    for (const [id, placement] of periodFiles) {
      if (previous.periods[id]?.key === keyOf(id)) continue;
      for (const [target, source] of placement) place(outDir, target, source);
    }
    for (const file of Object.keys(previous.corpus)) if (!corpus.has(file)) remove(file);
    for (const [file, joined] of corpus) if (previous.corpus[file] !== joined.from.join(' ')) writeCorpus(outDir, file, joined.parts);
    writeFileSync(join(outDir, SITEMAP_INDEX), index);
  } else {
    const next = `${outDir}.next`;
    rmSync(next, { recursive: true, force: true });
    mkdirSync(next, { recursive: true });
    for (const [target, source] of hubFiles) place(next, target, source);
    for (const placement of periodFiles.values()) for (const [target, source] of placement) place(next, target, source);
    for (const [file, joined] of corpus) writeCorpus(next, file, joined.parts);
    writeFileSync(join(next, SITEMAP_INDEX), index);
    files++;
    const old = `${outDir}.old`;
    rmSync(old, { recursive: true, force: true });
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(next, outDir);
    rmSync(old, { recursive: true, force: true });
  }

  if (input.manifestFile) {
    const manifest: Manifest = {
      version: 1,
      outDir,
      baseKey: input.baseKey ?? '',
      hub: [...hubFiles.keys()],
      periods: Object.fromEntries([...periodFiles].map(([id, placement]) => [id, { key: keyOf(id), files: [...placement.keys()] }])),
      corpus: Object.fromEntries([...corpus].map(([file, joined]) => [file, joined.from.join(' ')])),
    };
    mkdirSync(dirname(input.manifestFile), { recursive: true });
    writeFileSync(input.manifestFile, JSON.stringify(manifest));
  }
  const finished = periods.map(({ id, folder }) => ({ folder, placed: [...periodFiles.get(id)!].map(([target, source]) => [target, source.slice(folder.length + 1)] as const) }));
  const site = [...new Set([...hubFiles.keys(), ...[...periodFiles.values()].flatMap((placement) => [...placement.keys()]), ...corpus.keys(), SITEMAP_INDEX])];
  return { files, corpusYears: new Set([...corpus.keys()].map((file) => file.split('/')[1])).size, incremental: previous !== undefined, site, finished };
}

/** The last assembly, if the site it made is still there and was made by the same code and settings. */
function readManifest(input: AssemblyInput): Manifest | undefined {
  if (!input.manifestFile || !existsSync(input.manifestFile) || !existsSync(input.outDir)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(input.manifestFile, 'utf8')) as Manifest;
    if (manifest.version !== 1 || manifest.outDir !== input.outDir || manifest.baseKey !== (input.baseKey ?? '')) return undefined;
    // A site changed by hand since (its sitemap index gone) is assembled afresh.
    return existsSync(join(input.outDir, SITEMAP_INDEX)) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

function joinParts(target: string, parts: readonly string[], laterPart?: (bytes: Buffer) => Buffer): void {
  // A new file, not the old one written over: the old one may be a link into the cache.
  rmSync(target, { force: true });
  const fd = openSync(target, 'w');
  try {
    parts.forEach((part, index) => {
      const bytes = readFileSync(part);
      writeSync(fd, index > 0 && laterPart ? laterPart(bytes) : bytes);
    });
  } finally {
    closeSync(fd);
  }
}

/** A CSV part after the first: its rows, without the byte order mark and the header line. */
function withoutHeader(bytes: Buffer): Buffer {
  let text = bytes.toString('utf8');
  if (text.startsWith(BOM)) text = text.slice(1);
  return Buffer.from(text.slice(text.indexOf('\r\n') + 2), 'utf8');
}

/** The hub's sitemap index, listing every build's sitemaps at the same address. */
export function sitemapIndex(hubIndex: string, sitemaps: readonly string[]): string {
  const first = /<loc>([^<]*)<\/loc>/.exec(hubIndex)?.[1];
  if (!first) throw new Error(`the hub's ${SITEMAP_INDEX} names no sitemap`);
  const folder = first.slice(0, first.lastIndexOf('/') + 1);
  const entries = sitemaps.map((name) => `<sitemap><loc>${folder}${name}</loc></sitemap>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</sitemapindex>`;
}
