import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeGb18030, encodePage, generateArchive } from '../../src/lib/synth/index.ts';
import { options, ROOT, sampleCorpus } from './helpers.ts';

describe('GB18030 pages', () => {
  it('can hold every character of the sample seeds, and decode back to them', () => {
    const text = readdirSync(join(ROOT, 'seeds')).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(ROOT, 'seeds', n), 'utf8')).join('\n');
    const bytes = encodeGb18030(text);
    expect(bytes).toBeDefined();
    expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes)).toBe(text);
  });

  it('fall back to UTF-8 when a character is outside GBK', () => {
    expect(encodeGb18030('区委\u{20000}')).toBeUndefined();
    expect(encodePage('区委\u{20000}\n', 'gb18030', 'crlf')).toEqual({ bytes: new TextEncoder().encode('区委\u{20000}\r\n'), encoding: 'utf-8' });
  });

  it('in a generated archive decode as GB18030 to the page text, and are not valid UTF-8', () => {
    const pages = [...generateArchive(options({ seed: 'gb', articles: 300, shares: { crlf: 0.5, bom: 0, gb18030: 0.5 } }), sampleCorpus())];
    const gb = pages.filter((page) => page.encoding === 'gb18030');
    expect(gb.length).toBeGreaterThan(3);
    for (const page of gb) {
      const text = new TextDecoder('gb18030', { fatal: true }).decode(page.bytes);
      expect(text).toBe(page.lineEnding === 'crlf' ? page.rendered.text.replace(/\n/g, '\r\n') : page.rendered.text);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(page.bytes)).toThrow();
    }
  });
});
