/**
 * `npm run screenshots`: photographs an issue page and an article page in both scripts at
 * phone (390 px) and desktop (1280 px) widths into docs/screenshots/. Run `npm run build` first.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../src/lib/dev/chromium.ts';
import { serveStatic } from '../src/lib/dev/static-server.ts';

const dist = resolve('dist');
const out = resolve('docs', 'screenshots');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('error: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const shots = [
  { name: 'issue', path: '2024/10/13/' },
  { name: 'article', path: '2024/10/13/3/' },
];
const widths = [390, 1280];

const site = await serveStatic(dist, '/');
const browser = await launchChromium();
try {
  for (const script of ['zh-hans', 'zh-hant']) {
    for (const { name, path } of shots) {
      for (const width of widths) {
        const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, deviceScaleFactor: 1 });
        await page.goto(`${site.url}${script}/${path}`);
        const file = join(out, `${name}-${script}-${width}.png`);
        await page.screenshot({ path: file, fullPage: false });
        console.log(`wrote docs/screenshots/${name}-${script}-${width}.png`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
