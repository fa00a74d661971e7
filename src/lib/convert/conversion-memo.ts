/**
 * Conversions remembered from one build to the next. The hub of a build by period converts the
 * headline and summary of every article in the archive, and a period rebuilt because a neighbour
 * changed converts the same text it converted last time: at 50,000 articles that was 8 s of a
 * 32 s hub. A memo holds the conversions one build made, under the fingerprint of everything a
 * conversion depends on (the dictionaries and the credited names), so a memo made with other
 * data is never read. Pure: the file is read and written at the edge (src/lib/site/load.ts).
 */
import { z } from 'zod';

/** The memo file a build reads and writes (set by the build by period for the hub and each period). */
export const CONVERSION_MEMO_VARIABLE = 'ARCHIVE_CONVERSION_MEMO';

const MemoFileSchema = z.object({
  version: z.literal(1),
  fingerprint: z.string(),
  /** Source and converted text, in pairs (checked one by one as they are read: a memo holds a hundred thousand). */
  pairs: z.array(z.unknown()),
});

const isPair = (value: unknown): value is [string, string] => Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string';

export interface ConversionMemo {
  /** `convert`, answering from the memo where it can. */
  convert(text: string): string;
  /** The conversions this build asked for, to be kept for the next: a memo stays the size of what a build uses. */
  serialize(): string;
  readonly hits: number;
  readonly misses: number;
}

/**
 * A memo over `convert`, starting from a memo file's content when its fingerprint matches (a
 * file that is missing, damaged or made with other data starts an empty memo).
 */
export function conversionMemo(convert: (text: string) => string, fingerprint: string, file: string | undefined): ConversionMemo {
  const known = new Map<string, string>();
  const parsed = file === undefined ? undefined : MemoFileSchema.safeParse(parseJson(file));
  if (parsed?.success && parsed.data.fingerprint === fingerprint && parsed.data.pairs.every(isPair)) for (const [source, converted] of parsed.data.pairs) known.set(source, converted);
  const used = new Map<string, string>();
  let hits = 0;
  let misses = 0;
  return {
    convert(text) {
      let converted = used.get(text);
      if (converted !== undefined) return converted;
      converted = known.get(text);
      if (converted === undefined) {
        converted = convert(text);
        misses++;
      } else {
        // Each text is held once, in one map or the other.
        known.delete(text);
        hits++;
      }
      used.set(text, converted);
      return converted;
    },
    serialize: () => JSON.stringify({ version: 1, fingerprint, pairs: [...used] } satisfies z.infer<typeof MemoFileSchema> & { pairs: Array<[string, string]> }),
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
