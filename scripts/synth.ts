/**
 * `npm run synth -- --years N | --articles N --seed S --out DIR`: a deterministic synthetic archive
 * of page dumps recombined from the sample seeds, with `issues.json` and `synth-expected.json`.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseChronology } from '../src/lib/ingest/index.ts';
import {
  addDays, addYears, DEFAULT_OPTIONS, isIsoDate, prepareOutputFolder, readCorpus, readSeedPages, writeSyntheticArchive,
  type CountRange, type SynthOptions,
} from '../src/lib/synth/index.ts';

const USAGE = `usage: node scripts/synth.ts (--years N | --articles N) --out DIR [options]

  --years N              publication days from --start for N years (fractions allowed: 0.25)
  --articles N           just enough issues for about N articles
  --out DIR              where to write the pages, issues.json and synth-expected.json
  --seed S               any text; the same seed and options give the same bytes (default: 1)
  --start YYYY-MM-DD     first day (default: ${DEFAULT_OPTIONS.start})
  --pages MIN-MAX        pages per issue (default: ${DEFAULT_OPTIONS.pagesPerIssue.min}-${DEFAULT_OPTIONS.pagesPerIssue.max})
  --articles-per-page MIN-MAX
                         articles per page (default: ${DEFAULT_OPTIONS.articlesPerPage.min}-${DEFAULT_OPTIONS.articlesPerPage.max})
  --seeds DIR            sample pages to recombine (default: seeds)
  --replace              delete a previous generated archive in --out first`;

class UsageError extends Error {}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        years: { type: 'string' },
        articles: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        start: { type: 'string', default: DEFAULT_OPTIONS.start },
        pages: { type: 'string' },
        'articles-per-page': { type: 'string' },
        seeds: { type: 'string', default: 'seeds' },
        replace: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }

  if (values.years !== undefined && values.articles !== undefined) throw new UsageError('give --years or --articles, not both');
  if (values.years === undefined && values.articles === undefined) throw new UsageError('give --years N or --articles N');
  if (values.out === undefined) throw new UsageError('give --out DIR, the folder to write the archive into');
  if (!isIsoDate(values.start)) throw new UsageError(`--start must be a date YYYY-MM-DD, not "${values.start}"`);
  if (values.seed === '') throw new UsageError('--seed must not be empty');

  const options: SynthOptions = {
    seed: values.seed,
    start: values.start,
    pagesPerIssue: values.pages === undefined ? DEFAULT_OPTIONS.pagesPerIssue : countRange('--pages', values.pages, 99),
    articlesPerPage: values['articles-per-page'] === undefined ? DEFAULT_OPTIONS.articlesPerPage : countRange('--articles-per-page', values['articles-per-page'], 200),
    shares: DEFAULT_OPTIONS.shares,
  };
  if (values.years !== undefined) {
    const years = positiveNumber('--years', values.years);
    if (years > 200) throw new UsageError(`--years ${years} is more than 200 years`);
    options.end = Number.isInteger(years) ? addYears(options.start, years) : addDays(options.start, Math.max(1, Math.round(years * 365.2425)));
  } else {
    const articles = positiveNumber('--articles', values.articles!);
    if (!Number.isInteger(articles)) throw new UsageError(`--articles must be a whole number, not ${values.articles}`);
    options.articles = articles;
  }

  const seedsDir = resolve(values.seeds);
  const outDir = resolve(values.out);
  if (outDir === seedsDir) throw new UsageError('--out must not be the seeds folder the text is read from');
  const chronology = parseChronology(readFileSync(new URL('../data/ingest/chronology.tsv', import.meta.url), 'utf8'));
  const corpus = readCorpus(readSeedPages(seedsDir), chronology);
  if (corpus.titlePhrases.length === 0 || corpus.leads.length === 0 || corpus.newsSentences.length === 0 || corpus.reporters.length === 0) {
    throw new Error(`${seedsDir} has too little to recombine: it needs headlines, datelines (本报讯 (记者 …)) and body text`);
  }
  prepareOutputFolder(outDir, values.replace);

  const started = performance.now();
  const totals = writeSyntheticArchive(outDir, options, corpus);
  const seconds = (performance.now() - started) / 1000;
  const shown = relative(process.cwd(), outDir) || '.';
  console.log(
    `${totals.issues} issues (${totals.first} … ${totals.last}), ${totals.pages} pages, ${totals.articles} articles, ` +
      `${totals.ocrBreaks} OCR breaks (+${totals.lineBreaks} line breaks) in ${shown}/: ` +
      `${(totals.bytes / 1e6).toFixed(1)} MB, ${totals.encodings.gb18030} GB18030 / ${totals.encodings['utf-8-bom']} BOM / ${totals.crlfPages} CRLF pages; ` +
      `${seconds.toFixed(1)} s`,
  );
}

function positiveNumber(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) throw new UsageError(`${flag} must be a positive number, not "${text}"`);
  return value;
}

function countRange(flag: string, text: string, limit: number): CountRange {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!match) throw new UsageError(`${flag} must be MIN-MAX (e.g. 4-8) or one number, not "${text}"`);
  const min = Number(match[1]);
  const max = Number(match[2] ?? match[1]);
  if (min < 1 || max < min || max > limit) throw new UsageError(`${flag} ${text}: need 1 ≤ MIN ≤ MAX ≤ ${limit}`);
  return { min, max };
}

try {
  main();
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  if (error instanceof UsageError) console.error(`\n${USAGE}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
