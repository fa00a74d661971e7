import { describe, expect, it } from 'vitest';
import { toRis } from '../../src/lib/citation/ris.ts';
import { BASE_URL, contentRecord, fixture, FIXTURE_NAMES } from './fixtures.ts';
import { expectedMetadata, readRis } from './read-back.ts';

const suzhou = contentRecord('2024-10-13-003', { accessed: '2026-11-23', place: '常州' });

describe('toRis', () => {
  it('writes a NEWS record tag by tag, with CRLF line ends', () => {
    expect(toRis(suzhou)).toBe(
      [
        'TY  - NEWS',
        'AU  - 朱梦琪',
        'TI  - 苏州丝波敦项目签约落地西太湖',
        'T2  - 武进日报',
        'PY  - 2024',
        'DA  - 2024/10/13',
        'SP  - 1',
        'CY  - 常州',
        'LA  - zh-Hans',
        `UR  - ${BASE_URL}/zh-hans/2024/10/13/3/`,
        'Y2  - 2026/11/23',
        'ID  - 2024-10-13-003',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('uses CRLF only, never a bare LF', () => {
    for (const name of FIXTURE_NAMES) expect(toRis(fixture(name)).replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes one AU per author, the commentator for a commentary, none for an unsigned piece', () => {
    const lines = toRis(contentRecord('2024-10-13-004')).split('\r\n');
    expect(lines.filter((line) => line.startsWith('AU'))).toEqual(['AU  - 蒋雯', 'AU  - 黄鑫']);
    expect(toRis(fixture('traditional-commentary-with-kicker-and-subtitle'))).toContain('\r\nAU  - 本報評論員\r\n');
    expect(toRis(fixture('unsigned-news'))).not.toContain('AU  -');
  });

  it('leaves out what the record does not have', () => {
    const ris = toRis(fixture('unsigned-news'));
    expect(ris).not.toContain('Y2  -');
    expect(ris).not.toContain('CY  -');
  });

  it('folds a line break in a value, which would otherwise start a forged tag', () => {
    const ris = toRis({ ...suzhou, title: '第一行\r\nER  - \nTY  - JOUR' });
    expect(ris).toContain('TI  - 第一行 ER  - TY  - JOUR\r\n');
    expect(ris.match(/^ER {2}- /gm)).toHaveLength(1);
  });
});

describe('RIS read back with citation.js', () => {
  const records = [
    ['2024-10-13-003 (real, one author)', suzhou],
    ['2024-10-13-004 (real, two authors)', contentRecord('2024-10-13-004')],
    ['2024-01-13-002 (real commentary)', contentRecord('2024-01-13-002')],
    ['2024-01-13-003 (real photo)', contentRecord('2024-01-13-003')],
    ...FIXTURE_NAMES.map((name) => [name, fixture(name)] as const),
  ] as const;

  it.each(records)('%s keeps title, authors, date, newspaper, page and URL', (_, record) => {
    const read = readRis(toRis(record));
    const expected = expectedMetadata(record);
    expect(read.item.type).toBe('article-newspaper');
    expect({ title: read.title, authors: read.authors, date: read.date, newspaper: read.newspaper, page: read.page, url: read.url }).toEqual(expected);
    expect(read.year).toBe(record.date.slice(0, 4));
    expect(read.item.language).toBe(record.lang);
  });

  it('keeps the access date and the place', () => {
    const read = readRis(toRis(suzhou));
    expect(read.item.accessed?.['date-parts']).toEqual([[2026, 11, 23]]);
    expect(read.item['publisher-place']).toBe('常州');
  });
});
