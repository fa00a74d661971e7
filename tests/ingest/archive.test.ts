import { describe, expect, it } from 'vitest';
import { checkConservation } from '../../src/lib/ingest/conservation.ts';
import { buildArchive } from '../../src/lib/ingest/archive.ts';
import { build, buildSample, chronology, pageFixture, sampleManifest, sampleSeeds, textSeed } from '../helpers/seeds.ts';

const GOOD_TEXT = '区委常委会召开会议\n\n本报讯 (记者 朱梦琪) 昨天上午, 会议召开。10月12日, 2024年第五个“学习日”, 今年第五个。\n';
const GOOD = textSeed('good.txt', GOOD_TEXT);

function errors(output: ReturnType<typeof build>) {
  return output.diagnostics.filter((d) => d.severity === 'error');
}

describe('bad input', () => {
  it.each([
    ['empty.txt', 1, /empty/],
    ['blank-lines-only.txt', 1, /white space/],
    ['binary.txt', 3, /binary/],
    ['one-giant-line.txt', 1, /characters long/],
    ['unknown-encoding.txt', 3, /unknown encoding/],
  ])('%s gets an error naming file and line, and the other pages are still ingested', (name, line, message) => {
    const output = build([GOOD, pageFixture(name)]);
    expect(errors(output)).toEqual([expect.objectContaining({ file: `seeds/${name}`, line, message: expect.stringMatching(message) })]);
    expect(output.files.has('issues/2024-10-13/001.mdx')).toBe(true);
    const good = output.reports.find((r) => r.file === 'seeds/good.txt')!;
    expect(good.articles).toBe(1);
    expect(good.error).toBeUndefined();
  });

  it('reads GBK and CRLF+BOM pages like UTF-8 ones', () => {
    const output = build([pageFixture('gbk-page.txt')]);
    expect(errors(output)).toEqual([]);
    expect(output.reports[0]).toMatchObject({ encoding: 'gb18030', date: '2024-10-13', articles: 1, joined: 1 });
    const viaBom = build([pageFixture('crlf-bom-page.txt')]);
    expect(viaBom.files.get('issues/2024-10-13/001.mdx')!.replace(/crlf-bom-page/g, 'gbk-page')).toBe(output.files.get('issues/2024-10-13/001.mdx'));
  });

  it('refuses a duplicate page, naming the first copy', () => {
    const output = build([GOOD, { ...GOOD, name: 'zz-copy.txt' }]);
    expect(errors(output)).toEqual([expect.objectContaining({ file: 'seeds/zz-copy.txt', line: 1, message: expect.stringMatching(/duplicate page: the same text as seeds\/good.txt/) })]);
    expect(output.files.has('issues/2024-10-13/001.mdx')).toBe(true);
  });

  it('refuses two pages with the same date and page label', () => {
    const other = textSeed('other.txt', '另一版\n\n本报讯 (记者 王明) 昨天, 10月12日开会, 2024年第五个“学习日”, 今年第五个, 另有内容。\n');
    const manifest = JSON.stringify({ pages: { 'good.txt': { page: '1' }, 'other.txt': { page: '1' } } }, null, 2);
    const output = build([GOOD, other], manifest);
    expect(errors(output)).toEqual([expect.objectContaining({ file: 'seeds/other.txt', message: expect.stringMatching(/already has a page 1/) })]);
  });

  it('says what evidence it found when a page cannot be dated', () => {
    const undated = textSeed('undated.txt', '区两会闭幕\n\n□ 本报评论员\n\n回眸2023年, 成绩显著。\n');
    const output = build([GOOD, undated]);
    const [error] = errors(output);
    expect(error).toMatchObject({ file: 'seeds/undated.txt', line: 1 });
    expect(error!.message).toMatch(/no publication date.*回眸2023年.*issues\.json/s);
    expect(output.files.has('issues/2024-10-13/001.mdx')).toBe(true);
  });
});

