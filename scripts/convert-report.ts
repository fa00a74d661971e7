/**
 * `npm run convert:report -- (--corpus FILE [--names FILE] | --bio FILE … [--bio-pair SENTENCES,TAGS …]) [--out FILE]`:
 * converts a large outside Simplified text with the project converter and with raw opencc-js,
 * and writes a Markdown report: speed per MB of each, every differing character grouped by
 * change with examples (src/lib/convert/report.ts), and, given person-name annotations, how
 * many names whose surname needs its own form are written so. The text is one sentence or
 * paragraph a line (`--corpus`, with `line<TAB>name|name` annotations in `--names`), or
 * annotated NER files: BIO (`--bio`: a character and its tag a line) or a pair of files of
 * space-separated characters and tags (`--bio-pair`). bench/convert-report.md names the corpus
 * of the project's figures.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareConverter, surnameForms, toTraditional, toTraditionalWithRawOpencc } from '../src/lib/convert/index.ts';
import { bioSentences, corpusOf, differences, groupDifferences, nameRecall, pairedSentences } from '../src/lib/convert/report.ts';
import { median } from '../src/lib/bench/stats.ts';

const USAGE = 'usage: npm run convert:report -- (--corpus FILE [--names FILE] | --bio FILE … [--bio-pair SENTENCES,TAGS …]) [--out FILE] [--groups N]';
const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    names: { type: 'string' },
    bio: { type: 'string', multiple: true, default: [] },
    'bio-pair': { type: 'string', multiple: true, default: [] },
    out: { type: 'string' },
    // Every kind by default: the review reads each difference; --groups N shows the N largest.
    groups: { type: 'string', default: 'all' },
  },
});
const fromNer = values.bio.length + values['bio-pair'].length > 0;
if (Boolean(values.corpus) === fromNer) {
  console.error(USAGE);
  process.exit(2);
}

/** The text's lines and, when known, the person names of each (1-based line). */
function readCorpus(): { title: string; lines: string[]; names?: Map<number, string[]> } {
  if (values.corpus) {
    const lines = readFileSync(values.corpus, 'utf8').split('\n').map((line) => line.replace(/\r$/, ''));
    if (!values.names) return { title: basename(values.corpus), lines };
    const names = new Map<number, string[]>();
    for (const row of readFileSync(values.names, 'utf8').split('\n')) {
      const [line, list] = row.split('\t');
      if (line && list) names.set(Number(line), list.split('|').filter(Boolean));
    }
    return { title: basename(values.corpus), lines, names };
  }
  const sentences = [
    ...values.bio.flatMap((file) => bioSentences(readFileSync(file, 'utf8'))),
    ...values['bio-pair'].flatMap((pair) => {
      const [sentenceFile, tagFile] = pair.split(',');
      if (!sentenceFile || !tagFile) throw new Error(`--bio-pair ${pair}: give SENTENCES,TAGS`);
      return pairedSentences(readFileSync(sentenceFile, 'utf8'), readFileSync(tagFile, 'utf8'));
    }),
  ];
  return { title: [...values.bio, ...values['bio-pair'].map((pair) => pair.split(',')[0]!)].map((file) => basename(file)).join(', '), ...corpusOf(sentences) };
}

const corpus = readCorpus();
const lines = corpus.lines;
const text = lines.join('\n');
const megabytes = Buffer.byteLength(text) / 2 ** 20;

/** Passes of each converter over the corpus, alternating, so that both meet the same machine (and the same garbage). */
const PASSES = 7;

interface Timed {
  readonly perMegabyte: number;
  readonly output: string[];
}

/**
 * Milliseconds per MB of the corpus for raw opencc-js and the project converter, each the median
 * of PASSES passes taken in turn (after a warm-up pass of each), and each one's output.
 */
function timed(raw: (line: string) => string, ours: (line: string) => string): [Timed, Timed] {
  const converters = [raw, ours] as const;
  const outputs = converters.map((convert) => lines.map(convert));
  const times: [number[], number[]] = [[], []];
  for (let pass = 0; pass < PASSES; pass += 1) {
    converters.forEach((convert, i) => {
      const started = performance.now();
      for (const line of lines) convert(line);
      times[i]!.push(performance.now() - started);
    });
  }
  const result = (i: 0 | 1): Timed => ({ perMegabyte: median(times[i]) / megabytes, output: outputs[i]! });
  return [result(0), result(1)];
}

const setupStarted = performance.now();
prepareConverter('tw');
toTraditionalWithRawOpencc('预热');
const setupMs = performance.now() - setupStarted;
const [raw, ours] = timed((line) => toTraditionalWithRawOpencc(line), (line) => toTraditional(line));

const all = lines.flatMap((line, i) => differences(line, raw.output[i]!, ours.output[i]!, i + 1));
const groups = groupDifferences(all);
const shownGroups = values.groups === 'all' ? groups.length : Number(values.groups);

const report: string[] = [
  `# Conversion report: ${corpus.title}`,
  '',
  `${lines.length.toLocaleString('en')} lines, ${[...text].length.toLocaleString('en')} characters, ${megabytes.toFixed(2)} MB. Setup (both converters' dictionaries): ${setupMs.toFixed(0)} ms.`,
  '',
  `| converter | ms per MB (median of ${PASSES}, passes in turn) | ratio |`,
  '| --- | --- | --- |',
  `| raw opencc-js (cn → tw) | ${raw.perMegabyte.toFixed(0)} | 1.00 |`,
  `| project converter | ${ours.perMegabyte.toFixed(0)} | ${(ours.perMegabyte / raw.perMegabyte).toFixed(2)} |`,
  '',
  `## Differences: ${all.length} characters in ${new Set(all.map((d) => d.line)).size} lines, ${groups.length} kinds${shownGroups < groups.length ? ` (the ${shownGroups} largest shown)` : ''}`,
  '',
  '| change (Simplified: raw → project) | characters | examples (line: context) |',
  '| --- | --- | --- |',
  ...groups.slice(0, shownGroups).map((group) => `| ${group.key} | ${group.count} | ${group.examples.map((e) => `${e.line}: ${e.context}`).join('; ')} |`),
];

if (corpus.names) {
  const names = corpus.names;
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
