/**
 * `npm run convert:report -- --corpus FILE [--names FILE] [--out FILE]`: converts a large
 * outside Simplified text (one sentence or paragraph a line) with the project converter and with
 * raw opencc-js, and writes a Markdown report: speed per MB of each, every differing character
 * grouped by change with examples (src/lib/convert/report.ts), and, given person-name
 * annotations (`line<TAB>name|name`), how many names whose surname needs its own form are
 * written so. The corpus used for the project's figures is named in the report's first lines.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareConverter, surnameForms, toTraditional, toTraditionalWithRawOpencc } from '../src/lib/convert/index.ts';
import { differences, groupDifferences, nameRecall } from '../src/lib/convert/report.ts';

const USAGE = 'usage: npm run convert:report -- --corpus FILE [--names FILE] [--out FILE] [--groups N]';
const { values } = parseArgs({ options: { corpus: { type: 'string' }, names: { type: 'string' }, out: { type: 'string' }, groups: { type: 'string', default: '60' } } });
if (!values.corpus) {
  console.error(USAGE);
  process.exit(2);
}

const text = readFileSync(values.corpus, 'utf8');
const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
const megabytes = Buffer.byteLength(text) / 2 ** 20;

/** Milliseconds per MB of the corpus, the median of three passes (after a warm-up pass). */
function timed(convert: (line: string) => string): { perMegabyte: number; output: string[] } {
  let output = lines.map(convert);
  const times: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    output = lines.map(convert);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { perMegabyte: times[1]! / megabytes, output };
}

const setupStarted = performance.now();
prepareConverter('tw');
toTraditionalWithRawOpencc('预热');
const setupMs = performance.now() - setupStarted;
const raw = timed((line) => toTraditionalWithRawOpencc(line));
const ours = timed((line) => toTraditional(line));

const all = lines.flatMap((line, i) => differences(line, raw.output[i]!, ours.output[i]!, i + 1));
const groups = groupDifferences(all);

const report: string[] = [
  `# Conversion report: ${basename(values.corpus)}`,
  '',
  `${lines.length.toLocaleString('en')} lines, ${[...text].length.toLocaleString('en')} characters, ${megabytes.toFixed(2)} MB. Setup (both converters' dictionaries): ${setupMs.toFixed(0)} ms.`,
  '',
  '| converter | ms per MB (median of 3) | ratio |',
  '| --- | --- | --- |',
  `| raw opencc-js (cn → tw) | ${raw.perMegabyte.toFixed(0)} | 1.00 |`,
  `| project converter | ${ours.perMegabyte.toFixed(0)} | ${(ours.perMegabyte / raw.perMegabyte).toFixed(2)} |`,
  '',
  `## Differences: ${all.length} characters in ${new Set(all.map((d) => d.line)).size} lines, ${groups.length} kinds`,
  '',
  '| change (Simplified: raw → project) | characters | examples (line: context) |',
  '| --- | --- | --- |',
  ...groups.slice(0, Number(values.groups)).map((group) => `| ${group.key} | ${group.count} | ${group.examples.map((e) => `${e.line}: ${e.context}`).join('; ')} |`),
];

if (values.names) {
  const names = new Map<number, string[]>();
  for (const row of readFileSync(values.names, 'utf8').split('\n')) {
    const [line, list] = row.split('\t');
    if (line && list) names.set(Number(line), list.split('|').filter(Boolean));
  }
  const forms = surnameForms();
  const surnameOf = (name: string) => {
    for (const surname of [name.slice(0, 2), name.slice(0, 1)]) {
      const form = forms.get(surname);
      if (form !== undefined && name.length > surname.length && form !== toTraditionalWithRawOpencc(surname)) return { surname, form };
    }
    return undefined;
  };
  const recall = nameRecall(lines, ours.output, names, surnameOf);
  const rawRecall = nameRecall(lines, raw.output, names, surnameOf);
  report.push(
    '',
    '## Annotated names whose surname needs its own form',
    '',
    `${recall.needingForm} occurrences. Written with the surname's form: project converter ${recall.written}, raw opencc-js ${rawRecall.written}.`,
    '',
    `Missed by the project converter: ${recall.missed.slice(0, 80).join('、')}${recall.missed.length > 80 ? ' …' : ''}`,
  );
}

const markdown = `${report.join('\n')}\n`;
if (values.out) writeFileSync(values.out, markdown);
else process.stdout.write(markdown);
