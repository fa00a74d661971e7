import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSample, ROOT } from '../helpers/seeds.ts';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('content/', () => {
  it('is what `npm run ingest` makes of seeds/ (run it and commit the result when this fails)', () => {
    const expected = buildSample().files;
    const contentDir = join(ROOT, 'content');
    const committed = listFiles(join(contentDir, 'issues')).map((file) => relative(contentDir, file).split(sep).join('/'));
    expect(committed.sort()).toEqual([...expected.keys()].sort());
    for (const [path, content] of expected) expect(readFileSync(join(contentDir, path), 'utf8'), path).toBe(content);
  });
});
