/** `node scripts/offline.ts [DIR]`: the service worker and offline lists for a built, indexed site (default dist/). */
import { resolve } from 'node:path';
import { buildOffline } from '../src/lib/offline/build.ts';

const siteDir = resolve(process.argv[2] ?? 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
try {
  const report = await buildOffline(siteDir);
  for (const warning of report.warnings) console.warn(`offline: ${warning}`);
  const lists = report.lists.map((list) => `${list.script} ${list.files} files, ${kb(list.bytes)}`).join('; ');
  console.log(`offline: build ${report.build}, precache ${report.precache.files} files (${kb(report.precache.bytes)}); save for offline: ${lists}; ${report.seconds.toFixed(1)} s`);
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exitCode = 1;
}
