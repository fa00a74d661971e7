import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/search/excerpt.ts';

describe('excerptParts', () => {
  it('reads the <mark> around matches', () => {
    expect(excerptParts('推动高质量<mark>发展</mark>的“硬支撑”')).toEqual([
      { text: '推动高质量', marked: false },
      { text: '发展', marked: true },
      { text: '的“硬支撑”', marked: false },
    ]);
  });

  it('joins matches Pagefind marked character by character', () => {
    expect(excerptParts('区长<mark>恽</mark><mark>淇</mark><mark>丞</mark>，')).toEqual([
      { text: '区长', marked: false },
      { text: '恽淇丞', marked: true },
      { text: '，', marked: false },
    ]);
  });

  it('turns escaped markup into text, never into elements', () => {
    const parts = excerptParts('写了 &lt;img src=x <mark>onerror</mark>=alert(1)&gt; &amp; &lt;script&gt;');
    expect(parts.map((p) => p.text).join('')).toBe('写了 <img src=x onerror=alert(1)> & <script>');
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['onerror']);
  });

  it('treats any other tag as text', () => {
    expect(excerptParts('<b>粗</b>')).toEqual([{ text: '<b>粗</b>', marked: false }]);
  });
});
