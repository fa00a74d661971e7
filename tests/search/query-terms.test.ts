import { describe, expect, it } from 'vitest';
import { pagefindTerms } from '../../src/lib/search/pagefind-terms.ts';
import { searchTerms } from '../../src/lib/search/query-terms.ts';

describe('the terms each period is searched for', () => {
  it('are the overlapping pairs of a run of Han characters, whatever the word segmenter makes of it', () => {
    expect(searchTerms('太湖美术馆', 'zh-hans')).toEqual(['太湖', '湖美', '美术', '术馆']);
    // 报讯 is one ICU word typed in Simplified, 報訊 two in Traditional: the pair is the same term either way.
    expect(pagefindTerms('報訊', 'zh-hant')).toEqual(['報', '訊']);
    expect(searchTerms('報訊', 'zh-hant')).toEqual(['報訊']);
  });

  it('keep a lone Han character as one term', () => {
    expect(searchTerms('发', 'zh-hans')).toEqual(['发']);
    expect(searchTerms('U谷', 'zh-hans')).toEqual(['u', '谷']);
  });

  it('split everything else as Pagefind does: numbers, Latin words, punctuation dropped, lower case, diacritics removed', () => {
    expect(searchTerms('2006年', 'zh-hans')).toEqual(['2006', '年']);
    expect(searchTerms('8.8万元', 'zh-hans')).toEqual(['88', '万元']);
    expect(searchTerms('COVID-19疫情', 'zh-hans')).toEqual(['covid', '19', '疫情']);
    expect(searchTerms('Café 开业', 'zh-hans')).toEqual(['cafe', '开业']);
  });

  it('split runs at punctuation and spaces, each term once', () => {
    expect(searchTerms('“民生实事”，西太湖  医院', 'zh-hans')).toEqual(['民生', '生实', '实事', '西太', '太湖', '医院']);
    expect(searchTerms('哈哈哈', 'zh-hans')).toEqual(['哈哈']);
    expect(searchTerms('  ，。 ', 'zh-hans')).toEqual([]);
  });
});
