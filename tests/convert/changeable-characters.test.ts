import { describe, expect, it } from 'vitest';
import { changeableCharacters, createConverter } from '../../src/lib/convert/index.ts';

describe('changeableCharacters', () => {
  const changeable = changeableCharacters('tw');

  it('holds characters that convert alone, only in phrases, or only as surnames', () => {
    for (const char of ['发', '于', '干', '周', '台']) expect(changeable.has(char), char).toBe(true);
  });

  it('leaves out characters that are themselves everywhere', () => {
    for (const char of ['的', '人', '大', '中']) expect(changeable.has(char), char).toBe(false);
  });

  it('covers every character the converter changes in the sample texts', () => {
    const converter = createConverter({ variant: 'tw', personNames: ['于洋'] });
    for (const text of ['记者于洋报道，于是会议结束。', '周报周计划，央视周末，一周。', '台湾、台风、讲台、天台山。', '晒干衣服，干部。']) {
      const s = [...text];
      const t = [...converter.toTraditional(text)];
      s.forEach((char, i) => {
        if (t[i] !== char) expect(changeable.has(char), `${char} in ${text}`).toBe(true);
      });
    }
  });
});
