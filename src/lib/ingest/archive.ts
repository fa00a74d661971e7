import { hashOf, sha256 } from '../build/hash.ts';
import { printedText } from '../archive/article.ts';
import { ArticleSchema } from '../../schemas/article.ts';
import { collectKnownNames, resolveNames } from './bylines.ts';
import { checkConservation } from './conservation.ts';
import { decodeSeed, type SeedEncoding } from './decode.ts';
import { errorDiagnostic, IngestError, type Diagnostic } from './diagnostics.ts';
import { inferPublicationDate, isConfident, type ChronologyEntry, type DateInference } from './date.ts';
import { EARLIEST_PUBLICATION, parseManifest, type LoadedManifest, type ManifestEntry, type PublicationRange } from './manifest.ts';
import { unpublishableFileName } from './file-names.ts';
import { parseArticleMdx, renderArticleMdx } from './mdx.ts';
import { foldForComparison } from './normalize.ts';
import { splitParagraphs } from './paragraphs.ts';
import { segmentPage, type ParsedArticle, type ParsedPage, type Remainder } from './segment.ts';
import { compareCodeUnits, compareFileNames } from '../archive/order.ts';
import { emptyMemo, relevantKnownNames, type IngestMemo, type IssueMemo, type PageMemo } from './memo.ts';

export interface SeedFile {
  /** File name inside the seeds folder. */
  name: string;
  bytes: Uint8Array;
}

export interface ArchiveInput {
  seeds: SeedFile[];
  /** Text of `issues.json`, when the seeds folder has one. */
  manifestText?: string;
  chronology: ChronologyEntry[];
  /** How seed paths are written in messages and front matter, e.g. `seeds`. */
  seedsLabel: string;
  /** Entries of the seeds folder that are not read (subfolders, links), with the reason. */
  refused?: RefusedEntry[];
  /** Today's date where the paper is printed (`YYYY-MM-DD`): no page can be dated later. */
  today?: string;
  /**
   * What the last run remembered (memo.ts). An issue it holds under the same key, whose files
   * `onDisk` confirms unchanged, is not read again: its files are listed in `reused`.
   */
  memo?: IngestMemo;
  /** Whether the output folder holds the file at `path` with this sha256. */
  onDisk?: (path: string, sha256: string) => boolean;
}

export interface RefusedEntry {
  name: string;
  reason: string;
}

/** What the ingest report says about one seed page. */
export interface PageReport {
  file: string;
  encoding?: SeedEncoding;
  date?: string;
  dating?: Dating;
  page?: string;
  articles: number;
  joined: number;
  warnings: string[];
  error?: string;
}

export interface Dating extends DateInference {
  source: 'inferred' | 'manifest';
  note?: string;
}

export interface ArchiveOutput {
  /** Generated files by path relative to the output folder (`issues/2024-10-13/001.mdx`). */
  files: Map<string, string>;
  reports: PageReport[];
  diagnostics: Diagnostic[];
  /**
   * False when the run could not place its pages at all (no pages, an unreadable manifest): then
   * `files` is empty and must not be taken for the archive's new content.
   */
  complete: boolean;
  /** Files of issues unchanged since the memo's run, already on disk as this run would write them. */
  reused: Set<string>;
  /** How many issues those are. */
  reusedIssues: number;
  /** What the next run may reuse of this one. */
  memo: IngestMemo;
}

/** A page whose reading is remembered: enough for the archive-wide steps, read in full only when its issue is written again. */
interface RememberedPage {
  seed: SeedFile;
  path: string;
  key: string;
  memo: PageMemo;
  dating: Dating;
  entry?: ManifestEntry;
  report: PageReport;
}

interface ReadPage extends RememberedPage {
  text: string;
  encoding: SeedEncoding;
  parsed: ParsedPage;
}

export const MANIFEST_NAME = 'issues.json';

