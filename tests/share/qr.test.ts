import { describe, expect, it } from 'vitest';
import decodeQR from 'qr/decode.js';
import { bitmapBytes, moduleOf, qrBitmap, qrPath, QUIET_ZONE, type QrBitmap } from '../../src/lib/share/qr.ts';

/** The code as a camera would see it: 4 pixels a module, the quiet zone around it, in RGBA. */
function image(bitmap: QrBitmap): { width: number; height: number; data: Uint8Array } {
  const scale = 4;
  const side = (bitmap.size + 2 * QUIET_ZONE) * scale;
  const data = new Uint8Array(side * side * 4).fill(255);
  const bytes = bitmapBytes(bitmap);
  for (let y = 0; y < bitmap.size; y += 1) {
    for (let x = 0; x < bitmap.size; x += 1) {
      if (!moduleOf(bitmap, bytes, x, y)) continue;
      for (let dy = 0; dy < scale; dy += 1) {
        for (let dx = 0; dx < scale; dx += 1) {
          const offset = (((y + QUIET_ZONE) * scale + dy) * side + (x + QUIET_ZONE) * scale + dx) * 4;
          data.fill(0, offset, offset + 3);
        }
      }
    }
  }
  return { width: side, height: side, data };
}

describe('the QR code of an article’s address', () => {
  const urls = ['https://example.github.io/wujin/zh-hans/2024/10/13/3/', 'https://example.github.io/wujin-2024/zh-hant/2024/10/13/12/', 'http://localhost:4321/zh-hans/2023/12/30/1/'];

  it.each(urls)('reads back as the address: %s', (url) => {
    const bitmap = qrBitmap(url);
    expect(decodeQR(image(bitmap))).toBe(url);
  });

  it('reads back for every article of a year, whatever its address (the mask is fixed, not chosen per code)', () => {
    const unread: string[] = [];
    for (let day = 1; day <= 365; day += 1) {
      const date = new Date(Date.UTC(2005, 0, day)).toISOString().slice(0, 10).replaceAll('-', '/');
      for (const [script, order] of [['zh-hans', day % 19 + 1], ['zh-hant', day % 7 + 1]] as const) {
        const url = `https://wujin-archive.github.io/wujin-${date.slice(0, 4)}/${script}/${date}/${order}/`;
        if (decodeQR(image(qrBitmap(url))) !== url) unread.push(url);
      }
    }
    expect(unread).toEqual([]);
  });

  it('is a few hundred characters in the page, where its SVG would be kilobytes', () => {
    const bitmap = qrBitmap(urls[1]!);
    expect(bitmap.size).toBeGreaterThanOrEqual(29);
    expect(bitmap.bits.length).toBeLessThan(300);
    expect(qrPath(bitmap).length).toBeGreaterThan(1_500);
  });

  it('draws each run of dark modules once, inside the code', () => {
    const bitmap = qrBitmap(urls[0]!);
    const runs = [...qrPath(bitmap).matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => m.slice(1).map(Number) as [number, number, number]);
    const bytes = bitmapBytes(bitmap);
    let dark = 0;
    for (let y = 0; y < bitmap.size; y += 1) for (let x = 0; x < bitmap.size; x += 1) if (moduleOf(bitmap, bytes, x, y)) dark += 1;
    expect(runs.reduce((sum, [, , length]) => sum + length, 0)).toBe(dark);
    expect(runs.every(([x, y, length]) => x + length <= bitmap.size && y < bitmap.size)).toBe(true);
  });
});
