import { fillTemplate, formatBytes } from '../archive/format.ts';
import { heldLocks, presentCount, readRecord, removeArchive, saveArchive, SiteChangedError } from './save-archive.ts';
import { busyScripts, saveStatus, type OfflineList, type OfflineParts, type SaveStatus } from './save-ledger.ts';
import { formatDate } from '../site/dates.ts';
import { archiveCacheOf, checkForUpdate, controllingBuild, registerArchiveWorker, type WorkerBuild } from './worker-client.ts';

/** What the page tells its script (JSON in the page, strings already in the page's script). */
export interface OfflinePageConfig {
  base: string;
  script: string;
  /** The script's name in its own script (简体, 繁體), for the status line. */
  scriptLabel: string;
  listUrl: string;
  /** The parts the script can be saved by (archive-list.ts, OfflineParts). */
  partsUrl: string;
  strings: Record<
    | 'size' | 'storage' | 'storageUnknown' | 'tooBig' | 'progress' | 'saved' | 'savedNewer' | 'notSaved' | 'removed'
    | 'cancelled' | 'failed' | 'saving' | 'partial' | 'siteChanged' | 'unsupported' | 'waitingWorker' | 'updateFirst'
    | 'partLabel' | 'partSave' | 'partRemove' | 'partSaved' | 'partNotSaved' | 'partPartial' | 'partSaving' | 'partInWhole' | 'partsSaved' | 'partsIntro',
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

  const fetchList = (url: string) => fetchJson<OfflineList>(url);
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
  const targetOf = (worker: WorkerBuild) => archiveCacheOf(worker, config.base);

