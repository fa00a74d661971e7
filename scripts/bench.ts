/**
 * `npm run bench [-- --runs N]`: performance of the built site, measured in one run on this
 * machine. Now: search in Chromium (cold and warm query: bytes fetched, time to first result),
 * medians of N runs. Results go to bench/results/<date>.json and bench/README.md.
 * Run `npm run build` first.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median, formatBytes } from '../src/lib/bench/stats.ts';
import { measureSearch, TrafficLog, type SearchMeasurement } from '../src/lib/bench/search-timing.ts';
import { launchChromium } from '../src/lib/dev/chromium.ts';
import { serveStatic } from '../src/lib/dev/static-server.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, dist: { type: 'string', default: 'dist' } } });
const runs = Math.max(3, Number(values.runs));
const dist = resolve(values.dist);
if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error(`error: ${values.dist}/ has no search index; run \`npm run build\` first`);
  process.exit(2);
}

const queries = [
  { script: 'zh-hans', cold: '发展', warm: '签约' },
  { script: 'zh-hant', cold: '发展', warm: '簽約' },
];

const traffic = new TrafficLog();
const site = await serveStatic(dist, '/', { onServe: traffic.record });
const browser = await launchChromium();
const rows: Array<Record<string, string | number>> = [];
try {
  for (const query of queries) {
    const samples: SearchMeasurement[] = [];
    for (let i = 0; i < runs; i++) samples.push(await measureSearch(browser, traffic, `${site.url}${query.script}/search/`, query.cold, query.warm));
    for (const kind of ['cold', 'warm'] as const) {
      rows.push({
        tree: query.script,
        search: `${kind}: ${kind === 'cold' ? query.cold : query.warm}`,
        bytes: median(samples.map((s) => s[kind].bytes)),
        gzipBytes: median(samples.map((s) => s[kind].gzipBytes)),
        searchGzipBytes: median(samples.map((s) => s[kind].searchGzipBytes)),
        requests: median(samples.map((s) => s[kind].requests)),
        msToFirstResult: Math.round(median(samples.map((s) => s[kind].msToFirstResult))),
      });
    }
  }
} finally {
  await browser.close();
  await site.close();
}

const machine = { cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version };
const date = new Date().toISOString().slice(0, 10);
const archive = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
const result = { date, machine, runs, archive: Object.fromEntries(Object.entries(archive.languages).map(([k, v]) => [k, v.page_count])), search: rows };
mkdirSync('bench/results', { recursive: true });
writeFileSync(join('bench', 'results', `${date}.json`), `${JSON.stringify(result, null, 2)}\n`);

const table = [
  '| tree | search | requests | fetched | fetched, gzip | of which search files, gzip | first result |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.tree} | ${r.search} | ${r.requests} | ${formatBytes(r.bytes as number)} | ${formatBytes(r.gzipBytes as number)} | ${formatBytes(r.searchGzipBytes as number)} | ${r.msToFirstResult} ms |`),
].join('\n');
const readme = `# Benchmarks

\`npm run bench\` (after \`npm run build\`) measures the built site on this machine and writes
\`bench/results/<date>.json\`. Figures are medians of ${runs} runs, measured in one run; the machines
are shared and noisy, so compare ratios within a run rather than across days.

## Search (${date}; ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, headless Chromium)

Sample archive: ${Object.entries(result.archive).map(([k, v]) => `${v} pages in ${k}`).join(', ')}.
A cold search opens the search page with a query in a fresh browser context; a warm one types
a second query into the same page. Bytes are counted at the server (so the search worker's
fetches count too): as stored, and gzip-compressed as GitHub Pages sends them.

${table}
`;
writeFileSync(join('bench', 'README.md'), readme);
console.log(table);
