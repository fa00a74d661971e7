import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCodeUnits, compareFileNames } from '../../src/lib/archive/order.ts';
import { ROOT } from '../helpers/seeds.ts';

describe('compareFileNames', () => {
  it('orders digit runs by value and the rest by code unit', () => {
    const names = ['甲版.txt', '10.txt', 'a1.txt', '乙版.txt', 'A2.txt', '2.txt', 'a10.txt', 'a2.txt', '02.txt'];
    expect(names.sort(compareFileNames)).toEqual(['2.txt', '02.txt', '10.txt', 'A2.txt', 'a1.txt', 'a2.txt', 'a10.txt', '乙版.txt', '甲版.txt']);
  });

  it('is a total order: only equal names compare equal', () => {
    expect(compareFileNames('x01', 'x1')).not.toBe(0);
    expect(Math.sign(compareFileNames('x01', 'x1'))).toBe(-Math.sign(compareFileNames('x1', 'x01')));
    expect(compareFileNames('same', 'same')).toBe(0);
  });

  it('keeps numbers longer than a double exactly', () => {
    expect(compareFileNames('p99999999999999999999', 'p100000000000000000000')).toBeLessThan(0);
  });
});

describe('compareCodeUnits', () => {
  it('is the default sort order', () => {
    const words = ['乙', '甲', 'b', 'B', 'a'];
    expect([...words].sort(compareCodeUnits)).toEqual([...words].sort());
  });
});

/** Source files under src/ and scripts/, for rules that hold everywhere. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|astro)$/.test(entry.name) ? [path] : [];
  });
}

describe('machine-independent order', () => {
  it('no source file compares strings with the machine locale (localeCompare without a locale)', () => {
    const offenders = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'scripts'))].flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (/\.localeCompare\(\s*[^,()]+(\([^()]*\))?\s*\)/.test(line) ? [`${relative(ROOT, file)}:${index + 1}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('gives the same ingest under different LC_ALL settings', () => {
    const script = `
      import { buildArchive } from './src/lib/ingest/archive.ts';
      import { chronology } from './tests/helpers/seeds.ts';
      const page = (name) => ({ name, bytes: new TextEncoder().encode('区委常委会召开会议\\n\\n本报讯 昨天上午，会议召开。10月12日，2024年第五个“学习日”，今年第五个。' + name + '\\n') });
      const output = buildArchive({ seeds: ['甲版.txt', '乙版.txt', 'a1.txt', 'A2.txt'].map(page), chronology, seedsLabel: 'seeds' });
      console.log(JSON.parse(output.files.get('issues/2024-10-13/issue.json')).pages.map((p) => p.file).join(' '));`;
    const orders = ['C.UTF-8', 'zh_CN.UTF-8', 'en_US.UTF-8'].map((locale) => {
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LC_ALL: locale, LANG: locale } });
      expect(run.stderr).toBe('');
      return run.stdout.trim();
    });
    expect(orders[0]).toBe('seeds/A2.txt seeds/a1.txt seeds/乙版.txt seeds/甲版.txt');
    expect(new Set(orders).size).toBe(1);
  });
});
