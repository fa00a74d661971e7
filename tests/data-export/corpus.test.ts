import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { articleRecord } from '../../src/lib/data-export/api-json.ts';
import { chunksToStream, CSV_COLUMNS, csvCells, csvChunks, jsonLines, UTF8_BOM } from '../../src/lib/data-export/corpus.ts';
import type { ExportArticle } from '../../src/lib/data-export/records.ts';
import { fixtureArticles, formulaLikeText, hostileText, realExport, syntheticArticles } from './records.ts';

function csvText(articles: Iterable<ExportArticle>, formulaGuard = true): string {
  return [...csvChunks(articles, { formulaGuard })].join('');
}

function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, record_delimiter: '\r\n', relax_column_count: false }) as string[][];
}

/** What a cell must read back as: the catalogue fields, names separated by "; "; no text (JSON Lines has it). */
function expectedRow(article: ExportArticle): Record<string, string> {
  const row: Record<string, string> = {
    id: article.id,
    date: article.date,
    page: article.page,
    order: String(article.order),
    kind: article.kind,
    url_hans: article.urls.page['zh-Hans'],
    url_hant: article.urls.page['zh-Hant'],
    source_file: article.source.file,
    source_lines: `${article.source.startLine}-${article.source.endLine}`,
  };
  for (const [suffix, lang] of [['hans', 'zh-Hans'], ['hant', 'zh-Hant']] as const) {
    const text = article.text[lang];
    Object.assign(row, {
      [`headline_${suffix}`]: text.headline,
      [`kicker_${suffix}`]: text.kicker ?? '',
      [`title_${suffix}`]: text.title ?? '',
      [`subtitle_${suffix}`]: text.subtitle ?? '',
      [`dateline_${suffix}`]: text.dateline ?? '',
      [`byline_${suffix}`]: text.byline ?? '',
      [`credit_${suffix}`]: text.credit ?? '',
      [`authors_${suffix}`]: text.authors.join('; '),
      [`photographers_${suffix}`]: text.photographers.join('; '),
    });
  }
  return row;
}

function rowsAsRecords(rows: string[][]): Record<string, string>[] {
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i]!])));
}

/** The lone surrogate is the one thing UTF-8 cannot carry; it becomes U+FFFD in the file. */
const wellFormed = (row: Record<string, string>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.toWellFormed()]));

describe('CSV corpus', () => {
  it('starts with a UTF-8 BOM and the header, one row per article', () => {
    const text = csvText(fixtureArticles);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(CSV_COLUMNS);
    expect(rows).toHaveLength(fixtureArticles.length + 1);
  });

  it('ends every row with CRLF and quotes every cell (RFC 4180)', () => {
    const chunks = [...csvChunks(fixtureArticles)];
    expect(chunks).toHaveLength(fixtureArticles.length + 1);
    for (const chunk of chunks) {
      expect(chunk.endsWith('"\r\n')).toBe(true);
    }
    expect(chunks[1]!.startsWith('"2024-10-13-001","2024-10-13","1","1","news",')).toBe(true);
  });

  it('round-trips every fixture exactly with the formula guard off: quotes, commas, newlines, CR, controls', () => {
    const records = rowsAsRecords(parseCsv(csvText(fixtureArticles, false)));
    expect(records).toEqual(fixtureArticles.map((a) => wellFormed(expectedRow(a))));
    const hostile = records.find((r) => r['id'] === hostileText.id)!;
    expect(hostile['dateline_hans']).toBe('本报讯（记者 张"三"）');
    expect(hostile['title_hans']).toBe('<script>alert("标题")</script> & ]]> \'单引号\', 逗号');
    expect(hostile['authors_hans']).toBe('张"三"; A&B <i>');
  });

  it('puts a quote in front of a cell Excel would run as a formula, and changes nothing else', () => {
    const records = rowsAsRecords(parseCsv(csvText(fixtureArticles)));
    const formula = records.find((r) => r['id'] === formulaLikeText.id)!;
    expect(formula['title_hans']).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    const unguarded = expectedRow(fixtureArticles.find((a) => a.id === formulaLikeText.id)!);
    for (const [column, value] of Object.entries(formula)) {
      expect(value === unguarded[column] || value === `'${unguarded[column]}`).toBe(true);
    }
    const others = records.filter((r) => r['id'] !== formulaLikeText.id);
    expect(others).toEqual(fixtureArticles.filter((a) => a.id !== formulaLikeText.id).map((a) => wellFormed(expectedRow(a))));
  });

  it('round-trips every article of content/ exactly, in both scripts', () => {
    const { articles } = realExport();
    const records = rowsAsRecords(parseCsv(csvText(articles)));
    expect(records).toHaveLength(articles.length);
    expect(records).toEqual(articles.map(expectedRow));
    expect(records.filter((r) => r['headline_hans'] !== r['headline_hant']).length).toBeGreaterThan(articles.length / 2);
  });

  it('is the catalogue: no column carries the text, which the JSON Lines corpus holds once', () => {
    expect(CSV_COLUMNS.filter((column) => column.startsWith('text'))).toEqual([]);
    const longest = Math.max(...fixtureArticles.flatMap((a) => csvCells(a).map((cell) => cell.length)));
    expect(longest).toBeLessThan(Math.max(...fixtureArticles.map((a) => a.text['zh-Hans'].paragraphs.join('').length)));
  });

  it('has as many cells in each row as columns', () => {
    for (const article of fixtureArticles) expect(csvCells(article)).toHaveLength(CSV_COLUMNS.length);
  });
});

