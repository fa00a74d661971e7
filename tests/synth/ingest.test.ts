import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArchive, readSeedsFolder } from '../../src/lib/ingest/index.ts';
import { parseArticleMdx } from '../../src/lib/ingest/mdx.ts';
import { cleanArticle, EXPECTED_NAME, generateArchive, writeSyntheticArchive, type ExpectedIssue, type SynthOptions } from '../../src/lib/synth/index.ts';
import { chronology, options, removeTempFolders, sampleCorpus, tempFolder } from './helpers.ts';

/**
 * The real ingest on generated archives: it must find every article the generator made, join
 * every paragraph OCR cut at a column end, and give back the clean text, field by field. No
 * tolerance is needed: the generator never cuts a paragraph where its opening could pass for a
 * headline (see `cutAtColumnEnds`), the one place where segmentation could legitimately differ.
 */

afterAll(removeTempFolders);

const scenarios: Array<[string, SynthOptions]> = [
  ['about 200 articles with the default page sizes', options({ seed: 'ingest-200', articles: 200 })],
  [
    'five weeks around the Spring Festival, small issues, many GB18030, CRLF and BOM pages',
    options({
      seed: 'ingest-month', start: '2024-01-15', end: '2024-02-20',
      pagesPerIssue: { min: 1, max: 2 }, articlesPerPage: { min: 4, max: 8 }, shares: { crlf: 0.3, bom: 0.2, gb18030: 0.3 },
    }),
  ],
];

describe.each(scenarios)('ingesting %s', (_, synthOptions) => {
  const dir = tempFolder('ingest');
  const totals = writeSyntheticArchive(dir, synthOptions, sampleCorpus());
  const expected = JSON.parse(readFileSync(join(dir, EXPECTED_NAME), 'utf8')) as { issues: ExpectedIssue[] };
  const output = buildArchive({ ...readSeedsFolder(dir), chronology, seedsLabel: 'seeds' });
  const pages = expected.issues.flatMap((issue) => issue.pages.map((page) => ({ ...page, date: issue.date })));

  it('gives no errors and no warnings', () => {
    expect(output.diagnostics).toEqual([]);
  });

  it('dates every issue as the manifest says', () => {
    const issueDates = [...output.files.keys()].filter((path) => path.endsWith('/issue.json')).map((path) => path.split('/')[1]).sort();
    expect(issueDates).toEqual(expected.issues.map((issue) => issue.date));
    expect(totals.issues).toBe(expected.issues.length);
  });

  it('finds the generated number of articles, joins every OCR break and reads every encoding, page by page', () => {
    const reports = new Map(output.reports.map((report) => [report.file, report]));
    const found = pages.map((page) => {
      const report = reports.get(`seeds/${page.file}`)!;
      return { file: page.file, date: report.date, page: report.page, articles: report.articles, joined: report.joined, encoding: report.encoding };
    });
    const made = pages.map((page) => ({ file: page.file, date: page.date, page: page.label, articles: page.articles, joined: page.ocrBreaks, encoding: page.encoding }));
    expect(found).toEqual(made);
    expect(pages.reduce((sum, page) => sum + page.articles, 0)).toBe(totals.articles);
    expect(totals.ocrBreaks).toBeGreaterThan(0);
  });

  it('gives back each article’s clean headline, credits and paragraphs', () => {
    let compared = 0;
    for (const page of generateArchive(synthOptions, sampleCorpus())) {
      const issue = JSON.parse(output.files.get(`issues/${page.date}/issue.json`)!) as { pages: Array<{ file: string; articles: string[] }> };
      const ids = issue.pages.find((p) => p.file === `seeds/${page.fileName}`)!.articles;
      const read = ids.map((id) => {
        const { frontMatter: f, paragraphs } = parseArticleMdx(output.files.get(`issues/${page.date}/${id.slice(-3)}.mdx`)!);
        return {
          kind: f.kind, kicker: f.kicker, title: f.title, subtitle: f.subtitle, dateline: f.dateline, byline: f.byline,
          credit: f.credit, authors: f.authors, photographers: f.photographers, paragraphs,
        };
      });
      expect(read, page.fileName).toEqual(page.articles.map(cleanArticle));
      compared += read.length;
    }
    expect(compared).toBe(totals.articles);
  });
});
