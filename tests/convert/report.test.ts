import { describe, expect, it } from 'vitest';
import { bioSentences, corpusOf, differences, groupDifferences, nameRecall, pairedSentences } from '../../src/lib/convert/report.ts';

describe('differences and their groups', () => {
  it('lists each character where two conversions differ, with its context, and groups them by change', () => {
    const found = differences('头发和干部', '頭髮和乾部', '頭髮和幹部', 3, 2);
    expect(found).toEqual([{ line: 3, source: '干', raw: '乾', ours: '幹', context: '发和[干]部' }]);
    const more = [...found, ...differences('干部', '乾部', '幹部', 4), ...differences('发展', '髮展', '發展', 5)];
    expect(groupDifferences(more).map((group) => [group.key, group.count])).toEqual([
      ['干: 乾 → 幹', 2],
      ['发: 髮 → 發', 1],
    ]);
  });

  it('refuses a conversion that changed the text’s length', () => {
    expect(() => differences('头发', '頭', '頭髮', 7)).toThrow(/line 7/);
  });
});

describe('nameRecall', () => {
  it('counts the annotated names whose surname needs its form, and which a conversion writes so', () => {
    const lines = ['记者于洋报道，于洋说', '余华的小说'];
    const converted = ['記者于洋報道，於洋說', '餘華的小說'];
    const names = new Map([[1, ['于洋']], [2, ['余华']]]);
    const surnameOf = (name: string) => ({ 于: { surname: '于', form: '于' }, 余: { surname: '余', form: '余' } })[name[0] as '于' | '余'];
    expect(nameRecall(lines, converted, names, surnameOf)).toEqual({ needingForm: 3, written: 1, missed: ['于洋 (line 1)', '余华 (line 2)'] });
  });
});

describe('annotated corpora', () => {
  it('reads BIO files: a character and its tag a line, sentences apart, person names from B-PER and I-PER', () => {
    const text = '余\tB-PER\n华\tI-PER\n说\tO\n\n江 I-PER\n泽 I-PER\n民 I-PER\n在 O\n北 B-LOC\n京 I-LOC\n';
    expect(bioSentences(text)).toEqual([
      { text: '余华说', names: ['余华'] },
      { text: '江泽民在北京', names: ['江泽民'] },
    ]);
  });

  it('reads a pair of files of space-separated characters and tags', () => {
    expect(pairedSentences('于 洋 说\n好\n', 'B-PER I-PER O\nO\n')).toEqual([
      { text: '于洋说', names: ['于洋'] },
      { text: '好', names: [] },
    ]);
  });

  it('keeps one line per sentence, merging the names of repeats, and drops lines without Han characters', () => {
    const { lines, names } = corpusOf([
      { text: '于洋说', names: ['于洋'] },
      { text: 'abc', names: [] },
      { text: '余华说', names: [] },
      { text: '于洋说', names: ['洋'] },
    ]);
    expect(lines).toEqual(['于洋说', '余华说']);
    expect([...names]).toEqual([[1, ['于洋', '洋']]]);
  });
});
