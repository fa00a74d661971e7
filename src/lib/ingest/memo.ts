/**
 * What one ingest run remembers for the next (README, "The ingest"): of each page
 * read without error, what the archive-wide steps need (its text's fingerprint, its date, the
 * names it credits) under a key of everything its reading depends on; of each issue written
 * without error, the digest of every file it produced and what the report says of its pages. An
 * issue whose pages and relevant names are unchanged, and whose files are still on disk as
 * written, is not read again: adding one day to a large archive reads that day. Pure.
 */
import { z } from 'zod';

const DatingSchema = z.object({
  date: z.string().optional(),
  precision: z.enum(['day', 'month', 'year', 'none']),
  confidence: z.enum(['high', 'medium', 'low', 'none']),
  evidence: z.array(z.string()),
  conflicts: z.array(z.string()),
  source: z.enum(['inferred', 'manifest']),
  note: z.string().optional(),
});

const PageMemoSchema = z.object({
  key: z.string(),
  fingerprint: z.string(),
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030']),
  dating: DatingSchema,
  /** Author and photographer tokens of each article, as the byline parser found them. */
  nameTokens: z.array(z.array(z.string())),
});

const IssueMemoSchema = z.object({
  key: z.string(),
  /** Every file the issue produced, by path under the output folder, with its sha256. */
  files: z.record(z.string(), z.string()),
  /** What the report says of each of its pages, by seed path. */
  pages: z.record(
    z.string(),
    z.object({ page: z.string(), articles: z.number().int(), joined: z.number().int(), warnings: z.array(z.string()) }),
  ),
});

export const IngestMemoSchema = z.object({
  /** The ingest's code and data: a memo made by other code is never used. */
  code: z.string(),
  pages: z.record(z.string(), PageMemoSchema),
  issues: z.record(z.string(), IssueMemoSchema),
});

export type PageMemo = z.infer<typeof PageMemoSchema>;
export type IssueMemo = z.infer<typeof IssueMemoSchema>;
export type IngestMemo = z.infer<typeof IngestMemoSchema>;

export function emptyMemo(code: string): IngestMemo {
  return { code, pages: {}, issues: {} };
}

/** A memo read from disk, or an empty one when it is missing, damaged or made by other code. */
export function parseMemo(text: string | undefined, code: string): IngestMemo {
  if (text === undefined) return emptyMemo(code);
  try {
    const parsed = IngestMemoSchema.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.code === code ? parsed.data : emptyMemo(code);
  } catch {
    return emptyMemo(code);
  }
}

/**
 * The known names that can change how an issue's bylines resolve: a token of up to three
 * characters is a name as it is, and a longer one is split only at a known name that is the
 * token itself, its start or its end (bylines.ts). An issue whose relevant names are unchanged
 * resolves its bylines as before, whatever names other issues add.
 */
export function relevantKnownNames(nameTokens: Iterable<readonly string[]>, known: ReadonlySet<string>): string[] {
  const relevant = new Set<string>();
  for (const tokens of nameTokens) {
    for (const token of tokens) {
      const chars = [...token];
      if (chars.length <= 3) continue;
      if (known.has(token)) relevant.add(token);
      for (let cut = 2; cut <= chars.length - 2; cut++) {
        for (const part of [chars.slice(0, cut).join(''), chars.slice(cut).join('')]) if (known.has(part)) relevant.add(part);
      }
    }
  }
  return [...relevant].sort();
}
