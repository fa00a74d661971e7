import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, SeedPage } from './corpus.ts';
import { generateArchive, planArchive, type GeneratedPage, type SynthOptions } from './generate.ts';

/**
 * The file-system edges: reading the sample seeds, and streaming a generated archive to a folder
 * (pages one by one, the manifest and the expectations as they grow), so memory stays flat
 * however many years are generated.
 */

export const MANIFEST_NAME = 'issues.json';
export const EXPECTED_NAME = 'synth-expected.json';
const PAGE_NAME = /^\d{3,}_[0-9a-f]{16}\.txt$/u;

/** What `synth-expected.json` says about one page. Kinds use the ingest's words: a feature is news. */
export interface ExpectedPage {
  file: string;
  label: string;
  order: number;
  articles: number;
  kinds: { news: number; commentary: number; photo: number };
  /** News articles with a byline (`□ 记者 …`) instead of a dateline; counted in `kinds.news`. */
  features: number;
  /** Paragraphs cut in two at a column end, a blank line between: each must be joined again. */
  ocrBreaks: number;
  /** Paragraphs cut onto a new line only: one paragraph to a reader, no join to report. */
  lineBreaks: number;
  encoding: GeneratedPage['encoding'];
  lineEnding: GeneratedPage['lineEnding'];
  bytes: number;
}

export interface ExpectedIssue {
  date: string;
  pages: ExpectedPage[];
}

export interface ArchiveTotals {
  issues: number;
  pages: number;
  articles: number;
  ocrBreaks: number;
  lineBreaks: number;
  bytes: number;
  first?: string;
  last?: string;
  encodings: Record<GeneratedPage['encoding'], number>;
  crlfPages: number;
}

/** The sample pages, decoded, with the year `issues.json` gives them where it does. */
export function readSeedPages(dir: string): SeedPage[] {
  if (!existsSync(dir)) throw new Error(`the seeds folder ${dir} does not exist`);
  const manifestPath = join(dir, MANIFEST_NAME);
  const pinned = existsSync(manifestPath) ? readPinnedDates(manifestPath) : {};
  const names = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
  if (names.length === 0) throw new Error(`the seeds folder ${dir} holds no *.txt pages to learn from`);
  return names.map((name) => {
    const date = pinned[name]?.date;
    return { name, text: decodeSeedBytes(readFileSync(join(dir, name)), name), ...(date ? { year: Number(date.slice(0, 4)) } : {}) };
  });
}

function readPinnedDates(path: string): Record<string, { date?: string }> {
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { pages?: Record<string, { date?: string }> }).pages ?? {};
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

function decodeSeedBytes(bytes: Uint8Array, name: string): string {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes).replace(/\r\n?/gu, '\n');
    } catch {
      // try the next encoding
    }
  }
  throw new Error(`${name} is neither UTF-8 nor GB18030`);
}

export function expectedPage(page: GeneratedPage): ExpectedPage {
  const count = (kind: string) => page.articles.filter((a) => a.kind === kind).length;
  return {
    file: page.fileName,
    label: page.label,
    order: page.order,
    articles: page.articles.length,
    kinds: { news: count('news') + count('feature'), commentary: count('commentary'), photo: count('photo') },
    features: count('feature'),
    ocrBreaks: page.rendered.ocrBreaks,
    lineBreaks: page.rendered.lineBreaks,
    encoding: page.encoding,
    lineEnding: page.lineEnding,
    bytes: page.bytes.length,
  };
}

/**
 * Refuses a folder holding anything but a previous run's output (the ingest would read any
 * `*.txt` there); with `replace`, deletes that previous output first.
 */
export function prepareOutputFolder(outDir: string, replace: boolean): void {
  if (!existsSync(outDir)) {
    mkdirSync(outDir, { recursive: true });
    return;
  }
  const entries = readdirSync(outDir);
  const ours = (name: string) => PAGE_NAME.test(name) || name === MANIFEST_NAME || name === EXPECTED_NAME;
  const foreign = entries.filter((name) => !ours(name));
  if (foreign.length > 0) {
    const listed = foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? `, … (${foreign.length} in all)` : '');
    throw new Error(`${outDir} holds files the generator did not write (${listed}); choose an empty or new folder`);
  }
  if (entries.length === 0) return;
  if (!replace) throw new Error(`${outDir} already holds a generated archive (${entries.length} files); pass --replace to delete it first`);
  for (const name of entries) rmSync(join(outDir, name));
}

/** Writes pages, `issues.json` and `synth-expected.json` into an empty folder. */
export function writeSyntheticArchive(outDir: string, options: SynthOptions, corpus: Corpus): ArchiveTotals {
  const plans = planArchive(options);
  const totals: ArchiveTotals = {
    issues: 0, pages: 0, articles: 0, ocrBreaks: 0, lineBreaks: 0, bytes: 0,
    encodings: { 'utf-8': 0, 'utf-8-bom': 0, gb18030: 0 }, crlfPages: 0,
  };
  const manifest = openSync(join(outDir, MANIFEST_NAME), 'w');
  const expected = openSync(join(outDir, EXPECTED_NAME), 'w');
  try {
    writeSync(manifest, '{\n  "about": "Dates, page labels (版次) and page order of a synthetic archive made by scripts/synth.ts; the text of a page gives no date. See README, \'Adding pages\'.",\n  "pages": {');
    writeSync(expected, `{\n  "about": "What scripts/synth.ts generated, to check the ingest against: issues, pages, articles and OCR breaks per page.",\n  "options": ${JSON.stringify(options)},\n  "issues": [`);
    let issue: ExpectedIssue | undefined;
    const flushIssue = () => {
      if (!issue) return;
      writeSync(expected, `${totals.issues === 0 ? '' : ','}\n    ${JSON.stringify(issue)}`);
      totals.issues++;
    };
    for (const page of generateArchive(options, corpus, plans)) {
      if (issue?.date !== page.date) {
        flushIssue();
        issue = { date: page.date, pages: [] };
        totals.first ??= page.date;
        totals.last = page.date;
      }
      writeFileSync(join(outDir, page.fileName), page.bytes);
      const entry = { date: page.date, page: page.label, order: page.order };
      writeSync(manifest, `${totals.pages === 0 ? '' : ','}\n    ${JSON.stringify(page.fileName)}: ${JSON.stringify(entry)}`);
      const described = expectedPage(page);
      issue.pages.push(described);
      totals.pages++;
      totals.articles += described.articles;
      totals.ocrBreaks += described.ocrBreaks;
      totals.lineBreaks += described.lineBreaks;
      totals.bytes += described.bytes;
      totals.encodings[page.encoding]++;
      if (page.lineEnding === 'crlf') totals.crlfPages++;
    }
    flushIssue();
    writeSync(manifest, '\n  }\n}\n');
    writeSync(expected, `\n  ],\n  "totals": ${JSON.stringify(totals)}\n}\n`);
  } finally {
    closeSync(manifest);
    closeSync(expected);
  }
  return totals;
}
