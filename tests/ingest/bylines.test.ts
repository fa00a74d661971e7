import { describe, expect, it } from 'vitest';
import { collectKnownNames, parseCreditTokens, resolveNames } from '../../src/lib/ingest/bylines.ts';

describe('parseCreditTokens', () => {
  it.each([
    ['记者 朱梦琪', ['朱梦琪'], false],
    ['汤乃颖 记者 何晓丹', ['汤乃颖', '何晓丹'], false],
    ['记者 李燕 谢丽娟 张敏 秦金宁', ['李燕', '谢丽娟', '张敏', '秦金宁'], false],
    ['记者朱梦琪 通讯员王明', ['朱梦琪', '王明'], false],
    ['本报评论员', [], true],
    ['陆新 徐芊卉 ', ['陆新', '徐芊卉'], false],
  ])('%s', (text, names, commentary) => {
    expect(parseCreditTokens(text)).toMatchObject({ names, commentary, unrecognized: [] });
  });

  it('reports what is not a name', () => {
    expect(parseCreditTokens('记者 John').unrecognized).toEqual(['John']);
  });
});

describe('resolveNames', () => {
  const known = collectKnownNames([['蒋雯'], ['朱梦琪', '吴梦婷']]);

  it('splits names that ran together using names known from other bylines', () => {
    expect(resolveNames(['蒋雯黄鑫'], known)).toEqual({ names: ['蒋雯', '黄鑫'], splits: ['蒋雯黄鑫 → 蒋雯, 黄鑫'], doubtful: [] });
    expect(resolveNames(['黄鑫朱梦琪'], known).names).toEqual(['黄鑫', '朱梦琪']);
  });

  it('leaves a four-character name alone when no known name explains it', () => {
    expect(resolveNames(['欧阳明日'], known)).toEqual({ names: ['欧阳明日'], splits: [], doubtful: [] });
  });

  it('flags a long run that nothing splits', () => {
    expect(resolveNames(['张三李四王五'], known).doubtful).toEqual(['张三李四王五']);
  });

  it('keeps each person once', () => {
    expect(resolveNames(['朱梦琪', '朱梦琪'], known).names).toEqual(['朱梦琪']);
  });
});