  /** Reads what the worker in charge has saved (it first carries over anything an update left behind) and says it. */
  const showSaved = async (): Promise<{ worker: WorkerBuild; status: SaveStatus }> => {
    const worker = await controllingBuild();
    const target = targetOf(worker);
    const cache = await caches.open(target.cacheName);
    const marker = target.markers[config.script];
    const record = marker ? await readRecord(cache, marker) : undefined;
    const busy = busyScripts(worker.cache, await heldLocks()).includes(config.script);
    const present = record?.state === 'saving' ? await presentCount(cache, record.entries, target.urlOf) : 0;
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
  /**
   * Saves the lists one after another with the progress bar and the cancel button: what both the
   * whole script's save and a period's (the base first, when it is not saved yet) go through. The
   * caller ends the progress (endProgress) once the status says how the save ended.
   */
  const saveWithProgress = async (lists: ReadonlyArray<{ list: OfflineList; url: string }>) => {
    controller = new AbortController();
    cancelButton.hidden = false;
    bar.hidden = false;
    await navigator.storage?.persist?.().catch(() => false);
    for (const { list: each, url } of lists) {
      bar.max = each.files;
      bar.value = 0;
      await saveArchive(
        each,
        targetOf(worker),
        (progress) => {
          bar.value = progress.done;
          progressText.textContent = fillTemplate(s.progress, { done: progress.done, total: progress.total, bytes: formatBytes(progress.bytes), size: formatBytes(progress.totalBytes) });
        },
        controller.signal,
        { currentListBuild: async () => (await fetchList(url)).build, leaving: () => leaving },
      );
    }
  };
  const endProgress = () => {
    cancelButton.hidden = true;
    bar.hidden = true;
    progressText.textContent = '';
  };
  /** What a save that did not finish says: nothing when the site changed under it (the status line tells). */
  const endedWith = (error: unknown): string | undefined =>
    error instanceof SiteChangedError ? undefined : controller?.signal.aborted ? s.cancelled : fillTemplate(s.failed, { reason: (error as Error).message });

  saveButton.addEventListener('click', async () => {
    saveButton.disabled = true;
    try {
      await saveWithProgress([{ list, url: config.listUrl }]);
      ({ worker } = await showSaved());
    } catch (error) {
      const message = endedWith(error);
      if (message === undefined) ({ worker } = await showSaved());
      else {
        say(controller?.signal.aborted ? 'cancelled' : 'failed', message);
        saveButton.disabled = false;
      }
    } finally {
      endProgress();
    }
  });
  cancelButton.addEventListener('click', () => controller?.abort());
  removeButton.addEventListener('click', async () => {
    await removeArchive(config.script, targetOf(worker));
    ({ worker } = await showSaved());
    say('none', s.removed);
  });

  // Saving by period: the base (what every period needs) comes along with the first period saved
  // and goes with the last one removed.
  const partsRoot = root.querySelector<HTMLElement>('[data-offline-parts]');
  const parts = partsRoot ? await fetchJson<OfflineParts>(config.partsUrl).catch(() => undefined) : undefined;
  if (!partsRoot || !parts || parts.build !== list.build || parts.parts.length < 2) return;
  const [basePart, ...periods] = parts.parts as [OfflineParts['parts'][number], ...OfflineParts['parts']];
  element<HTMLElement>(partsRoot, 'parts-intro').textContent = fillTemplate(s.partsIntro, { size: formatBytes(basePart.bytes) });
  const partsStatus = element<HTMLElement>(partsRoot, 'parts-status');
  const rows = periods.map((part) => {
    const item = document.createElement('li');
    item.dataset.offlinePart = part.id;
    const label = document.createElement('span');
    label.className = 'offline-part-label';
    label.textContent = fillTemplate(s.partLabel, { from: formatDate(part.from ?? ''), to: formatDate(part.to ?? ''), articles: part.articles ?? 0, size: formatBytes(part.bytes) });
    const state = document.createElement('span');
    state.dataset.offlinePartState = '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button-secondary';
    item.append(label, state, button);
    return { part, item, state, button };
  });
  element<HTMLElement>(partsRoot, 'part-list').append(...rows.map((row) => row.item));
  partsRoot.hidden = false;

  type PartState = 'complete' | 'saving' | 'partial' | 'none';
  const stateOf = async (save: string, held: readonly string[]): Promise<PartState> => {
    const target = targetOf(worker);
    const marker = target.markers[save];
    const record = marker ? await readRecord(await caches.open(target.cacheName), marker) : undefined;
    if (!record) return 'none';
    if (record.state === 'complete') return 'complete';
    return busyScripts(worker.cache, held).includes(save) ? 'saving' : 'partial';
  };
  let running = false;
  /** What the last save by period ended with, when it did not finish; else the line says what is saved. */
  let notice = '';
  const refresh = async () => {
    const held = await heldLocks();
    // With the whole script saved, every period is already on the device.
    const whole = (await stateOf(config.script, held)) === 'complete';
    // Every state read first, then the rows and the status line drawn together: never a row saved and the line not yet saying so.
    const states = await Promise.all(rows.map((row) => stateOf(row.part.save, held)));
    let savedCount = 0;
    let savedBytes = 0;
    for (const [i, row] of rows.entries()) {
      const state = states[i]!;
      row.item.dataset.offlinePartState = whole && state !== 'complete' ? 'whole' : state;
      row.state.textContent = whole && state !== 'complete' ? s.partInWhole : { complete: s.partSaved, saving: s.partSaving, partial: s.partPartial, none: s.partNotSaved }[state];
      row.button.hidden = whole && state !== 'complete';
      row.button.textContent = state === 'complete' ? s.partRemove : s.partSave;
      row.button.disabled = running || state === 'saving' || worker.build !== list.build;
      if (state === 'complete') {
        savedCount += 1;
        savedBytes += row.part.bytes;
      }
    }
    partsStatus.textContent = notice || (savedCount === 0 ? '' : fillTemplate(s.partsSaved, { count: savedCount, size: formatBytes(savedBytes + basePart.bytes) }));
  };
  const savePart = async (part: OfflineParts['parts'][number]) => {
    const needed = (await stateOf(basePart.save, await heldLocks())) === 'complete' ? [part] : [basePart, part];
    try {
      const { urlOf } = targetOf(worker);
      await saveWithProgress(await Promise.all(needed.map(async (each) => ({ list: await fetchList(urlOf(each.list)), url: urlOf(each.list) }))));
    } catch (error) {
      const message = endedWith(error);
      if (message === undefined) ({ worker } = await showSaved());
      else notice = message;
    } finally {
      endProgress();
    }
  };
  const removePart = async (part: OfflineParts['parts'][number]) => {
    await removeArchive(part.save, targetOf(worker));
    const held = await heldLocks();
    const others = await Promise.all(rows.filter((row) => row.part !== part).map((row) => stateOf(row.part.save, held)));
    if (others.every((state) => state === 'none')) await removeArchive(basePart.save, targetOf(worker));
  };
  for (const row of rows) {
    row.button.addEventListener('click', async () => {
      running = true;
      await refresh();
      const saved = row.item.dataset.offlinePartState === 'complete';
      try {
        notice = '';
        if (saved) await removePart(row.part);
        else await savePart(row.part);
      } finally {
        running = false;
        await refresh();
        ({ worker } = await showSaved());
      }
    });
  }
  await refresh();
}

/** A JSON file of this build, asked of the server (a list changes with every deploy). */
async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
