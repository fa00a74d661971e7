/**
 * The conversion module beyond the gold set: corrections found by reading the sample pages,
 * person names, text that is not Chinese, the Hong Kong variant, the API, and the data files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import OpenCC from 'opencc-js';
import {
  conversionTables,
  createConverter,
  toTraditional,
  toTraditionalWithRawOpencc,
} from '../../src/lib/convert/index.ts';
import { findDataDirectory, readTsvFile } from '../../src/lib/convert/data-files.ts';
import { readConversionCases, REPOSITORY_ROOT } from './fixture-tsv.ts';

const SEEDS_DIRECTORY = join(REPOSITORY_ROOT, 'seeds');
const seedPages = readdirSync(SEEDS_DIRECTORY)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(SEEDS_DIRECTORY, name), 'utf8') }));
const HAN = /\p{Script=Han}/u;

describe('corrections found by reading the sample pages (fixtures/seed-readings.tsv)', () => {
  for (const { simplified, expected, checks } of readConversionCases('seed-readings.tsv')) {
    it(`${simplified} → ${expected} (${checks})`, () => {
      expect(toTraditional(simplified)).toBe(expected);
    });

    const fromSeed = /^seed (\d{3}):/.exec(checks);
    if (fromSeed) {
      it(`…and the same inside the whole converted page ${fromSeed[1]}`, () => {
        const page = seedPages.find((seed) => seed.name.startsWith(fromSeed[1]!));
        expect(page, `seed ${fromSeed[1]}`).toBeDefined();
        const at = page!.text.indexOf(simplified);
        expect(at, `"${simplified}" occurs in ${page!.name}`).toBeGreaterThanOrEqual(0);
        const converted = toTraditional(page!.text);
        expect(converted.slice(at, at + expected.length)).toBe(expected);
      });
    }
  }
});

describe('person names keep their surnames (fixtures/person-names.tsv)', () => {
  for (const { simplified, expected, checks } of readConversionCases('person-names.tsv')) {
    it(`${simplified} → ${expected} (${checks})`, () => {
      expect(toTraditional(simplified)).toBe(expected);
    });
  }

  it('uses names passed by the caller where no context shows them', () => {
    const text = '会上，于秀兰介绍了情况。';
    expect(toTraditional(text)).toBe('會上，於秀蘭介紹了情況。');
    expect(toTraditional(text, { personNames: ['于秀兰'] })).toBe('會上，于秀蘭介紹了情況。');
    expect(createConverter({ personNames: ['于秀兰'] }).toTraditional(text)).toBe('會上，于秀蘭介紹了情況。');
    expect(createConverter().toTraditional(text, { personNames: ['于秀兰'] })).toBe('會上，于秀蘭介紹了情況。');
  });

  it('writes the names MediaWiki’s table holds without being told (于洋), but not across a word (位于洋口港)', () => {
    expect(toTraditional('会上，于洋介绍了情况。')).toBe('會上，于洋介紹了情況。');
    expect(toTraditional('项目位于洋口港，对于洋葱的价格')).toBe('項目位於洋口港，對於洋蔥的價格');
  });

  it('does not apply a known name inside another word (位于洋口港)', () => {
    expect(toTraditional('项目位于洋口港。于洋说', { personNames: ['于洋'] })).toBe('項目位於洋口港。于洋說');
  });

  it('a name passed for one call does not stick to later calls', () => {
    const converter = createConverter();
    converter.toTraditional('余立新', { personNames: ['余立新'] });
    expect(converter.toTraditional('会上，余立新发言')).toBe('會上，餘立新發言');
  });
});

describe('text that is not Chinese is untouched', () => {
  const mixed =
    '详见 https://www.wujin.gov.cn/news/2024/content_113.html?id=9&lang=zh-CN 。' +
    '全区完成一般公共预算收入113.6亿元，同比增长8.9%、9.8%；配备了西门子双源CT、3.0T核磁共振，' +
    '引进MSH国际商业保险，位于湖塘科技产业园E区（1—7月）。Email: news@wjrb.cn; code: `const x = a[1] ?? 0;`';

  it('keeps every character that is not a Han character, in place', () => {
    const converted = toTraditional(mixed);
    expect(converted.length).toBe(mixed.length);
    for (let i = 0; i < mixed.length; i += 1) {
      if (!HAN.test(mixed[i]!)) expect(converted[i], `position ${i} (${mixed[i]})`).toBe(mixed[i]);
    }
  });

  it('converts only the Chinese', () => {
    const converted = toTraditional(mixed);
    for (const kept of ['https://www.wujin.gov.cn/news/2024/content_113.html?id=9&lang=zh-CN', '113.6億元', '3.0T核磁共振', 'MSH國際', 'E區', '8.9%、9.8%', '`const x = a[1] ?? 0;`']) {
      expect(converted).toContain(kept);
    }
  });

  it('returns text without Han characters unchanged', () => {
    for (const text of ['', 'MSH 3.0T E-1', 'https://example.com/a?b=c', '１２３，。！“”']) {
      expect(toTraditional(text)).toBe(text);
    }
  });
});

describe('variants', () => {
  it('writes the Taiwan standard by default, without vocabulary changes (项目 stays 項目)', () => {
    expect(toTraditional('在这里说明平台项目的软件')).toBe('在這裡說明平臺項目的軟件');
  });

  it('writes the Hong Kong standard on request', () => {
    expect(toTraditional('在这里说明平台项目的软件', { variant: 'hk' })).toBe('在這裏説明平台項目的軟件');
    expect(createConverter({ variant: 'hk' }).toTraditional('本报讯（记者 于洋）加快干部队伍建设')).toBe(
      '本報訊（記者 于洋）加快幹部隊伍建設',
    );
  });

  it('rejects an unknown variant', () => {
    expect(() => createConverter({ variant: 'twp' as 'tw' })).toThrow(/unknown variant/);
  });

  it('keeps the raw opencc-js baseline available for comparison', () => {
    expect(toTraditionalWithRawOpencc('加快干部队伍建设')).toBe('加快乾部隊伍建設');
    expect(toTraditionalWithRawOpencc('平台', 'hk')).toBe('平台');
  });
});

describe('the sample pages', () => {
  for (const { name, text } of seedPages) {
    it(`${name}: converts every Han character and nothing else, keeping the length`, () => {
      const converted = toTraditional(text);
      expect(converted.length).toBe(text.length);
      for (let i = 0; i < text.length; i += 1) {
        if (!HAN.test(text[i]!)) expect(converted[i], `${name} position ${i}`).toBe(text[i]);
      }
    });
  }

  it('differ from raw opencc-js only where the project converter is right (all such places are in the fixtures)', () => {
    // Every place where the project converter and raw OpenCC disagree on a sample page must be
    // covered by a seed-readings row, so that each correction is reviewed and tested.
    const covered = readConversionCases('seed-readings.tsv');
    const uncovered: string[] = [];
    for (const { name, text } of seedPages) {
      const ours = toTraditional(text);
      const raw = toTraditionalWithRawOpencc(text);
      for (let i = 0; i < text.length; i += 1) {
        if (ours[i] === raw[i]) continue;
        const inFixture = covered.some(({ simplified }) => {
          for (let at = text.indexOf(simplified); at >= 0; at = text.indexOf(simplified, at + 1)) {
            if (at <= i && i < at + simplified.length) return true;
          }
          return false;
        });
        if (!inFixture) uncovered.push(`${name}@${i}: ${text.slice(i - 4, i + 4)} raw ${raw[i]} ours ${ours[i]}`);
      }
    }
    expect(uncovered).toEqual([]);
  });
});

describe('MediaWiki’s phrases (data/convert/mediawiki-zh2hant.tsv)', () => {
  it('supply the vocabulary OpenCC lacks', () => {
    expect(toTraditional('域名被抢注，罗马历，养了3只羊')).toBe('域名被搶註，羅馬曆，養了3隻羊');
    expect(toTraditionalWithRawOpencc('域名被抢注，罗马历，养了3只羊')).toBe('域名被搶注，羅馬歷，養了3只羊');
  });

  it('are written in each variant’s own forms (MediaWiki writes 笑裡藏刀)', () => {
    expect(toTraditional('笑里藏刀')).toBe('笑裡藏刀');
    expect(toTraditional('笑里藏刀', { variant: 'hk' })).toBe('笑裏藏刀');
  });

  it('guard only where no common word competes: 拉面无 alone, but 拉面|无比 and 卷发|现在', () => {
    expect(toTraditional('全区各部门围绕拉面无开展专项工作。')).toBe('全區各部門圍繞拉面無開展專項工作。');
    expect(toTraditional('我吃拉面无比开心。')).toBe('我吃拉麵無比開心。');
    expect(toTraditional('他卷发现在很长。')).toBe('他捲髮現在很長。');
  });

  it('never override OpenCC’s own phrases (冲压 stays 沖壓, where MediaWiki writes 衝壓)', () => {
    const rows = readTsvFile(findDataDirectory(), 'mediawiki-zh2hant.tsv');
    expect(rows.find(([simplified]) => simplified === '冲压')?.[1]).toBe('衝壓');
    expect(toTraditional('冲压')).toBe('沖壓');
  });
});

describe('the data files', () => {
  const directory = findDataDirectory();

  it('phrases.tsv: every entry has a reason and converts as listed when it stands alone', () => {
    const rows = readTsvFile(directory, 'phrases.tsv');
    expect(rows.length).toBeGreaterThan(0);
    for (const [simplified, traditional, reason] of rows) {
      expect(reason, `${simplified}: why`).toBeTruthy();
      expect(traditional!.length, `${simplified}: same length`).toBe(simplified!.length);
      expect(toTraditional(simplified!), simplified).toBe(traditional);
    }
  });

  it('surnames.tsv: one- or two-character surnames; every form that differs from plain conversion says why', () => {
    const rows = readTsvFile(directory, 'surnames.tsv');
    const seen = new Set<string>();
    for (const [surname, traditional, reason] of rows) {
      expect(surname!.length === 1 || surname!.length === 2, surname).toBe(true);
      expect(traditional!.length, surname).toBe(surname!.length);
      expect(seen.has(surname!), `${surname} listed once`).toBe(false);
      seen.add(surname!);
      if (traditional !== toTraditionalWithRawOpencc(surname!)) expect(reason, `${surname}: why`).toBeTruthy();
    }
    for (const surname of ['于', '余', '范', '姜', '游', '沈', '钟', '谷']) expect(seen.has(surname), surname).toBe(true);
  });

  it('mediawiki-zh2hant.tsv: phrases listed once, and those the converter takes from it convert alone as MediaWiki writes them', () => {
    const rows = readTsvFile(directory, 'mediawiki-zh2hant.tsv');
    expect(new Set(rows.map(([simplified]) => simplified)).size).toBe(rows.length);
    const tables = conversionTables('tw');
    expect(tables.supplementedPhrases.size).toBeGreaterThan(1000);
    const toStandard = OpenCC.Converter({ from: 'tw', to: 't' });
    const asWritten = OpenCC.Converter({ from: 't', to: 'tw' });
    const taken = rows.filter(([simplified]) => tables.supplementedPhrases.has(simplified!));
    const differing = taken.filter(([simplified, traditional]) => toTraditional(simplified!) !== asWritten(toStandard(traditional!)));
    // The rest are fragments cut at their edges when alone (0出。, 云：) or guards a common word outvotes (其一只, 多只在).
    expect(differing.length / taken.length).toBeLessThan(0.03);
  });

  it('name-cues.tsv: only known kinds', () => {
    const kinds = new Set(readTsvFile(directory, 'name-cues.tsv').map(([kind]) => kind));
    expect([...kinds].sort()).toEqual(['byline', 'follower', 'list', 'not-given', 'title']);
  });
});
