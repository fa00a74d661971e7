import { describe, expect, it } from 'vitest';
import { relatedArticles, relatedEntries, type RelatedInput } from '../../src/lib/archive/related.ts';

const article = (id: string, terms: string[], people: string[] = []): RelatedInput => ({ id, date: id.slice(0, 10), terms, people });

describe('relatedArticles', () => {
  const filler = Array.from({ length: 30 }, (_, i) => article(`2024-01-${String((i % 28) + 1).padStart(2, '0')}-${String(i).padStart(3, '0')}`, ['发展', `词${i}`, `语${i}`]));
  const archive = [
    ...filler,
    article('2024-03-01-001', ['西太湖', '丝心蛋白', '发展'], ['朱梦琪']),
    article('2024-03-01-002', ['西太湖', '丝心蛋白', '合成生物'], ['朱梦琪']),
    article('2024-04-01-001', ['西太湖', '合成生物', '发展'], ['陆新']),
    article('2024-05-01-001', ['西太湖', '丝心蛋白', '合成生物', '发展'], ['朱梦琪']),
  ];
  const related = relatedArticles(archive);

  it('lists earlier articles of other issues that share the most specific terms, best first', () => {
    // 03-01-002 shares three telling terms and the reporter; 03-01-001 two and the reporter; 04-01-001 two.
    expect(related.get('2024-05-01-001')).toEqual(['2024-03-01-002', '2024-03-01-001', '2024-04-01-001']);
  });

  it('never lists an article of the same issue, nor a later one', () => {
    expect(related.get('2024-03-01-002')).toBeUndefined();
    expect(related.get('2024-04-01-001')).toEqual(['2024-03-01-002']);
  });

  it('asks for two terms in common: a common word and a shared reporter are not enough', () => {
    const lone = relatedArticles([...archive, article('2024-06-01-001', ['发展', '西太湖'], ['朱梦琪']), article('2024-06-02-001', ['发展', '鸣凰'], ['朱梦琪'])]);
    expect(lone.get('2024-06-02-001')).toBeUndefined();
  });

  it('keeps an article’s list when later articles are added', () => {
    const more = relatedArticles([...archive, article('2024-06-01-001', ['西太湖', '丝心蛋白'])]);
    for (const [id, list] of related) expect(more.get(id), id).toEqual(list);
  });

  it('looks at no more than the latest occurrences of a term', () => {
    const many = Array.from({ length: 10 }, (_, i) => article(`2024-02-${String(i + 1).padStart(2, '0')}-001`, ['甲', '乙']));
    const capped = relatedArticles([...filler, ...many, article('2024-03-01-001', ['甲', '乙'])], { limit: 5, postingsPerTerm: 3, minSharedTerms: 2 });
    expect(capped.get('2024-03-01-001')).toEqual(['2024-02-10-001', '2024-02-09-001', '2024-02-08-001']);
  });
});

describe('relatedEntries with lists kept from an earlier build', () => {
  const source = (id: string, terms: string[]) => ({ id, date: id.slice(0, 10), order: Number(id.slice(11)), title: id, terms, people: [] });
  const filler = Array.from({ length: 20 }, (_, i) => source(`2024-01-${String(i + 1).padStart(2, '0')}-001`, [`词${i}`, `语${i}`]));
  const sources = [...filler, source('2024-03-01-001', ['甲', '乙']), source('2024-04-01-001', ['甲', '乙', '丙']), source('2024-05-01-001', ['甲', '乙', '丙'])];

  it('ranks again only the articles after a change, and gives the same lists', () => {
    const memo = new Map<string, readonly string[]>();
    const recording = { get: (key: string) => memo.get(key), set: (key: string, value: readonly string[]) => void memo.set(key, value) };
    const first = relatedEntries(sources, undefined, recording);
    let asked = 0;
    let reused = 0;
    const counting = { get: (key: string) => (asked++, memo.has(key) && reused++, memo.get(key)), set: () => undefined };
    // A new day: every earlier list is kept.
    const withDay = relatedEntries([...sources, source('2024-06-01-001', ['甲', '丙'])], undefined, counting);
    expect(reused).toBe(sources.length);
    expect(asked).toBe(sources.length + 1);
    for (const [id, list] of first) expect(withDay.get(id), id).toEqual(list);
    expect(withDay.get('2024-06-01-001')!.map((e) => e.id)).toEqual(['2024-05-01-001', '2024-04-01-001']);
    // An earlier article changed: it and every later list are ranked again.
    reused = 0;
    relatedEntries(sources.map((s) => (s.id === '2024-04-01-001' ? { ...s, terms: ['甲'] } : s)), undefined, counting);
    expect(reused).toBe(filler.length + 1);
  });
});
