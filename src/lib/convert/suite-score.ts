/**
 * Scoring a converter on conversion suites written outside the project
 * (`../shared/convert-suites/*.jsonl`), side by side with raw opencc-js: a case is right when
 * its scored span (the whole output, or `start`/`len` of it) equals the expected text; a
 * regression is a case raw opencc-js gets right and the converter gets wrong. Pure.
 */
import { z } from 'zod';

export const suiteCaseSchema = z
  .object({
    suite: z.string().min(1),
    in: z.string().min(1),
    exp: z.string().min(1),
    start: z.number().int().nonnegative().optional(),
    len: z.number().int().positive().optional(),
  })
  .refine((value) => (value.start === undefined) === (value.len === undefined), 'start and len go together')
  .refine((value) => value.start === undefined || value.start + value.len! <= [...value.in].length, 'start + len is past the end of in');

export type SuiteCase = z.infer<typeof suiteCaseSchema>;

/** Reads a JSON Lines suite; a bad line throws, naming the file and line. */
export function parseSuite(text: string, file: string): SuiteCase[] {
  const cases: SuiteCase[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file}:${index + 1}: not JSON: ${(error as Error).message}`);
    }
    const parsed = suiteCaseSchema.safeParse(value);
    if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'case'}: ${issue.message}`).join('; ')}`);
    cases.push(parsed.data);
  }
  return cases;
}

/** The part of a conversion a case scores (by code points: the converters keep the length). */
export function scoredSpan(testCase: Pick<SuiteCase, 'start' | 'len'>, output: string): string {
  if (testCase.start === undefined) return output;
  return [...output].slice(testCase.start, testCase.start + testCase.len!).join('');
}

export interface CaseResult {
  readonly testCase: SuiteCase;
  readonly ours: string;
  readonly raw: string;
  readonly oursRight: boolean;
  readonly rawRight: boolean;
}

export interface SuiteScore {
  readonly suite: string;
  readonly cases: number;
  readonly oursRight: number;
  readonly rawRight: number;
  /** Raw opencc-js right, the converter wrong. */
  readonly regressions: readonly CaseResult[];
  /** The converter right, raw opencc-js wrong. */
  readonly fixes: readonly CaseResult[];
}

export function scoreCases(cases: readonly SuiteCase[], convert: (text: string) => string, raw: (text: string) => string): { results: CaseResult[]; suites: SuiteScore[] } {
  const results = cases.map((testCase) => {
    const ours = scoredSpan(testCase, convert(testCase.in));
    const rawSpan = scoredSpan(testCase, raw(testCase.in));
    return { testCase, ours, raw: rawSpan, oursRight: ours === testCase.exp, rawRight: rawSpan === testCase.exp };
  });
  const bySuite = new Map<string, CaseResult[]>();
  for (const result of results) {
    let list = bySuite.get(result.testCase.suite);
    if (!list) bySuite.set(result.testCase.suite, (list = []));
    list.push(result);
  }
  const suites = [...bySuite].map(([suite, list]) => ({
    suite,
    cases: list.length,
    oursRight: list.filter((r) => r.oursRight).length,
    rawRight: list.filter((r) => r.rawRight).length,
    regressions: list.filter((r) => r.rawRight && !r.oursRight),
    fixes: list.filter((r) => r.oursRight && !r.rawRight),
  }));
  return { results, suites };
}
