import { messageSW, Workbox } from 'workbox-window';
import type { ArchiveCache } from './save-archive.ts';

/** What a page learns from the worker that controls it. */
export interface WorkerBuild {
  build: string;
  /** The runtime cache the worker of this build reads. */
  cache: string;
  /** Where each script's save record is, relative to the base. */
  markers: Record<string, string>;
}

let registration: Promise<Workbox | undefined> | undefined;

/**
 * Registers the archive's worker once per page and shows the update notice when a new build's
 * worker has installed (and carried over any saved archive): the reader chooses when to switch,
 * so a page never mixes files of two builds.
 */
export function registerArchiveWorker(base: string): Promise<Workbox | undefined> {
  registration ??= (async () => {
    if (!('serviceWorker' in navigator)) return undefined;
    const workbox = new Workbox(`${base}sw.js`, { scope: base });
    const notice = document.querySelector<HTMLElement>('[data-update-notice]');
    workbox.addEventListener('waiting', () => {
      if (!notice) return;
      notice.hidden = false;
      notice.querySelector('button')?.addEventListener('click', () => {
        workbox.addEventListener('controlling', () => window.location.reload());
        workbox.messageSkipWaiting();
      }, { once: true });
    });
    try {
      await workbox.register();
    } catch {
      // No worker (file://, private mode, blocked): the site still works online.
      return undefined;
    }
    // A save that finished or stopped while a new build took over is carried over now, by the worker in charge.
    navigator.serviceWorker.controller?.postMessage({ type: 'RECONCILE' });
    // Readers keep tabs open for days: look for a new deploy when they come back to one.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void workbox.update().catch(() => undefined);
    });
    return workbox;
  })();
  return registration;
}

/** Looks for a new deploy now (its worker installs, carries over the saves and shows the update notice). */
export async function checkForUpdate(base: string): Promise<void> {
  const workbox = await registerArchiveWorker(base);
  await workbox?.update().catch(() => undefined);
}

/**
 * The build of the worker that controls this page (not a newer one still waiting), once there
 * is one, after it has carried over any save an update left behind.
 */
export async function controllingBuild(): Promise<WorkerBuild> {
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    // The first visit: the worker claims open pages when it activates.
    await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
  }
  return (await messageSW(navigator.serviceWorker.controller!, { type: 'GET_ARCHIVE_BUILD' })) as WorkerBuild;
}

/** Where that worker keeps the saves, as absolute URLs under the archive's base. */
export function archiveCacheOf(worker: WorkerBuild, base: string): ArchiveCache {
  const baseUrl = new URL(base, location.href);
  const urlOf = (path: string) => new URL(path, baseUrl).href;
  return { cacheName: worker.cache, markers: Object.fromEntries(Object.entries(worker.markers).map(([save, path]) => [save, urlOf(path)])), urlOf };
}
