/**
 * What offline search can cover: the periods of a script saved on this device, read from the
 * save records of the worker that controls the page (save-ledger.ts, savedPeriodIds).
 */
import { readRecords } from './save-archive.ts';
import { savedPeriodIds } from './save-ledger.ts';
import { archiveCacheOf, controllingBuild } from './worker-client.ts';

/** `undefined` when no worker controls the page (nothing can have been saved through it). */
export async function savedPeriods(script: string, base: string): Promise<'all' | string[] | undefined> {
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller || !('caches' in window)) return undefined;
  const target = archiveCacheOf(await controllingBuild(), base);
  return savedPeriodIds(await readRecords(await caches.open(target.cacheName), target.markers), script);
}
