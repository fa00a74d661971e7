import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/ingest/index.ts';
import { parseArticleMdx } from '../../src/lib/ingest/mdx.ts';
import { chronology } from './helpers.ts';

/**
 * Ingest problems the synthetic archive exposed, reduced to one small page each. They are
 * `it.fails`: each passes while the problem is there and fails once the ingest is fixed,
 * which is the moment to turn it into an ordinary test (src/lib/ingest is not ours to change).
 */

function ingest(text: string, manifest?: object) {
  return buildArchive({
    seeds: [{ name: 'page.txt', bytes: new TextEncoder().encode(text) }],
    manifestText: manifest ? JSON.stringify(manifest) : undefined,
    chronology,
    seedsLabel: 'seeds',
  });
}

describe('known ingest issues', () => {
  // normalize.ts works line by line, before OCR breaks are joined: a comma left at the end of a
  // cut line after a digit, % or ASCII bracket has no Chinese neighbour and stays ASCII.
  // Seen on 13 of 27,188 articles of a generated year.
  it.fails('turns an ASCII comma where OCR cut the paragraph into a full-width one', () => {
    const output = ingest('区委常委会召开会议\n\n本报讯 (记者 朱梦琪) 昨天, 全区固定资产投资同比增长9.7%,\n\n其中工业投资同比增长9.1%。\n', {
      pages: { 'page.txt': { date: '2024-10-13' } },
    });
    const [paragraph] = parseArticleMdx(output.files.get('issues/2024-10-13/001.mdx')!).paragraphs;
    expect(paragraph).toBe('昨天，全区固定资产投资同比增长9.7%，其中工业投资同比增长9.1%。');
  });

  // archive.ts dates a page from splitParagraphs(text), before OCR breaks are joined, so a date
  // cut at a column end (`10月1` + `2日`) is not seen.
  it.fails('dates a page from an event day that OCR cut in two', () => {
    const output = ingest('区委常委会召开会议\n\n本报讯 (记者 朱梦琪) 昨天上午, 2024年第五个“学习日”, 今年第五个。10月1\n\n2日, 区委常委会召开会议。\n');
    expect(output.diagnostics).toEqual([]);
    expect(output.reports[0]!.date).toBe('2024-10-13');
  });
});
