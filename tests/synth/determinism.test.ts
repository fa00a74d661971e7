import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../src/lib/synth/random.ts';
import { generateArchive, writeSyntheticArchive } from '../../src/lib/synth/index.ts';
import { options, removeTempFolders, ROOT, sampleCorpus, tempFolder } from './helpers.ts';

afterAll(removeTempFolders);

function generate(seed: string, articles = 150): Map<string, Buffer> {
  const dir = tempFolder(seed);
  writeSyntheticArchive(dir, options({ seed, articles }), sampleCorpus());
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))]));
}

describe('determinism', () => {
  it('gives byte-identical archives for the same seed', () => {
    const first = generate('same');
    const second = generate('same');
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, bytes] of first) expect(bytes.equals(second.get(name)!), name).toBe(true);
  });

  it('gives a different archive for a different seed', () => {
    const one = generate('one');
    const other = generate('other');
    const pages = (files: Map<string, Buffer>) => [...files.keys()].filter((name) => name.endsWith('.txt'));
    expect(pages(other).filter((name) => one.has(name))).toEqual([]);
    expect(one.get('issues.json')!.equals(other.get('issues.json')!)).toBe(false);
  });

  it('starts a longer archive with exactly the pages of a shorter one', () => {
    const short = [...generateArchive(options({ seed: 'grow', articles: 100 }), sampleCorpus())];
    const long = [...generateArchive(options({ seed: 'grow', articles: 400 }), sampleCorpus())].slice(0, short.length);
    expect(long.map((page) => Buffer.from(page.bytes).toString('base64'))).toEqual(short.map((page) => Buffer.from(page.bytes).toString('base64')));
  });

  it('draws the same random sequence for the same key', () => {
    const draw = (key: string) => {
      const random = createRandom(key);
      return Array.from({ length: 5 }, () => random.int(0, 1_000_000));
    };
    expect(draw('k')).toEqual(draw('k'));
    expect(draw('k')).not.toEqual(draw('l'));
    const random = createRandom('bounds');
    const values = Array.from({ length: 2000 }, () => random.int(4, 8));
    expect(Math.min(...values)).toBe(4);
    expect(Math.max(...values)).toBe(8);
  });
});

describe('the command line', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts', 'synth.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it('writes the same archive as the library', () => {
    const dir = tempFolder('cli');
    const run = cli('--articles', '150', '--seed', 'same', '--out', dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\d+ issues .* \d+ pages, \d+ articles/);
    const library = generate('same');
    expect(readdirSync(dir).sort()).toEqual([...library.keys()]);
    for (const [name, bytes] of library) expect(readFileSync(join(dir, name)).equals(bytes), name).toBe(true);
  });

  it.each([
    [[], /give --years N or --articles N/],
    [['--years', '1', '--articles', '5', '--out', 'x'], /not both/],
    [['--articles', '5'], /give --out DIR/],
    [['--years', 'ten', '--out', 'x'], /--years must be a positive number/],
    [['--articles', '2.5', '--out', 'x'], /whole number/],
    [['--years', '1', '--out', 'x', '--start', '2005-02-30'], /--start must be a date/],
    [['--years', '1', '--out', 'x', '--pages', '8-4'], /--pages 8-4/],
    [['--years', '1', '--out', 'x', '--articles-per-page', 'many'], /--articles-per-page must be MIN-MAX/],
    [['--years', '1', '--out', 'x', '--colour'], /Unknown option '--colour'/],
    [['--years', '1', '--out', 'seeds'], /must not be the seeds folder/],
  ])('refuses %j with a clear message and exit code 2', (args, message) => {
    const run = cli(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/usage: node scripts\/synth\.ts/);
  });

  it('refuses to write over other files, and over its own output unless told to', () => {
    const dir = tempFolder('again');
    expect(cli('--articles', '20', '--out', dir).status).toBe(0);
    const again = cli('--articles', '20', '--out', dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already holds a generated archive .* --replace/);
    expect(cli('--articles', '20', '--seed', '2', '--out', dir, '--replace').status).toBe(0);
    const foreign = cli('--articles', '20', '--out', join(ROOT, 'tests', 'synth'));
    expect(foreign.status).toBe(1);
    expect(foreign.stderr).toMatch(/holds files the generator did not write/);
  });
});
