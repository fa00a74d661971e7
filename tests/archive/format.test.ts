import { describe, expect, it } from 'vitest';
import { fillTemplate, formatBytes } from '../../src/lib/archive/format.ts';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KB'],
    [512_781, '501 KB'],
    [5 * 1024 * 1024 + 1, '5.0 MB'],
    [3.2 * 1024 ** 3, '3.2 GB'],
    [-1, '?'],
    [Number.NaN, '?'],
  ])('%d bytes → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('fillTemplate', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('已下载 {done}/{total} 个文件，{bytes}', { done: 3, total: 92 })).toBe('已下载 3/92 个文件，{bytes}');
  });
});
