import { z } from 'astro/zod';

/** How a page's publication date was found. */
const DatingSchema = z.object({
  /** The date used, `YYYY-MM-DD`. */
  date: z.iso.date(),
  /** inferred from the text, or pinned in seeds/issues.json. */
  source: z.enum(['inferred', 'manifest']),
  /** What the date rests on: day, month, year. */
  precision: z.enum(['day', 'month', 'year', 'none']),
  /** high: explicit date with 昨天 (or pinned); medium: latest dated event plus one day. */
  confidence: z.enum(['high', 'medium', 'low', 'none']),
  /** The text found, with lines. */
  evidence: z.array(z.string()),
  /** Evidence that disagrees. */
  conflicts: z.array(z.string()),
  /** The manifest's note, when the date was pinned. */
  note: z.string().optional(),
});

/** One printed page of an issue. */
const IssuePageSchema = z.object({
  /** Page label as printed (版次). */
  label: z.string(),
  /** Position in the issue, from 1. */
  order: z.number().int().positive(),
  /** The seed file the page was read from. */
  file: z.string(),
  /** How the seed was encoded. */
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030']),
  /** SHA-256 of the seed file's bytes. */
  sha256: z.string().length(64),
  /** Ids of the page's articles, in reading order. */
  articles: z.array(z.string()),
  /** How many OCR-broken paragraphs were joined. */
  ocrJoins: z.number().int().nonnegative(),
  dating: DatingSchema,
  /** Text that belongs to no article, kept and flagged. */
  remainders: z.array(z.object({ text: z.string(), startLine: z.number(), endLine: z.number(), reason: z.string() })),
  /** What ingest was unsure of on this page. */
  warnings: z.array(z.string()),
});

/** Metadata of one issue (`content/issues/<date>/issue.json`). */
export const IssueSchema = z.object({
  /** Publication date, `YYYY-MM-DD`. */
  date: z.iso.date(),
  /** Its pages in order. */
  pages: z.array(IssuePageSchema).min(1),
});

export type Issue = z.infer<typeof IssueSchema>;
