/** Reading the conversion test fixtures: `simplified<TAB>expected<TAB>what it checks`, `#` comments. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REPOSITORY_ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES_DIRECTORY = join(import.meta.dirname, 'fixtures');

export interface ConversionCase {
  readonly simplified: string;
  readonly expected: string;
  readonly checks: string;
  /** 1-based line number in the fixture file, for messages. */
  readonly line: number;
}

export function readConversionCases(fileName: string): ConversionCase[] {
  const cases: ConversionCase[] = [];
  readFileSync(join(FIXTURES_DIRECTORY, fileName), 'utf8')
    .split('\n')
    .forEach((rawLine, index) => {
      const line = rawLine.replace(/\r$/, '');
      if (line.trim() === '' || line.startsWith('#')) return;
      const [simplified, expected, checks] = line.split('\t');
      if (!simplified || !expected) throw new Error(`${fileName}:${index + 1}: needs simplified and expected columns`);
      cases.push({ simplified, expected, checks: checks ?? '', line: index + 1 });
    });
  return cases;
}
