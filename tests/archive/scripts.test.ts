import { describe, expect, it } from 'vitest';
import {
  bothScripts,
  browserLanguageChoices,
  inScript,
  otherScript,
  SCRIPT_SEGMENTS,
  SCRIPT_TABLE,
  scriptOfEmbedParameter,
  scriptOfLang,
  SCRIPTS,
  SOURCE_SCRIPT,
} from '../../src/lib/archive/scripts.ts';

describe('the script table', () => {
  it('has two trees with distinct segments, tags, labels, locales and embed parameters, and one source', () => {
    expect(SCRIPT_SEGMENTS).toEqual(['zh-hans', 'zh-hant']);
    for (const field of ['segment', 'lang', 'label', 'ogLocale', 'embedParameter'] as const) {
      expect(new Set(SCRIPT_SEGMENTS.map((script) => SCRIPT_TABLE[script][field])).size, field).toBe(2);
    }
    expect(SCRIPT_SEGMENTS.filter((script) => SCRIPT_TABLE[script].isSource)).toEqual(['zh-hans']);
    expect(SOURCE_SCRIPT).toBe('zh-hans');
    expect(SCRIPTS).toEqual({ 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' });
  });

  it('names each script in its own characters', () => {
    expect(SCRIPT_TABLE['zh-hans'].label).toBe('简体');
    expect(SCRIPT_TABLE['zh-hant'].label).toBe('繁體');
  });

  it('switches to the other tree', () => {
    expect(otherScript('zh-hans')).toBe('zh-hant');
    expect(otherScript('zh-hant')).toBe('zh-hans');
  });

  it('reads a tree from a language tag, the source tree for anything else', () => {
    expect(scriptOfLang('zh-Hant')).toBe('zh-hant');
    expect(scriptOfLang('zh-Hans')).toBe('zh-hans');
    expect(scriptOfLang('en')).toBe('zh-hans');
    expect(scriptOfLang(null)).toBe('zh-hans');
  });

  it('reads the embeds\' ?script= values, the full names of earlier links too', () => {
    expect(scriptOfEmbedParameter('hant')).toBe('zh-hant');
    expect(scriptOfEmbedParameter('zh-hant')).toBe('zh-hant');
    expect(scriptOfEmbedParameter('hans')).toBe('zh-hans');
    expect(scriptOfEmbedParameter('HANT')).toBe('zh-hans');
    expect(scriptOfEmbedParameter(undefined)).toBe('zh-hans');
  });

  it('keys pairs by language tag in table order', () => {
    expect(JSON.stringify(bothScripts((script) => SCRIPT_TABLE[script].embedParameter))).toBe('{"zh-Hans":"hans","zh-Hant":"hant"}');
  });

  it('converts only for derived trees', () => {
    const shout = (text: string) => text.toUpperCase();
    expect(inScript('zh-hans', shout)('abc')).toBe('abc');
    expect(inScript('zh-hant', shout)('abc')).toBe('ABC');
  });

  it.each([
    ['zh-tw', 'zh-hant'],
    ['zh-hk', 'zh-hant'],
    ['zh-mo', 'zh-hant'],
    ['zh-hant-sg', 'zh-hant'],
    ['zh-cn', 'zh-hans'],
    ['zh', 'zh-hans'],
    ['zh-sg', 'zh-hans'],
    ['en-us', undefined],
  ])('browser language %s picks %s on the root page', (tag, expected) => {
    expect(browserLanguageChoices().find((choice) => new RegExp(choice.pattern).test(tag))?.script).toBe(expected);
  });
});
