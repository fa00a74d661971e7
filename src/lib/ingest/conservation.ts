import { foldForComparison } from './normalize.ts';

export interface ConservationInput {
  /** The decoded seed text, before normalization. */
  seedText: string;
  /** Markup the parser consumed (`#` heading markers), by line. */
  markup: Array<{ line: number; text: string }>;
  /** Everything written for the page, in source order, each as its fields' texts in reading order. */
  output: string[][];
}

export interface ConservationResult {
  ok: boolean;
  /** Where the seed and the output first differ, with some context, when they do. */
  difference?: { line: number; seed: string; output: string };
}

/**
 * Every non-space character of the seed must reach the output, in order. Both sides are
 * folded to ASCII punctuation forms, so the check holds against the raw seed and does not
 * trust the normalizer.
 */
export function checkConservation(input: ConservationInput): ConservationResult {
  const markupByLine = new Map(input.markup.map((m) => [m.line, m.text]));
  const seedLines = input.seedText.split('\n').map((line, index) => {
    const marker = markupByLine.get(index + 1);
    const trimmed = line.trimStart();
    return marker !== undefined && trimmed.startsWith(marker) ? trimmed.slice(marker.length) : line;
  });
  const seed = foldForComparison(seedLines.join('\n'));
  const output = foldForComparison(input.output.map((fields) => fields.join('')).join(''));
  if (seed === output) return { ok: true };

  const seedChars = [...seed];
  const outputChars = [...output];
  let at = 0;
  while (at < seedChars.length && seedChars[at] === outputChars[at]) at++;
  return {
    ok: false,
    difference: {
      line: lineOfFoldedOffset(seedLines, at),
      seed: seedChars.slice(Math.max(0, at - 10), at + 20).join(''),
      output: outputChars.slice(Math.max(0, at - 10), at + 20).join(''),
    },
  };
}

function lineOfFoldedOffset(lines: string[], offset: number): number {
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    seen += [...foldForComparison(lines[i]!)].length;
    if (seen > offset) return i + 1;
  }
  return lines.length;
}
