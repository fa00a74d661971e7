import { describe, expect, it } from 'vitest';
import { changeableCharacters, createConverter } from '../../src/lib/convert/index.ts';
import { buildQueryMaps, convertQuery, countQueryPairs, queryMapsFromCounts } from '../../src/lib/search/query-map.ts';
import { printedText } from '../../src/lib/archive/article.ts';
import { sampleArticles } from '../helpers/sample-articles.ts';

const converter = createConverter({ variant: 'tw', personNames: ['于洋'] });
const texts = [
  '集中签约，推动发展，加快干部队伍建设，衣服晒干了。',
  '开启新征程，依法征收税款，资金链断裂。',
  '记者于洋报道，于是会议结束。理发店在发展。',
  '覆盖制氢、储氢、运氢，制度建设，体制改革。',
];
const maps = buildQueryMaps(
  texts.map((t) => [t, converter.toTraditional(t)]),
  [['于洋', converter.toTraditional('于洋', { personNames: ['于洋'] })]],
);

describe('query conversion from the archive vocabulary', () => {
  it.each([
    ['签约', '簽約'],
    ['发展', '發展'],
    ['干部', '幹部'],
    ['晒干', '曬乾'],
    ['新征程', '新征程'],
    ['征收', '徵收'],
    ['资金链', '資金鏈'],
    ['于洋', '于洋'],
    ['理发店', '理髮店'],
    // A pair that is no word of its own converts by its neighbour.
    ['制氢', '製氫'],
    ['制度', '制度'],
  ])('Simplified %s → Traditional %s', (simplified, traditional) => {
    expect(convertQuery(simplified, maps.toTraditional)).toBe(traditional);
  });

  it.each([
    ['簽約', '签约'],
    ['發展', '发展'],
    ['幹部', '干部'],
    ['資金鏈', '资金链'],
  ])('Traditional %s → Simplified %s', (traditional, simplified) => {
    expect(convertQuery(traditional, maps.toSimplified)).toBe(simplified);
  });

  it('leaves a query already in the target script, Latin and numbers alone', () => {
    expect(convertQuery('發展 ETC 113.6', maps.toTraditional)).toBe('發展 ETC 113.6');
    expect(convertQuery('发展 ETC 113.6', maps.toSimplified)).toBe('发展 ETC 113.6');
  });

  it('keeps only what changes among characters, and words only where their characters alone convert them wrongly', () => {
    expect(Object.values(maps.toTraditional.chars).every((v) => v.length === 1)).toBe(true);
    expect(maps.toTraditional.chars['会']).toBe('會');
    expect(maps.toTraditional.chars['推']).toBeUndefined();
    expect(Object.keys(maps.toTraditional.words).every((w) => [...w].some((c) => '干发征于制'.includes(c)))).toBe(true);
    for (const [word, converted] of Object.entries(maps.toTraditional.words)) {
      expect(convertQuery(word, { chars: maps.toTraditional.chars, words: {} }), word).not.toBe(converted);
    }
    expect(maps.toTraditional.words['制度']).toBeUndefined();
    expect(maps.toTraditional.words['制氢']).toBe('製氫');
  });
});

describe('counts of the archive\'s parts (a build by period)', () => {
  it('add up to the maps of the whole archive, for the sample split by issue', () => {
    const articles = sampleArticles();
    const names = [...new Set(articles.flatMap((a) => [...a.authors, ...a.photographers]))];
    const sample = createConverter({ variant: 'tw', personNames: names });
    const toTraditional = (text: string) => sample.toTraditional(text);
    const pairs = (list: typeof articles) => list.flatMap(printedText).map((text): [string, string] => [text, toTraditional(text)]);
    const fixed = names.map((name): [string, string] => [name, toTraditional(name)]);
    const whole = buildQueryMaps(pairs(articles), fixed);
    const dates = [...new Set(articles.map((a) => a.date))];
    expect(dates.length).toBeGreaterThan(2);
    const changeable = changeableCharacters('tw');
    const parts = dates.map((date) => countQueryPairs(pairs(articles.filter((a) => a.date === date)), (char) => changeable.has(char)));
    const merged = queryMapsFromCounts(JSON.parse(JSON.stringify(parts)) as typeof parts, fixed);
    expect(merged.toTraditional).toEqual(whole.toTraditional);
    expect(merged.toSimplified).toEqual(whole.toSimplified);
    expect(Object.keys(whole.toTraditional.words).length).toBeGreaterThan(10);
  });
});
