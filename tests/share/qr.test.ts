import { describe, expect, it } from 'vitest';
import decodeQR from 'qr/decode.js';
import { qrModules, qrPath, QUIET_ZONE, type QrModules } from '../../src/lib/share/qr.ts';

/** The code as a camera would see it: 4 pixels a module, the quiet zone around it, in RGBA. */
function image(modules: QrModules): { width: number; height: number; data: Uint8Array } {
  const scale = 4;
  const side = (modules.length + 2 * QUIET_ZONE) * scale;
  const data = new Uint8Array(side * side * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy += 1) {
        for (let dx = 0; dx < scale; dx += 1) {
          const offset = (((y + QUIET_ZONE) * scale + dy) * side + (x + QUIET_ZONE) * scale + dx) * 4;
          data.fill(0, offset, offset + 3);
        }
      }
    }),
  );
  return { width: side, height: side, data };
}

/** The modules a path of runs (`M x y h length`) darkens, as a grid of the code's size. */
function modulesOfPath(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, length] of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let i = 0; i < Number(length); i += 1) {
      const row = grid[Number(y)]!;
      expect(row[Number(x) + i], `module ${Number(x) + i},${y} drawn twice`).toBe(false);
      row[Number(x) + i] = true;
    }
  }
  return grid;
}

describe('the QR code of an article’s address', () => {
  const urls = ['https://example.github.io/wujin/zh-hans/2024/10/13/3/', 'https://example.github.io/wujin-2024/zh-hant/2024/10/13/12/', 'http://localhost:4321/zh-hans/2023/12/30/1/'];

  it.each(urls)('reads back as the address: %s', (url) => {
    expect(decodeQR(image(qrModules(url)))).toBe(url);
  });

  it('reads back for every article of a year, whatever its address', () => {
    const unread: string[] = [];
    for (let day = 1; day <= 365; day += 1) {
      const date = new Date(Date.UTC(2005, 0, day)).toISOString().slice(0, 10).replaceAll('-', '/');
      for (const [script, order] of [['zh-hans', (day % 19) + 1], ['zh-hant', (day % 7) + 1]] as const) {
        const url = `https://wujin-archive.github.io/wujin-${date.slice(0, 4)}/${script}/${date}/${order}/`;
        if (decodeQR(image(qrModules(url))) !== url) unread.push(url);
      }
    }
    expect(unread).toEqual([]);
  });

  it('draws every dark module once and no light one, and reads back from what it draws', () => {
    for (const url of urls) {
      const modules = qrModules(url);
      const drawn = modulesOfPath(qrPath(modules), modules.length);
      expect(drawn).toEqual(modules.map((row) => [...row]));
      expect(decodeQR(image(drawn))).toBe(url);
    }
  });
});
