/**
 * OAI-PMH datestamps: the day a record was created or last changed, which is what incremental
 * harvesting filters on (`from`). A static archive keeps no history, so each build remembers,
 * for every record, a digest of what it says and the datestamp it was given (in the build's
 * cache). A record unchanged since keeps its datestamp, so adding a day changes only the new
 * day's records, and only the OAI file that holds them is written again. A record that is new or
 * changed gets the archive's newest issue date: an old issue added or corrected today still
 * reaches harvesters that last came yesterday. Without any memory (the first build, or a lost
 * cache), a record's datestamp is its own issue date. Pure.
 */
import { hashOf } from '../build/hash.ts';
import { z } from 'zod';

export const DatestampMemoSchema = z.record(z.string(), z.object({ input: z.string().optional(), digest: z.string(), datestamp: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }));
export type DatestampMemo = z.infer<typeof DatestampMemoSchema>;


export interface Datestamps {
  /** Each record's datestamp, by article id. */
  readonly of: ReadonlyMap<string, string>;
  /** Each record's digest, by article id (cache keys of the files that hold them). */
  readonly digests: ReadonlyMap<string, string>;
  /** What the next build remembers: this build's records only. */
  readonly memo: DatestampMemo;
}

/**
 * `newest`: the archive's newest issue date (`YYYY-MM-DD`), the datestamp of what changed in this
 * build. `says`: what a record says (oai-pmh.ts, `recordMetadata`): a change to any of it is a
 * change to the record. `inputOf`: a key of everything a record is made from (the article, the
 * settings, the code); a record whose input is the one remembered is not made again, its digest
 * and datestamp are the remembered ones.
 */
export function recordDatestamps<A extends { readonly id: string; readonly date: string }>(
  articles: readonly A[],
  previous: DatestampMemo | undefined,
  newest: string,
  says: (article: A) => unknown,
  inputOf?: (article: A) => string,
): Datestamps {
  const of = new Map<string, string>();
  const digests = new Map<string, string>();
  const memo: DatestampMemo = {};
  const remembers = previous !== undefined && Object.keys(previous).length > 0;
  for (const article of articles) {
    const input = inputOf?.(article);
    const known = previous?.[article.id];
    let digest: string;
    let datestamp: string;
    if (input !== undefined && known?.input === input) {
      ({ digest, datestamp } = known);
    } else {
      digest = hashOf(says(article));
      datestamp = known?.digest === digest ? known.datestamp : remembers ? newest : article.date;
    }
    of.set(article.id, datestamp);
    digests.set(article.id, digest);
    memo[article.id] = input === undefined ? { digest, datestamp } : { input, digest, datestamp };
  }
  return { of, digests, memo };
}

/** A memo read from the cache, or none when it is missing or damaged. */
export function parseDatestampMemo(text: string | undefined): DatestampMemo | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = DatestampMemoSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
