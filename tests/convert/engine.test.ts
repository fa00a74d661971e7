import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import OpenCC from 'opencc-js';
import type { DictGroup } from 'opencc-js';
import { buildConversionTables, convertWithConstraints, type Variant } from '../../src/lib/convert/engine.ts';
import { boundariesOf } from '../../src/lib/convert/word-boundaries.ts';
import { REPOSITORY_ROOT } from './fixture-tsv.ts';

/** OpenCC's preset for a variant: its normalization and its two conversion stages. */
const presetOf = (variant: Variant) => OpenCC.Locale.configs[`s2${variant}`] as unknown as { normalizationChain: DictGroup[]; conversionChain: DictGroup[] };

const seedLines = readdirSync(join(REPOSITORY_ROOT, 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => readFileSync(join(REPOSITORY_ROOT, 'seeds', name), 'utf8').split('\n'));

describe('OpenCC’s passes, run only around where their keys start', () => {
  it.each(['tw', 'hk'] as const)('give OpenCC’s own regional variants (%s), keys at the edges, side by side and in names', (variant) => {
    const tables = buildConversionTables(variant, []);
    const own = OpenCC.ConverterFactory(presetOf(variant).conversionChain[1]!);
    const stage1 = OpenCC.ConverterFactory(presetOf(variant).conversionChain[0]!);
    const texts = [
      '爲', '着爲', '他着急，爲什麼裏面衆人', '張棟樑和林國樑', '喫茶小舖裏', '一幻拉麪', '何芷姍來了', '',
      'no Chinese at all', '𠀀爲𠀀', '⿰氵韋爲裏', '裏⿰氵韋',
      ...seedLines.map((line) => stage1(line)),
    ];
    for (const text of texts) expect(tables.toRegionalVariant(text), text).toBe(own(text));
  });

  it('give OpenCC’s own normalization of compatibility ideographs', () => {
    const tables = buildConversionTables('tw', []);
    const own = OpenCC.ConverterFactory(...presetOf('tw').normalizationChain);
    for (const text of ['豈更車', '武进豈', '没有兼容字', '\u{2F800}丽\u{2F801}', '⿰豈更', ...seedLines]) expect(tables.normalize(text), text).toBe(own(text));
  });
});

describe('the phrase tables', () => {
  it('take a supplementary phrase only where OpenCC has none, and the project’s over both', () => {
    const tables = buildConversionTables('tw', [['抢注', '搶註'], ['冲铆', '沖鉚']], [['抢注', '搶注'], ['罗马历', '羅馬曆'], ['冲压', '衝壓']]);
    expect(tables.phrases.get('罗马历')).toBe('羅馬曆');
    expect(tables.phrases.get('冲压')).toBe('沖壓');
    expect(tables.phrases.get('抢注')).toBe('搶註');
    expect([...tables.supplementedPhrases]).toEqual(['罗马历']);
    expect(tables.phraseSteps.get('罗马')?.extends).toBe(true);
    expect(buildConversionTables('tw', []).supplementedPhrases.size).toBe(0);
  });
});

describe('a word that is no phrase, read inside', () => {
  const tables = buildConversionTables('tw', []);
  /** `text` cut into `words`, converted (stage 1 only, OpenCC's standard form). */
  const read = (...words: string[]) => convertWithConstraints(words.join(''), tables, { words: boundariesOf(words.join(''), words), names: [], surnameForms: new Map() });

  it('knows which characters a phrase decides: 钟 (几分钟 → 幾分鐘, alone 鍾), not 十', () => {
    expect(tables.phraseDependent['钟'.charCodeAt(0)]).toBe(1);
    expect(tables.phraseDependent['十'.charCodeAt(0)]).toBe(0);
  });

  it('leaves outside its phrases the fewest characters whose reading a phrase decides', () => {
    // From the start: 十几分|钟 leaves 钟 to its reading alone (鍾); from the end: 十|几分钟 leaves 十.
    expect(read('十几分钟')).toBe('十幾分鐘');
    // 四千|里 leaves 里 (alone 裏); 四|千里 leaves 四.
    expect(read('四千里')).toBe('四千里');
  });

  it('reads only OpenCC’s phrases and the project’s inside a word; a supplementary phrase (MediaWiki’s) only as a whole word', () => {
    const supplied = buildConversionTables('tw', [], [['包制', '包製']]);
    const readWith = (...words: string[]) => convertWithConstraints(words.join(''), supplied, { words: boundariesOf(words.join(''), words), names: [], surnameForms: new Map() });
    expect(readWith('联产承包制')).toBe('聯產承包制');
    expect(readWith('包制', '食品')).toBe('包製食品');
  });

  it('else the fewest characters outside phrases, and on a tie reads from the start as OpenCC does', () => {
    expect(read('首发式')).toBe('首發式');
    expect(read('开发型')).toBe('開發型');
  });
});
