import { z } from 'zod';
import { IngestError } from './diagnostics.ts';

/** Dates a page of a Chinese newspaper can carry: after the first ones, and not after today. */
export interface PublicationRange {
  earliest: string;
  /** Today where the paper is printed, or later; absent when the caller has no clock. */
  latest?: string;
}

/** Before any Chinese-language newspaper; a date earlier than this is a typo. */
export const EARLIEST_PUBLICATION = '1800-01-01';

/** Why `date` cannot be a publication date, or undefined when it can. */
export function outsidePublicationRange(date: string, range: PublicationRange): string | undefined {
  if (date < range.earliest) return `${date} is before ${range.earliest}, earlier than any newspaper this archive can hold`;
  if (range.latest !== undefined && date > range.latest) return `${date} is in the future (today is ${range.latest})`;
  return undefined;
}

/** What a publisher may pin for one seed file in `seeds/issues.json`. */
export function manifestEntrySchema(range: PublicationRange) {
  return z
    .object({
      /** Publication date, `YYYY-MM-DD`; overrides what the text suggests. */
      date: z.iso
        .date()
        .superRefine((date, context) => {
          const problem = outsidePublicationRange(date, range);
          if (problem) context.addIssue({ code: 'custom', message: problem });
        })
        .optional(),
      /** Page label as printed (版次), e.g. `1` or `A2`; defaults to the page's position in the issue. */
      page: z.string().min(1).max(12).optional(),
      /** Position of the page within its issue (1 = front page); defaults to file-name order. */
      order: z.number().int().positive().optional(),
      /** Why the entry is there (for example where the date comes from); kept in the issue metadata. */
      note: z.string().optional(),
    })
    .strict();
}

/**
 * `seeds/issues.json`: optional dates, page labels and order, by seed file name. The entries are
 * checked one by one, so that one bad entry stops only the page it names.
 */
export const ManifestSchema = z
  .object({
    /** Free text for people reading the file. */
    about: z.string().optional(),
    /** Entries keyed by the seed's file name (`000_7ae84348bd6342b6.txt`). */
    pages: z.record(z.string().regex(/^[^/\\]+$/, 'a file name inside seeds/, without folders'), z.unknown()),
  })
  .strict();

export type ManifestEntry = z.infer<ReturnType<typeof manifestEntrySchema>>;

/** An entry that does not match the format: its page is not ingested until it is fixed. */
export interface InvalidEntry {
  line?: number;
  message: string;
}

export interface LoadedManifest {
  entries: Map<string, ManifestEntry>;
  invalid: Map<string, InvalidEntry>;
  /** 1-based line where each file's entry starts, for error messages. */
  lineOf(fileName: string): number | undefined;
}

/**
 * Reads the manifest. Throws when the file as a whole cannot be read (not JSON, or not the
 * manifest's shape): every page's place may depend on it, so the caller ingests nothing then.
 */
export function parseManifest(text: string, file: string, range: PublicationRange = { earliest: EARLIEST_PUBLICATION }): LoadedManifest {
  // Windows editors save a byte order mark; JSON.parse refuses it, but it is not a mistake.
  const withoutBom = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(withoutBom);
  } catch (error) {
    const position = jsonErrorPosition(withoutBom, (error as Error).message);
    const line = position === undefined ? undefined : lineAt(withoutBom, position);
    throw new IngestError({ file, line }, `not valid JSON: ${(error as Error).message}`);
  }
  const lineOf = (fileName: string) => {
    const index = withoutBom.indexOf(JSON.stringify(fileName));
    return index === -1 ? undefined : lineAt(withoutBom, index);
  };
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path.find((part, i) => i === 1 && typeof part === 'string') as string | undefined;
    throw new IngestError({ file, line: key ? lineOf(key) : undefined }, `does not match the manifest format${where(issue.path)}: ${issue.message}`);
  }
  const entries = new Map<string, ManifestEntry>();
  const invalid = new Map<string, InvalidEntry>();
  const entrySchema = manifestEntrySchema(range);
  for (const [name, value] of Object.entries(parsed.data.pages)) {
    const entry = entrySchema.safeParse(value);
    if (entry.success) {
      entries.set(name, entry.data);
    } else {
      const issue = entry.error.issues[0]!;
      invalid.set(name, { line: lineOf(name), message: `does not match the manifest format${where(['pages', name, ...issue.path])}: ${issue.message}` });
    }
  }
  return { entries, invalid, lineOf };
}

function where(path: readonly PropertyKey[]): string {
  return path.length > 0 ? ` at ${path.map(String).join('.')}` : '';
}

/**
 * V8 gives "at position N" for most syntax errors, but only a snippet of ten characters either
 * side for an unexpected token; the snippet is found in the text to recover the position.
 */
function jsonErrorPosition(text: string, message: string): number | undefined {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  const snippet = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (!snippet) return undefined;
  const [, token, leadingEllipsis, context] = snippet;
  const core = context!.replace(/\.\.\.$/, '');
  const start = text.indexOf(core);
  if (start === -1) return undefined;
  return start + (leadingEllipsis ? 10 : Math.max(0, core.indexOf(token!)));
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}
