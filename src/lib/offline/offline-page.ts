import type { OfflineList } from './archive-list.ts';
import { fillTemplate, formatBytes } from '../archive/format.ts';
import { removeArchive, saveArchive, savedArchive, type ArchiveCache, type SavedArchive } from './save-archive.ts';
import { controllingBuild, registerArchiveWorker } from './worker-client.ts';

/** What the page tells its script (JSON in the page, strings already in the page's script). */
export interface OfflinePageConfig {
  base: string;
  script: string;
  otherScript: string;
  listUrl: string;
  otherListUrl: string;
  strings: Record<
    | 'size' | 'storage' | 'storageUnknown' | 'tooBig' | 'progress' | 'saved' | 'notSaved' | 'removed'
    | 'cancelled' | 'failed' | 'unsupported' | 'waitingWorker' | 'updateFirst',
    string
  >;
}

function element<T extends HTMLElement>(root: HTMLElement, name: string): T {
  const found = root.querySelector<T>(`[data-offline-${name}]`);
  if (!found) throw new Error(`offline page: missing [data-offline-${name}]`);
  return found;
}

export async function startOfflinePage(root: HTMLElement): Promise<void> {
  const config = JSON.parse(root.querySelector('script[type="application/json"]')?.textContent ?? '{}') as OfflinePageConfig;
  const s = config.strings;
  const status = element<HTMLElement>(root, 'status');
  const size = element<HTMLElement>(root, 'size');
  const storage = element<HTMLElement>(root, 'storage');
  const saveButton = element<HTMLButtonElement>(root, 'save');
  const cancelButton = element<HTMLButtonElement>(root, 'cancel');
  const removeButton = element<HTMLButtonElement>(root, 'remove');
  const bar = element<HTMLProgressElement>(root, 'bar');
  const progressText = element<HTMLElement>(root, 'progress');
  element<HTMLElement>(root, 'controls').hidden = false;

  const say = (message: string) => {
    status.textContent = message;
  };
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    say(s.unsupported);
    saveButton.disabled = true;
    return;
  }
  saveButton.disabled = true;
  say(s.waitingWorker);

  const fetchList = async (url: string) => {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return (await response.json()) as OfflineList;
  };
  const [list, workbox] = await Promise.all([fetchList(config.listUrl), registerArchiveWorker(config.base)]);
  size.textContent = fillTemplate(s.size, { files: list.files, size: formatBytes(list.bytes) });

  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  const free = estimate?.quota !== undefined && estimate.usage !== undefined ? estimate.quota - estimate.usage : undefined;
  storage.textContent = free === undefined ? s.storageUnknown : fillTemplate(s.storage, { free: formatBytes(free) });
  if (!workbox) {
    say(s.unsupported);
    return;
  }
  const worker = await controllingBuild();
  if (worker.build !== list.build) {
    // This page runs an older build's worker than the server's list: saving now would mix them.
    say(s.updateFirst);
    return;
  }
  const target = (script: string): ArchiveCache => ({
    cacheName: worker.cache,
    markerUrl: new URL(worker.markers[script] ?? '', new URL(config.base, location.href)).href,
    urlOf: (path) => new URL(path, new URL(config.base, location.href)).href,
  });
  const mine = target(config.script);

  const showSaved = (saved: SavedArchive | undefined) => {
    removeButton.hidden = !saved;
    saveButton.hidden = Boolean(saved);
    if (saved) say(fillTemplate(s.saved, { files: saved.files, size: formatBytes(saved.bytes), date: new Date(saved.savedAt).toLocaleString(document.documentElement.lang) }));
    return saved;
  };
  const saved = showSaved(await savedArchive(mine));
  if (!saved) say(s.notSaved);
  const tooBig = free !== undefined && free < list.bytes;
  if (tooBig) say(s.tooBig);
  saveButton.disabled = tooBig;

  let controller: AbortController | undefined;
  saveButton.addEventListener('click', async () => {
    controller = new AbortController();
    saveButton.disabled = true;
    cancelButton.hidden = false;
    bar.hidden = false;
    bar.max = list.files;
    bar.value = 0;
    await navigator.storage?.persist?.().catch(() => false);
    try {
      await saveArchive(
        list,
        mine,
        (progress) => {
          bar.value = progress.done;
          progressText.textContent = fillTemplate(s.progress, {
            done: progress.done,
            total: progress.total,
            bytes: formatBytes(progress.bytes),
            size: formatBytes(progress.totalBytes),
          });
        },
        controller.signal,
      );
      showSaved(await savedArchive(mine));
    } catch (error) {
      say(controller.signal.aborted ? s.cancelled : fillTemplate(s.failed, { reason: (error as Error).message }));
      saveButton.disabled = false;
    } finally {
      cancelButton.hidden = true;
      bar.hidden = true;
      progressText.textContent = '';
    }
  });
  cancelButton.addEventListener('click', () => controller?.abort());
  removeButton.addEventListener('click', async () => {
    const current = await savedArchive(mine);
    if (!current) return;
    const other = await savedArchive(target(config.otherScript));
    await removeArchive(current, mine, other);
    showSaved(undefined);
    saveButton.disabled = false;
    say(s.removed);
  });
}
