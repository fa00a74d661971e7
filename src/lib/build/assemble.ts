/**
 * The site of a build by period, put together from the hub's output and each period's: hard
 * links, so that a period unchanged since the last build costs no copy. What a period build
 * renders is its issues' pages and the files made from their text; the rest of its output (the
 * pages every build renders) is the hub's to give. The periods' corpus parts are joined by year,
 * and one sitemap index lists every build's sitemaps.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesUnder, linkFile } from './file-tree.ts';
import { PARTS_FOLDER } from './scope.ts';

export interface AssemblyInput {
  readonly hub: string;
  /** Oldest first. */
  readonly periods: ReadonlyArray<{ readonly id: string; readonly folder: string }>;
  readonly outDir: string;
}

export interface AssemblyReport {
  readonly files: number;
  readonly corpusYears: number;
}

/** What a period build contributes: its issues' pages and files, and the shared assets. */
const PERIOD_OWNED = /^(zh-han[st]\/\d{4}\/\d{2}\/\d{2}\/|api\/issues\/|api\/oembed\/|seeds\/|_astro\/)/;
const CORPUS_PART = /^data\/(\d{4})\/(articles\.jsonl\.gz|articles\.csv)$/;
const SITEMAP = /^sitemap-(\d+)\.xml$/;
const SITEMAP_INDEX = 'sitemap-index.xml';
const BOM = '\uFEFF';

export function assembleSite({ hub, periods, outDir }: AssemblyInput): AssemblyReport {
  const next = `${outDir}.next`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  const sitemaps: string[] = [];
  let files = 0;
  const place = (from: string, path: string, as = path) => {
    const target = join(next, as);
    if (existsSync(target)) return;
    mkdirSync(dirname(target), { recursive: true });
    linkFile(join(from, path), target);
    files++;
  };

  for (const path of filesUnder(hub)) {
    if (path === SITEMAP_INDEX) continue;
    const sitemap = SITEMAP.exec(path);
    if (sitemap) {
      sitemaps.push(`sitemap-hub-${sitemap[1]}.xml`);
      place(hub, path, sitemaps.at(-1));
    } else place(hub, path);
  }

  const corpus = new Map<string, Map<string, string[]>>();
  for (const { id, folder } of periods) {
    for (const path of filesUnder(folder)) {
      if (path.startsWith(`${PARTS_FOLDER}/`)) continue;
      const part = CORPUS_PART.exec(path);
      if (part) {
        const byFile = corpus.get(part[1]!) ?? new Map<string, string[]>();
        byFile.set(part[2]!, [...(byFile.get(part[2]!) ?? []), join(folder, path)]);
        corpus.set(part[1]!, byFile);
        continue;
      }
      const sitemap = SITEMAP.exec(path);
      if (sitemap) {
        sitemaps.push(`sitemap-${id}-${sitemap[1]}.xml`);
        place(folder, path, sitemaps.at(-1));
      } else if (PERIOD_OWNED.test(path)) place(folder, path);
    }
  }

  for (const [year, byFile] of corpus) {
    for (const [name, parts] of byFile) {
      const target = join(next, 'data', year, name);
      mkdirSync(dirname(target), { recursive: true });
      // Gzip members one after another are one gzip file (RFC 1952, 2.2); CSV parts share one header.
      joinParts(target, parts, name.endsWith('.csv') ? withoutHeader : undefined);
      files++;
    }
  }

  writeFileSync(join(next, SITEMAP_INDEX), sitemapIndex(readFileSync(join(hub, SITEMAP_INDEX), 'utf8'), sitemaps));
  files++;

  const old = `${outDir}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(next, outDir);
  rmSync(old, { recursive: true, force: true });
  return { files, corpusYears: corpus.size };
}

function joinParts(target: string, parts: readonly string[], laterPart?: (bytes: Buffer) => Buffer): void {
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