describe('the manifest', () => {
  it('pins the date, page label and page order', () => {
    const second = textSeed('b.txt', '第二版标题\n\n本报讯 (记者 王明) 昨天开会。\n');
    const manifest = JSON.stringify({ pages: { 'b.txt': { date: '2024-10-13', page: 'A2', order: 2 }, 'good.txt': { page: 'A1', order: 1 } } }, null, 2);
    const output = build([second, GOOD], manifest);
    expect(errors(output)).toEqual([]);
    expect(output.files.get('issues/2024-10-13/001.mdx')).toContain('page: "A1"');
    expect(output.files.get('issues/2024-10-13/002.mdx')).toContain('page: "A2"');
    const issue = JSON.parse(output.files.get('issues/2024-10-13/issue.json')!);
    expect(issue.pages.map((p: { label: string; dating: { source: string } }) => [p.label, p.dating.source])).toEqual([['A1', 'inferred'], ['A2', 'manifest']]);
  });

  it('names the line of an entry for a missing file', () => {
    const manifest = '{\n  "pages": {\n    "good.txt": {},\n    "missing.txt": { "date": "2024-01-01" }\n  }\n}\n';
    const output = build([GOOD], manifest);
    expect(errors(output)).toEqual([expect.objectContaining({ file: 'seeds/issues.json', line: 4, message: expect.stringMatching(/missing\.txt/) })]);
    expect(output.files.has('issues/2024-10-13/001.mdx')).toBe(true);
  });

  it('stops only the page whose entry is invalid, naming the line of the entry', () => {
    const second = textSeed('b.txt', '第二版标题\n\n本报讯 (记者 王明) 昨天, 10月12日, 2024年第五个“学习日”, 今年第五个。\n');
    const invalid = build([GOOD, second], '{\n  "pages": {\n    "good.txt": { "date": "13/10/2024" },\n    "b.txt": { "page": "2" }\n  }\n}\n');
    expect(errors(invalid)).toEqual([
      expect.objectContaining({ file: 'seeds/good.txt', message: expect.stringMatching(/its entry in issues\.json \(line 3\) is invalid/) }),
      expect.objectContaining({ file: 'seeds/issues.json', line: 3, message: expect.stringMatching(/pages\.good\.txt\.date/) }),
    ]);
    expect(invalid.files.get('issues/2024-10-13/001.mdx')).toContain('seeds/b.txt');
    expect(invalid.files.get('issues/2024-10-13/001.mdx')).toContain('page: "2"');
  });

  it.each([
    ['a wrong type', '{ "pages": { "good.txt": { "order": "1" } } }', /pages\.good\.txt\.order/],
    ['a day the month does not have', '{ "pages": { "good.txt": { "date": "2024-02-30" } } }', /pages\.good\.txt\.date/],
    ['the year 0', '{ "pages": { "good.txt": { "date": "0000-01-01" } } }', /0000-01-01 is before 1800-01-01/],
    ['a date after today', '{ "pages": { "good.txt": { "date": "9999-12-31" } } }', /9999-12-31 is in the future \(today is 2026-11-27\)/],
  ])('refuses %s in an entry', (_what, manifest, message) => {
    const output = buildArchive({ seeds: [GOOD], manifestText: manifest, chronology, seedsLabel: 'seeds', today: '2026-11-27' });
    expect(errors(output)).toContainEqual(expect.objectContaining({ file: 'seeds/issues.json', message: expect.stringMatching(message) }));
    expect(output.reports[0]!.error).toMatch(/its entry in issues\.json/);
    expect(output.files.size).toBe(0);
  });

  it('places no page at all when the manifest cannot be read, naming the line', () => {
    const broken = build([GOOD], '{\n  "pages": {\n    "good.txt": { "date": }\n  }\n}\n');
    expect(errors(broken)).toEqual([
      expect.objectContaining({ file: 'seeds/issues.json', line: 3, message: expect.stringMatching(/^not valid JSON: [\s\S]*nothing was written or removed$/) }),
    ]);
    expect(broken.complete).toBe(false);
    expect(broken.files.size).toBe(0);
  });

  it('reads a manifest saved with a byte order mark', () => {
    const output = build([GOOD], '\uFEFF{ "pages": { "good.txt": { "page": "A1" } } }');
    expect(errors(output)).toEqual([]);
    expect(output.files.get('issues/2024-10-13/001.mdx')).toContain('page: "A1"');
  });
});