describe('JSON Lines corpus', () => {
  it('writes one parseable line per article, with its full text', () => {
    const text = [...jsonLines(fixtureArticles)].join('');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines).toHaveLength(fixtureArticles.length);
    for (const [i, line] of lines.entries()) {
      expect(JSON.parse(line)).toEqual(JSON.parse(JSON.stringify(articleRecord(fixtureArticles[i]!))));
    }
  });

  it('keeps every record on its own line for readers that split on U+2028, U+2029 and NEL', () => {
    const text = [...jsonLines(fixtureArticles)].join('');
    expect(text).not.toMatch(/[\u2028\u2029\u0085\r]/);
    const hostile = JSON.parse(text.split('\n')[3]!) as ReturnType<typeof articleRecord>;
    // JSON escapes even a lone surrogate, so JSON Lines is the exact copy, control characters and all.
    expect(hostile.text['zh-Hans'].paragraphs).toEqual(hostileText.paragraphs);
  });

  it('carries every article of content/ with its text in both scripts', () => {
    const { articles } = realExport();
    const lines = [...jsonLines(articles)].map((line) => JSON.parse(line) as ReturnType<typeof articleRecord>);
    expect(lines.map((l) => l.id)).toEqual(articles.map((a) => a.id));
    for (const [i, line] of lines.entries()) {
      expect(line.version).toBe(3);
      expect(line.text['zh-Hans'].paragraphs).toEqual(articles[i]!.text['zh-Hans'].paragraphs);
      expect(line.text['zh-Hant'].paragraphs).toEqual(articles[i]!.text['zh-Hant'].paragraphs);
    }
  });
});

describe('streaming', () => {
  function* endless(): Generator<ExportArticle> {
    const [template] = syntheticArticles([['2024-01-01', 1]]);
    for (let i = 0; ; i++) yield { ...template!, id: `endless-${i}` };
  }

  it('yields chunks lazily, so 100,000 articles are never one string', () => {
    const csv = csvChunks(endless());
    const lines = jsonLines(endless());
    for (let i = 0; i < 3; i++) {
      expect(csv.next().done).toBe(false);
      expect(lines.next().done).toBe(false);
    }
  });

  it('turns chunks into a byte stream that reads back as the same text', async () => {
    const articles = syntheticArticles([['2024-01-01', 500]]);
    const expected = csvText(articles);
    const streamed = await new Response(chunksToStream(csvChunks(articles), 4096)).text();
    // Response.text() strips a leading BOM, as every decoder does: compare the bytes instead.
    const bytes = new Uint8Array(await new Response(chunksToStream(csvChunks(articles), 4096)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(UTF8_BOM + streamed).toBe(expected);
  });

  it('pulls only what the reader asks for', async () => {
    const reader = chunksToStream(jsonLines(endless()), 1024).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(first.value!.byteLength).toBeGreaterThan(0);
    await reader.cancel();
  });
});
