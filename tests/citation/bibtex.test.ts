import { describe, expect, it } from 'vitest';
import { bibtexKey, escapeBibtex, toBibtex } from '../../src/lib/citation/bibtex.ts';
import { BASE_URL, contentRecord, fixture, FIXTURE_NAMES } from './fixtures.ts';
import { expectedMetadata, readBibtex } from './read-back.ts';

const suzhou = contentRecord('2024-10-13-003', { accessed: '2026-11-23', place: '常州' });

describe('toBibtex', () => {
  it('writes a biblatex newspaper article', () => {
    expect(toBibtex(suzhou)).toBe(
      [
        '@article{wujin-2024-10-13-003,',
        '  entrysubtype = {newspaper},',
        '  author = {{朱梦琪}},',
        '  title = {苏州丝波敦项目签约落地西太湖},',
        '  journal = {武进日报},',
        '  date = {2024-10-13},',
        '  pages = {1},',
        '  location = {常州},',
        '  langid = {chinese},',
        '  language = {chinese},',
        `  url = {${BASE_URL}/zh-hans/2024/10/13/3/},`,
        '  urldate = {2026-11-23},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('keys the entry by the archive id, the same in both scripts', () => {
    expect(bibtexKey('2024-10-13-003')).toBe('wujin-2024-10-13-003');
    expect(toBibtex(fixture('traditional-single-author'))).toMatch(/^@article\{wujin-2024-10-13-003,\n/);
  });

  it('braces each name and the commentator, and joins them with and', () => {
    expect(toBibtex(contentRecord('2024-10-13-004'))).toContain('  author = {{蒋雯} and {黄鑫}},\n');
    expect(toBibtex(fixture('traditional-commentary-with-kicker-and-subtitle'))).toContain('  author = {{本報評論員}},\n');
    expect(toBibtex(fixture('unsigned-news'))).not.toContain('author =');
  });

  it('escapes TeX specials and leaves Chinese as UTF-8', () => {
    expect(escapeBibtex('{ } % & $ # _ \\ ~ ^')).toBe('\\{ \\} \\% \\& \\$ \\# \\_ \\textbackslash{} \\textasciitilde{} \\textasciicircum{}');
    expect(escapeBibtex('<b>|</b>')).toBe('\\textless{}b\\textgreater{}\\textbar{}\\textless{}/b\\textgreater{}');
    expect(escapeBibtex("a--b ''c'' ``d`` 蘇州")).toBe("a-{}-b '{}'c'{}' `{}`d`{}` 蘇州");
    expect(escapeBibtex('第一行\n\n第二行')).toBe('第一行 第二行');
  });

  it('keeps a hostile title inside its field', () => {
    const bib = toBibtex(fixture('hostile-characters'));
    const titleLine = bib.split('\n').find((line) => line.startsWith('  title = '))!;
    expect(titleLine).toBe(
      "  title = {\\textless{}script\\textgreater{}alert(\"x\")\\textless{}/script\\textgreater{} \\{50\\%\\} \\& \\$5 \\#1 a\\_b \\textbackslash{} \\textasciitilde{} \\textasciicircum{} 'q'：\\textless{}/script\\textgreater{}\\textless{}!-{}- \\{},",
    );
    expect(bib).toContain('  author = {{王\\&五} and {李\\{四\\}}},\n');
    expect(bib).toContain(`  url = {${BASE_URL}/zh-hans/2024/12/07/9/?q=%7Ba%7D&b=%22},\n`);
  });
});

describe('BibTeX read back with citation.js', () => {
  const records = [
    ['2024-10-13-003 (real, one author)', suzhou],
    ['2024-10-13-004 (real, two authors)', contentRecord('2024-10-13-004')],
    ['2024-01-13-002 (real commentary)', contentRecord('2024-01-13-002')],
    ['2024-01-13-003 (real photo)', contentRecord('2024-01-13-003')],
    ...FIXTURE_NAMES.map((name) => [name, fixture(name)] as const),
  ] as const;

  it.each(records)('%s keeps title, authors, date, newspaper, page and URL', (_, record) => {
    const read = readBibtex(toBibtex(record));
    expect({ title: read.title, authors: read.authors, date: read.date, newspaper: read.newspaper, page: read.page, url: read.url }).toEqual(expectedMetadata(record));
    expect(read.item.genre).toBe('newspaper');
    expect(read.item['citation-key']).toBe(bibtexKey(record.id));
  });

  it('keeps the access date', () => {
    expect(readBibtex(toBibtex(suzhou)).item.accessed?.['date-parts']).toEqual([[2026, 11, 23]]);
  });
});