describe('what cannot be published', () => {
  it.each([
    ['a#1.txt', /“#”/],
    ['a?1.txt', /“\?”/],
    ['100%.txt', /“%”/],
    ['line\nbreak.txt', /control character/],
    ['.hidden.txt', /starts with a dot/],
    ['a:b.txt', /Windows/],
    ['trailing .txt', /ends with a space/],
    ['con.txt', /device name/],
  ])('refuses the seed file name %j, saying why', (name, reason) => {
    const output = build([GOOD, textSeed(name, '第二版标题\n\n本报讯 (记者 王明) 昨天, 10月12日, 2024年第五个“学习日”, 今年第五个。\n')]);
    expect(errors(output)).toEqual([expect.objectContaining({ file: `seeds/${name}`, message: expect.stringMatching(reason) })]);
    expect(output.files.has('issues/2024-10-13/001.mdx')).toBe(true);
    expect(output.files.has('issues/2024-10-13/002.mdx')).toBe(false);
  });

  it('accepts Chinese, spaces inside and ordinary punctuation', () => {
    const output = build([textSeed('第1版 (要闻)-甲.txt', GOOD_TEXT)]);
    expect(errors(output)).toEqual([]);
  });

  it('refuses a run without pages', () => {
    const output = build([]);
    expect(output.complete).toBe(false);
    expect(errors(output)).toEqual([expect.objectContaining({ file: 'seeds/', message: expect.stringMatching(/no seed pages/) })]);
  });

  it('publishes the text of a page with no article on its issue page, and says so', () => {
    const output = build([GOOD, pageFixture('headlines-only.txt')], JSON.stringify({ pages: { 'headlines-only.txt': { date: '2024-10-13' } } }));
    const issue = JSON.parse(output.files.get('issues/2024-10-13/issue.json')!);
    expect(issue.pages[1].articles).toEqual([]);
    expect(issue.pages[1].remainders.map((r: { text: string }) => r.text)).toEqual(['区委常委会召开会议', '全区经济运行稳中有进', '重大项目建设提速增效', '我区举办秋季招聘会']);
    expect(output.diagnostics).toContainEqual(expect.objectContaining({ file: 'seeds/headlines-only.txt', severity: 'warning', message: expect.stringMatching(/no article was found on this page/) }));
  });
});

describe('determinism', () => {
  it('gives byte-identical files on every run and in any input order', () => {
    const first = buildSample();
    const second = build([...sampleSeeds()].reverse(), sampleManifest());
    expect([...second.files.entries()]).toEqual([...first.files.entries()]);
  });

  it('changes only the new issue when a page is added', () => {
    const before = buildSample();
    const added = textSeed('005_new.txt', '新的一期标题\n\n本报讯 (记者 朱梦琪) 昨天, 11月2日, 2024年第七个“学习日”, 今年第七个。\n');
    const after = build([...sampleSeeds(), added], sampleManifest());
    const changed = [...after.files.keys()].filter((path) => before.files.get(path) !== after.files.get(path));
    expect(changed).toEqual(['issues/2024-11-03/001.mdx', 'issues/2024-11-03/issue.json']);
    expect([...before.files.keys()].every((path) => after.files.has(path))).toBe(true);
  });
});

describe('the conservation check', () => {
  const seedText = '标题\n\n本报讯 (记者 王明) 正文,结束。\n';
  const output = [['标题', '本报讯（记者 王明）', '正文，结束。']];

  it('passes when every non-space character arrived in order', () => {
    expect(checkConservation({ seedText, markup: [], output })).toEqual({ ok: true });
  });

  it.each([
    ['a dropped character', [['标题', '本报讯（记者 王明）', '正文，结束']]],
    ['an added character', [['标题', '本报讯（记者 王明）', '正文，结束。。']]],
    ['a reordering', [['本报讯（记者 王明）', '标题', '正文，结束。']]],
    ['a changed character', [['标题', '本报讯（记者 王明）', '正文。结束。']]],
  ])('fails on %s and says where', (_, tampered) => {
    const result = checkConservation({ seedText, markup: [], output: tampered });
    expect(result.ok).toBe(false);
    expect(result.difference!.line).toBeGreaterThan(0);
  });

  it('accounts for consumed heading markers only', () => {
    expect(checkConservation({ seedText: '# 标题\n', markup: [{ line: 1, text: '#' }], output: [['标题']] }).ok).toBe(true);
    expect(checkConservation({ seedText: '# 标题\n', markup: [], output: [['标题']] }).ok).toBe(false);
  });
});
