import bylineWords from '../../../data/ingest/bylines.json' with { type: 'json' };

const ROLES: readonly string[] = [...bylineWords.roles].sort((a, b) => b.length - a.length);
const COMMENTARY: readonly string[] = bylineWords.commentary;

const NAME = /^[\p{Script=Han}·]{2,6}$/u;

export interface CreditTokens {
  /** Candidate person names, in the order printed; may still hold run-together names. */
  names: string[];
  /** True when the credit is a commentator's (□ 本报评论员): the article is commentary. */
  commentary: boolean;
  /** Tokens that are neither a role nor a plausible name; reported as warnings. */
  unrecognized: string[];
}

/**
 * Splits the people part of a dateline, byline or photo credit into names:
 * `汤乃颖 记者 何晓丹` → 汤乃颖, 何晓丹; `记者朱梦琪` → 朱梦琪; `本报评论员` → commentary.
 */
export function parseCreditTokens(text: string): CreditTokens {
  const result: CreditTokens = { names: [], commentary: false, unrecognized: [] };
  for (const raw of text.split(/[\s、，,]+/u).filter(Boolean)) {
    if (COMMENTARY.includes(raw)) {
      result.commentary = true;
      continue;
    }
    const token = stripRole(raw);
    if (token === '') continue;
    if (NAME.test(token)) result.names.push(token);
    else result.unrecognized.push(raw);
  }
  return result;
}

function stripRole(token: string): string {
  let rest = token;
  for (let changed = true; changed; ) {
    changed = false;
    for (const role of ROLES) {
      if (rest.startsWith(role)) {
        rest = rest.slice(role.length);
        changed = true;
      } else if (rest.endsWith(role) && rest.length > role.length + 1) {
        rest = rest.slice(0, -role.length);
        changed = true;
      }
    }
  }
  return rest;
}

/** Names that stand alone (2–3 characters) in some credit are "known" and can split run-together ones. */
export function collectKnownNames(tokenLists: Iterable<string[]>): Set<string> {
  const known = new Set<string>();
  for (const tokens of tokenLists) for (const name of tokens) if ([...name].length <= 3) known.add(name);
  return known;
}

export interface ResolvedNames {
  names: string[];
  /** What was split, for the report: `蒋雯黄鑫 → 蒋雯, 黄鑫`. */
  splits: string[];
  /** Tokens too long to be one name that no known name could split. */
  doubtful: string[];
}

/**
 * Chinese names are 2–3 characters (rarely 4 with a compound surname). A 4–6 character token
 * is two names that ran together when a known name is its start or end and the rest is 2–3
 * characters long.
 */
export function resolveNames(tokens: string[], known: ReadonlySet<string>): ResolvedNames {
  const result: ResolvedNames = { names: [], splits: [], doubtful: [] };
  for (const token of tokens) {
    const chars = [...token];
    if (chars.length <= 3 || known.has(token)) {
      pushUnique(result.names, token);
      continue;
    }
    const split = splitWithKnown(chars, known);
    if (split) {
      split.forEach((name) => pushUnique(result.names, name));
      result.splits.push(`${token} → ${split.join(', ')}`);
    } else {
      pushUnique(result.names, token);
      if (chars.length > 4) result.doubtful.push(token);
    }
  }
  return result;
}

function splitWithKnown(chars: string[], known: ReadonlySet<string>): string[] | undefined {
  for (let cut = 2; cut <= chars.length - 2; cut++) {
    const head = chars.slice(0, cut).join('');
    const tail = chars.slice(cut).join('');
    const plausible = (name: string) => [...name].length >= 2 && [...name].length <= 3;
    if (!plausible(head) || !plausible(tail)) continue;
    if (known.has(head) || known.has(tail)) return [head, tail];
  }
  return undefined;
}

function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

export const DATELINE_PREFIXES: readonly string[] = bylineWords.datelinePrefixes;
export const WIRE_AGENCIES: readonly string[] = bylineWords.wireAgencies;