/** Turns seed pages into article and issue files. Pure: no file system, same input → same output. */
export function buildArchive(input: ArchiveInput): ArchiveOutput {
  const diagnostics: Diagnostic[] = [];
  const reports: PageReport[] = [];
  const manifestPath = `${input.seedsLabel}/${MANIFEST_NAME}`;
  const range: PublicationRange = { earliest: EARLIEST_PUBLICATION, latest: input.today };
  for (const { name, reason } of input.refused ?? []) {
    const file = `${input.seedsLabel}/${name}`;
    diagnostics.push({ file, severity: 'error', message: reason });
    reports.push({ file, articles: 0, joined: 0, warnings: [], error: reason });
  }
  // A run that could not place its pages writes nothing and keeps the last run's memo.
  const placedNothing = (): ArchiveOutput => ({ files: new Map(), reports, diagnostics: sortDiagnostics(diagnostics), complete: false, reused: new Set(), reusedIssues: 0, memo: input.memo ?? emptyMemo('') });
  if (input.seeds.length === 0) {
    const message = `no seed pages (*.txt) in ${input.seedsLabel}/: nothing to ingest, and nothing already ingested is removed`;
    diagnostics.push({ file: `${input.seedsLabel}/`, severity: 'error', message });
    return placedNothing();
  }
  let manifest: LoadedManifest | undefined;
  try {
    manifest = input.manifestText === undefined ? undefined : parseManifest(input.manifestText, manifestPath, range);
  } catch (error) {
    const unreadable = errorDiagnostic(error, manifestPath);
    const consequence = 'every page may be placed by it, so no page was ingested and nothing was written or removed';
    diagnostics.push({ ...unreadable, message: `${unreadable.message}. ${consequence}` });
    return placedNothing();
  }
  const seeds = [...input.seeds].sort((a, b) => compareFileNames(a.name, b.name));

  for (const name of manifest?.entries.keys() ?? []) {
    if (!seeds.some((s) => s.name === name)) {
      diagnostics.push({ file: manifestPath, line: manifest!.lineOf(name), severity: 'error', message: `names ${name}, which is not in ${input.seedsLabel}/` });
    }
  }
  for (const [name, invalid] of manifest?.invalid ?? []) {
    diagnostics.push({ file: manifestPath, line: invalid.line, severity: 'error', message: invalid.message });
  }

  const previous = input.memo ?? emptyMemo('');
  const memo = emptyMemo(previous.code);
  const chronologyKey = hashOf(input.chronology);
  const pages: RememberedPage[] = [];
  const seenText = new Map<string, string>();
  for (const seed of seeds) {
    const path = `${input.seedsLabel}/${seed.name}`;
    const report: PageReport = { file: path, articles: 0, joined: 0, warnings: [] };
    reports.push(report);
    try {
      const badName = unpublishableFileName(seed.name);
      if (badName) throw new IngestError({ file: path }, badName);
      const invalidEntry = manifest?.invalid.get(seed.name);
      if (invalidEntry) {
        throw new IngestError(
          { file: path },
          `its entry in ${MANIFEST_NAME}${invalidEntry.line ? ` (line ${invalidEntry.line})` : ''} is invalid, so the page is not ingested until it is fixed`,
        );
      }
      const entry = manifest?.entries.get(seed.name);
      // Dating looks at the years up to today's: a page keeps its date while the year does not change.
      const key = hashOf(path, sha256(seed.bytes), entry ?? null, chronologyKey, range.earliest, range.latest?.slice(0, 4) ?? null);
      const remembered = previous.pages[seed.name];
      const hit = remembered?.key === key && (range.latest === undefined || (remembered.dating.date ?? '') <= range.latest);
      const decoded = hit ? undefined : decodePage(seed, path);
      const fingerprint = decoded?.fingerprint ?? remembered!.fingerprint;
      const twin = seenText.get(fingerprint);
      if (twin) throw new IngestError({ file: path, line: 1 }, `duplicate page: the same text as ${twin}`);
      seenText.set(fingerprint, path);
      const page: RememberedPage = decoded
        ? readPage(decoded, seed, path, key, entry, manifest?.lineOf(seed.name), input.chronology, range, report)
        : { seed, path, key, memo: remembered!, dating: remembered!.dating, entry, report };
      report.encoding = page.memo.encoding;
      pages.push(page);
    } catch (error) {
      const diagnostic = errorDiagnostic(error, path);
      diagnostics.push(diagnostic);
      report.error = diagnostic.message;
    }
  }

  const known = collectKnownNames(pages.flatMap((p) => p.memo.nameTokens));
  const files = new Map<string, string>();
  const reused = new Set<string>();
  let reusedIssues = 0;
  for (const [date, issuePages] of groupByDate(pages)) {
    const key = hashOf(date, issuePages.map((p) => p.key), relevantKnownNames(issuePages.flatMap((p) => p.memo.nameTokens), known));
    const remembered = previous.issues[date];
    if (remembered?.key === key && Object.entries(remembered.files).every(([path, sha]) => input.onDisk?.(path, sha))) {
      reuseIssue(date, issuePages, remembered, reused);
      memo.issues[date] = remembered;
      reusedIssues++;
    } else {
      const read = issuePages.map((p) =>
        'parsed' in p ? (p as ReadPage) : readPage(decodePage(p.seed, p.path), p.seed, p.path, p.key, p.entry, undefined, input.chronology, range, p.report),
      );
      const written = writeIssue(date, read, known, files, diagnostics);
      if (written) memo.issues[date] = { key, ...written };
    }
    for (const page of issuePages) if (!page.report.error) memo.pages[page.seed.name] = page.memo;
  }
  for (const page of pages) {
    for (const warning of page.report.warnings) diagnostics.push({ file: page.path, severity: 'warning', message: warning });
  }
  return { files, reports, diagnostics: sortDiagnostics(diagnostics), complete: true, reused, reusedIssues, memo };
}

