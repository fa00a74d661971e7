/**
 * The bulk corpus: every article in both scripts, as JSON Lines with the full text (for
 * programs) and CSV with the catalogue fields but no text (for spreadsheets; the text is in the
 * JSON Lines and on the pages: one copy of it outside the pages keeps the archive small). Both are generators yielding one article at a time, so 100,000 articles are
 * never one string; `chunksToStream` turns either into a byte stream for a Response or a file.
 *
 * CSV layout: one row per article, Simplified and Traditional side by side in `_hans` / `_hant`
 * columns. A librarian opening it in Excel gets one row per catalogue item: the row count is the
 * article count, sorting and filtering by date, page or author never shows an article twice, and
 * the Traditional text sits in the same row as the Simplified it was converted from. The columns
 * of each script are grouped, so hiding one script is hiding one block of columns.
 */
import { articleRecord } from './api-json.ts';
import type { ArticleText, ExportArticle } from './records.ts';

/** One article per line, with its full text in both scripts. */
export function* jsonLines(articles: Iterable<ExportArticle>): Generator<string> {
  for (const article of articles) yield `${jsonLine(articleRecord(article))}\n`;
}

/**
 * JSON.stringify leaves U+0085, U+2028 and U+2029 raw; some line readers (Python's `splitlines`,
 * editors) break lines there, so they are escaped and every record stays on its own line.
 */
function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Byte order mark: without it Excel reads UTF-8 as the system's ANSI code page and shows mojibake. */
export const UTF8_BOM = '\uFEFF';

/** Between names in one cell: a semicolon never occurs in a Chinese name and splits cleanly in Excel. */
export const CSV_NAME_SEPARATOR = '; ';

/** Excel shows at most this many characters of a cell; longer article texts are cut in Excel only, not in the file. */
export const EXCEL_CELL_LIMIT = 32_767;

type ScriptField = Exclude<keyof ArticleText, 'lead' | 'pageLabel' | 'kindLabel' | 'paragraphs'>;

const SCRIPT_FIELDS: ReadonlyArray<{ column: string; field: ScriptField }> = [
  { column: 'headline', field: 'headline' },
  { column: 'kicker', field: 'kicker' },
  { column: 'title', field: 'title' },
  { column: 'subtitle', field: 'subtitle' },
  { column: 'dateline', field: 'dateline' },
  { column: 'byline', field: 'byline' },
  { column: 'credit', field: 'credit' },
  { column: 'authors', field: 'authors' },
  { column: 'photographers', field: 'photographers' },
];

const SCRIPT_SUFFIXES = [
  { suffix: 'hans', lang: 'zh-Hans' },
  { suffix: 'hant', lang: 'zh-Hant' },
] as const;

/** Column names, in order. */
export const CSV_COLUMNS: readonly string[] = [
  'id',
  'date',
  'page',
  'order',
  'kind',
  'url_hans',
  'url_hant',
  ...SCRIPT_SUFFIXES.flatMap(({ suffix }) => SCRIPT_FIELDS.map(({ column }) => `${column}_${suffix}`)),
  'source_file',
  'source_lines',
];

export interface CsvOptions {
  /**
   * Excel runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula
   * (CSV injection). With the guard on (the default) such a cell gets a leading `'`, which Excel
   * shows as text; it is the one change the CSV makes to the text. JSON Lines is the exact copy.
   */
  readonly formulaGuard?: boolean;
}

/** The first chunk is the BOM and the header; then one row per article. Rows end in CRLF (RFC 4180). */
export function* csvChunks(articles: Iterable<ExportArticle>, options: CsvOptions = {}): Generator<string> {
  const guard = options.formulaGuard ?? true;
  yield UTF8_BOM + csvRow(CSV_COLUMNS, false);
  for (const article of articles) yield csvRow(csvCells(article), guard);
}

/** The cells of one article's row, before quoting. */
export function csvCells(article: ExportArticle): string[] {
  return [
    article.id,
    article.date,
    article.page,
    String(article.order),
    article.kind,
    article.urls.page['zh-Hans'],
    article.urls.page['zh-Hant'],
    ...SCRIPT_SUFFIXES.flatMap(({ lang }) => SCRIPT_FIELDS.map(({ field }) => cellText(article.text[lang], field))),
    article.source.file,
    `${article.source.startLine}-${article.source.endLine}`,
  ];
}

function cellText(text: ArticleText, field: ScriptField): string {
  const value = text[field];
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value.join(CSV_NAME_SEPARATOR);
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Every cell quoted: Excel then never guesses a cell's boundaries, and a quote inside is doubled.
 * `toWellFormed` turns a lone surrogate into U+FFFD here rather than in the encoder, so the text
 * yielded is the text written.
 */
function csvRow(cells: readonly string[], guard: boolean): string {
  return `${cells.map((cell) => `"${(guard && FORMULA_START.test(cell) ? `'${cell}` : cell).toWellFormed().replace(/"/g, '""')}"`).join(',')}\r\n`;
}

/**
 * A byte stream of the chunks, pulled lazily and batched to about `batchBytes` so a stream of
 * 100,000 rows is not 100,000 tiny writes.
 */
export function chunksToStream(chunks: Iterable<string>, batchBytes = 64 * 1024): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let batch = '';
      while (batch.length < batchBytes / 3) {
        const next = iterator.next();
        if (next.done) {
          if (batch) controller.enqueue(encoder.encode(batch));
          controller.close();
          return;
        }
        batch += next.value;
      }
      controller.enqueue(encoder.encode(batch));
    },
    cancel() {
      iterator.return?.();
    },
  });
}
