import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summaryParagraphs } from '../../src/lib/archive/article.ts';
import { creditedNames, periodSummary } from '../../src/lib/build/content-folders.ts';
import { parseArticleMdx } from '../../src/lib/ingest/mdx.ts';
import { ROOT } from '../helpers/seeds.ts';

const content = join(ROOT, 'content');
const work = mkdtempSync(join(tmpdir(), 'content-folders-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a period summary, what the hub renders from', () => {
  it('holds every article of the dates with its summary paragraphs only, and their issues', () => {
    const summary = periodSummary(content, ['2024-10-13', '2024-12-07']);
    expect(summary.issues.map((i) => i.date)).toEqual(['2024-10-13', '2024-12-07']);
    const ids = summary.issues.flatMap((i) => i.pages.flatMap((p) => p.articles));
    expect(summary.articles.map((a) => a.id)).toEqual(ids);
    const file = parseArticleMdx(readFileSync(join(content, 'issues', '2024-10-13', '001.mdx'), 'utf8'));
    const first = summary.articles[0]!;
    expect(first.paragraphs).toEqual(summaryParagraphs(file.paragraphs));
    expect(first.title).toBe(file.frontMatter.title);
    expect(first).not.toHaveProperty('warnings');
    expect(first).not.toHaveProperty('ocrJoins');
  });

  it('credits each name once, sorted', () => {
    const names = creditedNames(periodSummary(content, ['2024-10-13']));
    expect(names).toEqual([...new Set(names)].sort());
    expect(names).toContain('朱梦琪');
  });

  it('names the file of an article that no longer fits the schema', () => {
    const copy = join(work, 'content');
    cpSync(content, copy, { recursive: true });
    const path = join(copy, 'issues', '2024-10-13', '002.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^order: \d+$/m, 'order: "second"'));
    expect(() => periodSummary(copy, ['2024-10-13'])).toThrow(/2024-10-13\/002\.mdx: order: .*regenerate it with `npm run ingest`/);
  });
});
