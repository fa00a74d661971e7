import { describe, expect, it } from 'vitest';
import { classifierReadings, type ClassifierWord } from '../../src/lib/convert/classifiers.ts';
import { boundariesOf } from '../../src/lib/convert/word-boundaries.ts';
import { toTraditional } from '../../src/lib/convert/index.ts';

const table: ClassifierWord[] = [{ word: '这只', asClassifier: '這隻', otherwise: '這只' }];
/** A dictionary of a few words and their tags. */
const lexicon = { tagOf: (word: string) => ({ 猎犬: 'n', 大: 'a', 盯住: 'v', 说明: 'v', 是: 'v', 雁头: 'n', 刹那: 'n', 穿: 'v', 只是: 'c', 只有: 'c' })[word] };
const readings = (words: string[]) => classifierReadings(words.join(''), boundariesOf(words.join(''), words), table, lexicon);

describe('a demonstrative and a classifier that is also an adverb', () => {
  it('is the classifier before a noun or an adjective, opening quotes skipped', () => {
    expect(readings(['这', '只', '猎犬'])).toEqual([{ start: 0, end: 2, output: '這隻' }]);
    expect(readings(['这只', '大', '狗'])).toEqual([{ start: 0, end: 2, output: '這隻' }]);
    expect(readings(['这', '只', '“', '雁头', '”'])).toEqual([{ start: 0, end: 2, output: '這隻' }]);
  });

  it('is the classifier before a verb phrase that ends in 的 before a noun within the clause (a relative clause)', () => {
    expect(readings(['泰国', '这只', '盯住', '美元', '的', '“', '雁尾', '”'])).toEqual([{ start: 2, end: 4, output: '這隻' }]);
    expect(readings(['这只', '穿', '兜肚', '、', '哼', '小曲', '的', '鸭子'])).toEqual([{ start: 0, end: 2, output: '這隻' }]);
  });

  it('is the adverb before anything else: no 的 in the clause, or only past its end, or nothing after it', () => {
    expect(readings(['这只', '说明', '问题'])).toEqual([{ start: 0, end: 2, output: '這只' }]);
    expect(readings(['这只', '说明', '问题', '，', '他', '的', '话'])).toEqual([{ start: 0, end: 2, output: '這只' }]);
    expect(readings(['这只', '说明', '是', '他', '的'])).toEqual([{ start: 0, end: 2, output: '這只' }]);
  });

  it('is left to the words where the classifier character is part of a longer word, or the demonstrative is', () => {
    expect(readings(['这', '只是', '公布'])).toEqual([]);
    expect(readings(['刹那', '只有'])).toEqual([]);
  });

  it('is decided where 只 begins a phrase only the conversion’s tables know (OpenCC’s guard 只穿), not a word of the dictionary', () => {
    expect(readings(['这', '只穿', '兜肚', '的', '鸭子'])).toEqual([{ start: 0, end: 2, output: '這隻' }]);
    expect(readings(['这只是', '公布'])).toEqual([]);
  });

  it('is left to the words at the end of a clause, where nothing follows to decide by', () => {
    expect(readings(['我要', '这只', '。'])).toEqual([]);
  });
});

describe('the converter reads 这只 / 那只 by what follows', () => {
  it.each([
    ['是通过这只望远镜观察到', '是通過這隻望遠鏡觀察到'],
    ['随主而来的那只猎犬，十分恶狠', '隨主而來的那隻獵犬，十分惡狠'],
    ['日本这只“雁头”受到殃及', '日本這隻“雁頭”受到殃及'],
    ['泰国这只盯住美元而又特别仰仗日元的“雁尾”难免', '泰國這隻盯住美元而又特別仰仗日元的“雁尾”難免'],
    ['这只穿兜肚、哼小曲、舞龙头的鸭子淘气又可爱', '這隻穿兜肚、哼小曲、舞龍頭的鴨子淘氣又可愛'],
    ['这只说明问题还没有解决', '這只說明問題還沒有解決'],
    ['但这只是公布给自己', '但這只是公佈給自己'],
    ['这只能进一步加剧', '這只能進一步加劇'],
  ])('%s → %s', (simplified, expected) => {
    expect(toTraditional(simplified)).toBe(expected);
  });
});
