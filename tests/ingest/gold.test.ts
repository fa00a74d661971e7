import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleMdx } from '../../src/lib/ingest/mdx.ts';
import { buildSample, ROOT } from '../helpers/seeds.ts';

interface GoldArticle {
  kind: string;
  kicker?: string;
  title?: string;
  subtitle?: string;
  authors: string[];
  starts: string;
  joined?: string[];
}

const gold = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'gold', 'articles.json'), 'utf8')) as Record<string, GoldArticle[] | string>;
const output = buildSample();

function articlesOf(seedName: string) {
  return [...output.files.entries()]
    .filter(([path]) => path.endsWith('.mdx'))
    .map(([, source]) => parseArticleMdx(source))
    .filter((a) => (a.frontMatter.source as { file: string }).file === `seeds/${seedName}`)
    .sort((a, b) => (a.frontMatter.order as number) - (b.frontMatter.order as number));
}

describe('the hand-checked gold pages', () => {
  for (const [seedName, expected] of Object.entries(gold)) {
    if (typeof expected === 'string') continue;
    describe(seedName, () => {
      const found = articlesOf(seedName);

      it('has the same articles in the same order', () => {
        expect(found.map((a) => a.frontMatter.kind)).toEqual(expected.map((e) => e.kind));
      });

      expected.forEach((want, index) => {
        it(`article ${index + 1}: ${want.title ?? want.starts}`, () => {
          const got = found[index]!;
          expect({
            kind: got.frontMatter.kind,
            kicker: got.frontMatter.kicker,
            title: got.frontMatter.title,
            subtitle: got.frontMatter.subtitle,
            authors: got.frontMatter.authors,
          }).toEqual({ kind: want.kind, kicker: want.kicker, title: want.title, subtitle: want.subtitle, authors: want.authors });
          expect(got.paragraphs[0]!.startsWith(want.starts)).toBe(true);
          const text = got.paragraphs.join('\n');
          for (const run of want.joined ?? []) expect(text).toContain(run);
        });
      });
    });
  }
});