interface DecodedPage {
  text: string;
  encoding: SeedEncoding;
  /** Of the text as compared for duplicates. */
  fingerprint: string;
}

function decodePage(seed: SeedFile, path: string): DecodedPage {
  const { text, encoding } = decodeSeed(seed.bytes, path);
  return { text, encoding, fingerprint: sha256(foldForComparison(text)) };
}

/** Reads a decoded page in full: dates and segments it. */
function readPage(
  { text, encoding, fingerprint }: DecodedPage,
  seed: SeedFile,
  path: string,
  key: string,
  entry: ManifestEntry | undefined,
  manifestLine: number | undefined,
  chronology: ChronologyEntry[],
  range: PublicationRange,
  report: PageReport,
): ReadPage {
  const dating = datePage(text, entry, chronology, range, path, manifestLine);
  const parsed = segmentPage(text);
  const nameTokens = parsed.items.filter(isArticle).flatMap((a) => [a.authorTokens, a.photographerTokens]);
  return { seed, path, key, text, encoding, parsed, dating, entry, report, memo: { key, fingerprint, encoding, dating, nameTokens } };
}

/** An issue as the last run wrote it: its pages' report lines from the memo, its files left as they are. */
function reuseIssue(date: string, pages: RememberedPage[], remembered: IssueMemo, reused: Set<string>): void {
  for (const page of pages) {
    const said = remembered.pages[page.path]!;
    Object.assign(page.report, { date, dating: page.dating, page: said.page, articles: said.articles, joined: said.joined });
    page.report.warnings.push(...said.warnings);
  }
  for (const path of Object.keys(remembered.files)) reused.add(path);
}

function datePage(
  text: string,
  entry: ManifestEntry | undefined,
  chronology: ChronologyEntry[],
  range: PublicationRange,
  path: string,
  manifestLine?: number,
): Dating {
  const inferred = inferPublicationDate(splitParagraphs(text), chronology, range);
  if (entry?.date) {
    const agrees = inferred.date === undefined || inferred.date === entry.date;
    const conflicts = agrees ? [] : [`the text suggests ${inferred.date} (${inferred.confidence} confidence)`];
    return { ...inferred, date: entry.date, precision: 'day', confidence: 'high', conflicts, source: 'manifest', note: entry.note };
  }
  if (!isConfident(inferred)) {
    const found = inferred.evidence.length > 0 ? inferred.evidence.join('; ') : 'none';
    const best = inferred.precision === 'none' ? 'nothing' : `only the ${inferred.precision}`;
    throw new IngestError(
      { file: path, line: 1 },
      `no publication date: the text gives ${best} (${[...inferred.conflicts].join('; ') || 'no day can be dated'}). ` +
        `Evidence found: ${found}. Pin the date in ${MANIFEST_NAME}${manifestLine ? ` (its entry is at line ${manifestLine})` : ''}, ` +
        `e.g. { "pages": { "${path.split('/').pop()}": { "date": "YYYY-MM-DD" } } }`,
    );
  }
  return { ...inferred, source: 'inferred' };
}

function groupByDate<P extends RememberedPage>(pages: P[]): Map<string, P[]> {
  const byDate = new Map<string, P[]>();
  for (const page of pages) {
    const date = page.dating.date!;
    byDate.set(date, [...(byDate.get(date) ?? []), page]);
  }
  const sorted = [...byDate.entries()].sort(([a], [b]) => compareCodeUnits(a, b));
  return new Map(
    sorted.map(([date, group]) => [
      date,
      group.sort((a, b) => (a.entry?.order ?? Infinity) - (b.entry?.order ?? Infinity) || compareFileNames(a.seed.name, b.seed.name)),
    ]),
  );
}

