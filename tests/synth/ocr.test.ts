import { describe, expect, it } from 'vitest';
import { renderDatedText } from '../../src/lib/synth/dated-text.ts';
import { cutAtColumnEnds, damage, type PageStyle } from '../../src/lib/synth/ocr.ts';
import { createRandom } from '../../src/lib/synth/random.ts';
import { canonicalize } from '../../src/lib/synth/text.ts';
import { sampleCorpus } from './helpers.ts';

const corpus = sampleCorpus();
const dates = { date: '2024-10-13', year: 2024, month: 10, nextEventOffset: () => 1 };
const paragraphs = [...corpus.newsSentences, ...corpus.commentarySentences].map((t) => renderDatedText(t, dates));

describe('column-end cuts', () => {
  const random = createRandom('cuts');
  const cuts = paragraphs.flatMap((text) => {
    const column = { untilEnd: random.int(1, 40) };
    return [{ text, parts: cutAtColumnEnds(text, column, random, true) }];
  });

  it('cut most paragraphs when the column is short, and lose nothing', () => {
    expect(cuts.filter((c) => c.parts.length > 1).length).toBeGreaterThan(paragraphs.length / 2);
    for (const { text, parts } of cuts) expect(parts.join('')).toBe(text);
  });

  it('never end a part where a sentence ends, nor start one with closing punctuation or a space', () => {
    for (const { parts } of cuts) {
      for (const part of parts.slice(0, -1)) expect(part).not.toMatch(/[。！？…；：—”’）》\s]$/u);
      for (const part of parts.slice(1)) expect(part).not.toMatch(/^[，。、；：？！…—”’）》%\s]/u);
    }
  });

  it('never leave a paragraph opening that could pass for a headline (no comma, no sentence mark)', () => {
    for (const { parts } of cuts) if (parts.length > 1) expect(parts[0]).toMatch(/[，。！？；]/u);
  });
});

describe('punctuation and spacing noise', () => {
  const style = (punctuation: PageStyle['punctuation']): PageStyle => ({
    punctuation, dateline: 'spaced', digitSpace: 0.5, indent: false, articleGap: 1, leadingBlankLines: 0, finalNewline: true,
  });

  it('only ever changes what canonical form takes back', () => {
    const random = createRandom('noise');
    for (const punctuation of ['ascii', 'spaced', 'fullwidth', 'mixed'] as const) {
      for (const text of paragraphs.slice(0, 100)) expect(canonicalize(damage(text, style(punctuation), random))).toBe(text);
    }
  });
});
