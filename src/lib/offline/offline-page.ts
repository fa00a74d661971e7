import { fillTemplate, formatBytes } from '../archive/format.ts';
import { heldLocks, presentCount, readRecord, removeArchive, saveArchive, SiteChangedError, type ArchiveCache } from './save-archive.ts';
import { busyScripts, saveStatus, type OfflineList, type SaveStatus } from './save-ledger.ts';
import { checkForUpdate, controllingBuild, registerArchiveWorker, type WorkerBuild } from './worker-client.ts';

/** What the page tells its script (JSON in the page, strings already in the page's script). */
export interface OfflinePageConfig {
  base: string;
  script: string;
  /** The script's name in its own script (简体, 繁體), for the status line. */
  scriptLabel: string;
  listUrl: string;
  strings: Record<
    | 'size' | 'storage' | 'storageUnknown' | 'tooBig' | 'progress' | 'saved' | 'savedNewer' | 'notSaved' | 'removed'
    | 'cancelled' | 'failed' | 'saving' | 'partial' | 'siteChanged' | 'unsupported' | 'waitingWorker' | 'updateFirst',
    string
  >;
}

/** What `data-offline-state` on the status line says, for styles and tests. */
export type OfflineState = SaveStatus['kind'] | 'changed' | 'cancelled' | 'failed' | 'unsupported' | 'waiting';

function element<T extends HTMLElement>(root: HTMLElement, name: string): T {
  const found = root.querySelector<T>(`[data-offline-${name}]`);
  if (!found) throw new Error(`offline page: missing [data-offline-${name}]`);
  return found;
}

/** The status line for a save, in the page's script: which script, which build, how many files, when. */
export function statusMessage(status: SaveStatus, config: Pick<OfflinePageConfig, 'scriptLabel' | 'strings'>, lang: string): { state: OfflineState; text: string } {
  const s = config.strings;
  const script = config.scriptLabel;
  switch (status.kind) {
    case 'none':
      return { state: 'none', text: s.notSaved };
    case 'complete': {
      const saved = fillTemplate(s.saved, { script, files: status.files, size: formatBytes(status.bytes), build: status.build, date: new Date(status.savedAt).toLocaleString(lang) });
      return { state: 'complete', text: status.newerBuild ? `${saved}${s.savedNewer}` : saved };
    }
    case 'saving':
      return { state: 'saving', text: fillTemplate(s.saving, { script, files: status.files, build: status.build }) };
    case 'partial':
      return status.siteChanged
        ? { state: 'changed', text: fillTemplate(s.siteChanged, { script, done: status.done, files: status.files, build: status.build }) }
        : { state: 'partial', text: fillTemplate(s.partial, { script, done: status.done, files: status.files, build: status.build }) };
  }
}

export async function startOfflinePage(root: HTMLElement): Promise<void> {
  const config = JSON.parse(root.querySelector('script[type="application/json"]')?.textContent ?? '{}') as OfflinePageConfig;
  const s = config.strings;
  const lang = document.documentElement.lang;
  const status = element<HTMLElement>(root, 'status');
  const size = element<HTMLElement>(root, 'size');
  const storage = element<HTMLElement>(root, 'storage');
  const saveButton = element<HTMLButtonElement>(root, 'save');
  const cancelButton = element<HTMLButtonElement>(root, 'cancel');
  const removeButton = element<HTMLButtonElement>(root, 'remove');
  const bar = element<HTMLProgressElement>(root, 'bar');
  const progressText = element<HTMLElement>(root, 'progress');
  element<HTMLElement>(root, 'controls').hidden = false;

  const say = (state: OfflineState, message: string) => {
    status.dataset.offlineState = state;
    status.textContent = message;
  };
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    say('unsupported', s.unsupported);
    saveButton.disabled = true;
    return;
  }
  saveButton.disabled = true;
  say('waiting', s.waitingWorker);

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
    say('unsupported', s.unsupported);
    return;
  }
  const tooBig = free !== undefined && free < list.bytes;
  const baseUrl = new URL(config.base, location.href);
  const urlOf = (path: string) => new URL(path, baseUrl).href;
  const targetOf = (worker: WorkerBuild): ArchiveCache => ({
    cacheName: worker.cache,
    markers: Object.fromEntries(Object.entries(worker.markers).map(([script, path]) => [script, urlOf(path)])),
    urlOf,
  });

  /** Reads what the worker in charge has saved (it first carries over anything an update left behind) and says it. */
  const showSaved = async (): Promise<{ worker: WorkerBuild; status: SaveStatus }> => {
    const worker = await controllingBuild();
    const target = targetOf(worker);
    const cache = await caches.open(target.cacheName);
    const marker = target.markers[config.script];
    const record = marker ? await readRecord(cache, marker) : undefined;
    const busy = busyScripts(worker.cache, await heldLocks()).includes(config.script);
    const present = record?.state === 'saving' ? await presentCount(cache, record.entries, urlOf) : 0;
    const current = saveStatus(record, { busy, present, listBuild: list.build });
    const message = statusMessage(current, config, lang);
    // This page runs an older build's worker than the server's list: saving now would mix builds.
    const updateFirst = worker.build !== list.build;
    say(message.state, updateFirst && current.kind !== 'complete' ? `${message.text}${s.updateFirst}` : message.text);
    if (tooBig && current.kind === 'none') say('none', s.tooBig);
    removeButton.hidden = current.kind !== 'complete' && current.kind !== 'partial';
    saveButton.hidden = current.kind === 'complete' || current.kind === 'saving';
    saveButton.disabled = tooBig || updateFirst;
    if (updateFirst || (current.kind === 'partial' && current.siteChanged)) void checkForUpdate(config.base);
    return { worker, status: current };
  };

  let { worker } = await showSaved();
  let controller: AbortController | undefined;
  // A reload (the update notice's, or the reader's) interrupts a save: it is resumed, not undone.
  let leaving = false;
  window.addEventListener('pagehide', () => {
    leaving = true;
  });
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
        targetOf(worker),
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
        { currentListBuild: async () => (await fetchList(config.listUrl)).build, leaving: () => leaving },
      );
      ({ worker } = await showSaved());
    } catch (error) {
      if (error instanceof SiteChangedError) ({ worker } = await showSaved());
      else {
        say(controller.signal.aborted ? 'cancelled' : 'failed', controller.signal.aborted ? s.cancelled : fillTemplate(s.failed, { reason: (error as Error).message }));
        saveButton.disabled = false;
      }
    } finally {
      cancelButton.hidden = true;
      bar.hidden = true;
      progressText.textContent = '';
    }
  });
  cancelButton.addEventListener('click', () => controller?.abort());
  removeButton.addEventListener('click', async () => {
    await removeArchive(config.script, targetOf(worker));
    ({ worker } = await showSaved());
    say('none', s.removed);
  });
}