/** Writes an issue's files into `files`; returns what the memo keeps of it when every page was written without error. */
function writeIssue(
  date: string,
  pages: ReadPage[],
  known: ReadonlySet<string>,
  files: Map<string, string>,
  diagnostics: Diagnostic[],
): Omit<IssueMemo, 'key'> | undefined {
  let order = 0;
  const usedLabels = new Map<string, string>();
  const issuePages: unknown[] = [];
  const issueFiles = new Map<string, string>();
  pages.forEach((page, index) => {
    const label = page.entry?.page ?? String(index + 1);
    const clash = usedLabels.get(label);
    if (clash) {
      const message = `duplicate page: ${date} already has a page ${label} (${clash}); set "page" in ${MANIFEST_NAME}`;
      diagnostics.push({ file: page.path, line: 1, severity: 'error', message });
      page.report.error = message;
      return;
    }
    const pageFiles = new Map<string, string>();
    const articleIds: string[] = [];
    const remainders: Remainder[] = [];
    const output: string[][] = [];
    let pageOrder = order;
    for (const item of page.parsed.items) {
      if (!isArticle(item)) {
        remainders.push(item);
        output.push([item.text]);
        page.report.warnings.push(`line ${item.startLine}: kept as a flagged remainder: ${item.reason}`);
        continue;
      }
      pageOrder++;
      const id = `${date}-${String(pageOrder).padStart(3, '0')}`;
      const mdx = renderArticleMdx(articleFile(item, { id, date, page: label, order: pageOrder, path: page.path }, known, page.report));
      pageFiles.set(`issues/${date}/${String(pageOrder).padStart(3, '0')}.mdx`, mdx);
      articleIds.push(id);
      const written = parseArticleMdx(mdx);
      output.push(printedText({ ...PrintedFieldsSchema.parse(written.frontMatter), paragraphs: written.paragraphs }));
      page.report.joined += item.joinedAtLines.length;
    }
    const conservation = checkConservation({ seedText: page.text, markup: page.parsed.markup, output });
    if (!conservation.ok) {
      const d = conservation.difference!;
      const message = `conservation check failed: the output differs from the seed near line ${d.line}: seed “${d.seed}” vs output “${d.output}”`;
      diagnostics.push({ file: page.path, line: d.line, severity: 'error', message });
      page.report.error = message;
      return;
    }
    if (articleIds.length === 0) {
      page.report.warnings.push(
        `no article was found on this page: its ${remainders.length} passage${remainders.length === 1 ? ' is' : 's are'} published as they are, ` +
          'under “未分篇的文字” on the issue page; check that the export kept the article text',
      );
    }
    usedLabels.set(label, page.path);
    order = pageOrder;
    for (const [path, content] of pageFiles) issueFiles.set(path, content);
    page.report.date = date;
    page.report.dating = page.dating;
    page.report.page = label;
    page.report.articles = articleIds.length;
    issuePages.push({
      label,
      order: index + 1,
      file: page.path,
      encoding: page.encoding,
      sha256: sha256(page.seed.bytes),
      articles: articleIds,
      ocrJoins: page.report.joined,
      dating: page.dating,
      remainders: remainders.map(({ text, startLine, endLine, reason }) => ({ text, startLine, endLine, reason })),
      warnings: page.report.warnings,
    });
  });
  if (issuePages.length === 0) return undefined;
  const written = new Map([...issueFiles, [`issues/${date}/issue.json`, `${JSON.stringify({ date, pages: issuePages }, null, 2)}\n`]]);
  for (const [path, content] of written) files.set(path, content);
  if (pages.some((page) => page.report.error)) return undefined;
  return {
    files: Object.fromEntries([...written].map(([path, content]) => [path, sha256(content)])),
    pages: Object.fromEntries(pages.map((p) => [p.path, { page: p.report.page!, articles: p.report.articles, joined: p.report.joined, warnings: p.report.warnings }])),
  };
}

interface Placement {
  id: string;
  date: string;
  page: string;
  order: number;
  path: string;
}

function articleFile(article: ParsedArticle, at: Placement, known: ReadonlySet<string>, report: PageReport) {
  const authors = resolveNames(article.authorTokens, known);
  const photographers = resolveNames(article.photographerTokens, known);
  const warnings = [
    ...article.warnings,
    ...authors.splits.map((s) => `names that ran together were split: ${s}`),
    ...authors.doubtful.map((d) => `too long for one name, and no known name splits it: ${d}`),
  ];
  report.warnings.push(...warnings.map((w) => `article ${at.order} (line ${article.startLine}): ${w}`));
  return {
    frontMatter: {
      id: at.id,
      date: at.date,
      page: at.page,
      order: at.order,
      kind: article.kind,
      kicker: article.kicker,
      title: article.title,
      subtitle: article.subtitle,
      dateline: article.dateline,
      byline: article.byline,
      credit: article.credit,
      authors: authors.names,
      photographers: photographers.names,
      source: { file: at.path, startLine: article.startLine, endLine: article.endLine },
      ocrJoins: article.joinedAtLines,
      warnings,
    },
    paragraphs: article.paragraphs,
  };
}

/** The fields of a written article that hold printed text, read back for the conservation check. */
const PrintedFieldsSchema = ArticleSchema.pick({ kicker: true, title: true, subtitle: true, dateline: true, byline: true, credit: true });

function isArticle(item: ParsedArticle | Remainder): item is ParsedArticle {
  return item.type === 'article';
}


function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => compareFileNames(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
}
