import { z } from 'zod';
import { IngestError } from './diagnostics.ts';

/** What a publisher may pin for one seed file in `seeds/issues.json`. */
export const ManifestEntrySchema = z
  .object({
    /** Publication date, `YYYY-MM-DD`; overrides what the text suggests. */
    date: z.iso.date().optional(),
    /** Page label as printed (版次), e.g. `1` or `A2`; defaults to the page's position in the issue. */
    page: z.string().min(1).max(12).optional(),
    /** Position of the page within its issue (1 = front page); defaults to file-name order. */
    order: z.number().int().positive().optional(),
    /** Why the entry is there (for example where the date comes from); kept in the issue metadata. */
    note: z.string().optional(),
  })
  .strict();

/** `seeds/issues.json`: optional dates, page labels and order, by seed file name. */
export const ManifestSchema = z
  .object({
    /** Free text for people reading the file. */
    about: z.string().optional(),
    /** Entries keyed by the seed's file name (`000_7ae84348bd6342b6.txt`). */
    pages: z.record(z.string().regex(/^[^/\\]+$/, 'a file name inside seeds/, without folders'), ManifestEntrySchema),
  })
  .strict();

export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
export type Manifest = z.infer<typeof ManifestSchema>;

export interface LoadedManifest {
  entries: Map<string, ManifestEntry>;
  /** 1-based line where each file's entry starts, for error messages. */
  lineOf(fileName: string): number | undefined;
}

export function parseManifest(text: string, file: string): LoadedManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const position = jsonErrorPosition(text, (error as Error).message);
    const line = position === undefined ? undefined : lineAt(text, position);
    throw new IngestError({ file, line }, `not valid JSON: ${(error as Error).message}`);
  }
  const lineOf = (fileName: string) => {
    const index = text.indexOf(JSON.stringify(fileName));
    return index === -1 ? undefined : lineAt(text, index);
  };
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path.find((part, i) => i === 1 && typeof part === 'string') as string | undefined;
    const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new IngestError({ file, line: key ? lineOf(key) : undefined }, `does not match the manifest format${where}: ${issue.message}`);
  }
  return { entries: new Map(Object.entries(parsed.data.pages)), lineOf };
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
