// @ts-check
/// <reference lib="webworker" />
/* The archive's service worker, run as a classic script with Workbox's runtime (workbox-sw).
   build.ts bundles it with the save modules it imports into one script, prepends
   `const ARCHIVE = {…}` (see ArchiveWorkerConfig in worker-config.ts), and Workbox's
   injectManifest puts the precache list in place of its injection point.
   Type-checked on its own with tsconfig.worker.json. */
import { fillArchive, forgetSave, heldLocks, readRecord, readRecords, withSaveLock, writeRecord } from './save-archive.ts';
import { busyScripts, completeRecord, deletableCaches, mergeVisited, parseVisited, reconcilePlan, rememberVisit, SAVE_REQUEST_HEADER, startRecord } from './save-ledger.ts';

/** @type {ServiceWorkerGlobalScope & typeof globalThis} */
// @ts-ignore -- `self` is the worker scope here, not a window
const worker = self;

importScripts(`${ARCHIVE.workboxPath}workbox-sw.js`);
/** @type {import('./workbox-global').WorkboxGlobal} */
// @ts-ignore -- set by workbox-sw.js
const workbox = worker.workbox;
workbox.setConfig({ modulePathPrefix: ARCHIVE.workboxPath, debug: false });

const { precaching, routing, strategies, core } = workbox;
const scope = new URL(worker.registration.scope);
const inBase = (/** @type {string} */ path) => new URL(path, scope).href;
// Two archives can share an origin (two project sites of one GitHub user): names carry the scope.
const runtimeCache = `${ARCHIVE.runtimeCachePrefix}${ARCHIVE.build} ${scope.href}`;
const isStaleRuntimeCache = (/** @type {string} */ name) =>
  name.startsWith(ARCHIVE.runtimeCachePrefix) && name.endsWith(` ${scope.href}`) && name !== runtimeCache;

core.setCacheNameDetails({ prefix: ARCHIVE.precacheCachePrefix });
precaching.precacheAndRoute(ARCHIVE_PRECACHE_MANIFEST, {
  // A static host serves the same file whatever the query (search/?q=…, pagefind-entry.json?ts=…).
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  cleanURLs: false,
});
precaching.cleanupOutdatedCaches();

/**
 * Hashed asset URLs an HTML page uses (under its base, or at the hub's address on a year's site of
 * a split archive): all must be this build's, or the page is not stored.
 */
function assetsOf(/** @type {string} */ html) {
  return [...html.matchAll(/["'(]((?:https?:\/\/[^/"'()\s]+)?\/(?:[^"'()\s]*\/)?_astro\/[^"'()\s]+)["')]/g)].map((match) => match[1] ?? '');
}

/** The response if it may be stored in this build's cache: a page whose assets are all this build's, or any other file. */
async function ofThisBuild(/** @type {Response} */ response) {
  if (!response.ok) return null;
  if (!(response.headers.get('Content-Type') ?? '').includes('text/html')) return response;
  const html = await response.clone().text();
  const foreign = assetsOf(html).filter((path) => !precaching.getCacheKeyForURL(new URL(path, scope).href));
  return foreign.length === 0 ? response : null;
}

/** @type {import('workbox-core/types').WorkboxPlugin} */
const sameBuildOnly = { cacheWillUpdate: ({ response }) => ofThisBuild(response) };

const visitedUrl = inBase(ARCHIVE.visited);
async function readVisited(/** @type {Cache} */ cache) {
  const found = await cache.match(visitedUrl);
  return parseVisited(found ? await found.json().catch(() => undefined) : undefined);
}
/** @type {Promise<unknown>} */
let visiting = Promise.resolve();
/** Changes the visited list of a cache, one change at a time (pages are stored side by side). */
function updateVisited(/** @type {Cache} */ cache, /** @type {(visited: string[]) => string[]} */ change) {
  visiting = visiting
    .then(async () => {
      const visited = change(await readVisited(cache));
      await cache.put(visitedUrl, new Response(JSON.stringify(visited), { headers: { 'Content-Type': 'application/json' } }));
    })
    .catch(() => undefined);
  return visiting;
}

/** Lists each page stored as a reader opens it, so that the next build's worker keeps it (carryVisits). */
/** @type {import('workbox-core/types').WorkboxPlugin} */
const rememberVisits = {
  async cacheDidUpdate({ request }) {
    const url = new URL(request.url);
    if (!url.href.startsWith(scope.href) || !url.pathname.endsWith('/')) return;
    const path = url.href.slice(scope.href.length).replace(/[?#].*$/, '');
    await updateVisited(await caches.open(runtimeCache), (visited) => rememberVisit(visited, path));
  },
};

const pages = new strategies.NetworkFirst({
  cacheName: runtimeCache,
  networkTimeoutSeconds: 6,
  plugins: [sameBuildOnly, rememberVisits],
  // As on the static host, a query string does not change the file.
  matchOptions: { ignoreSearch: true },
});
// Within one build's cache, search files never change. A period's pagefind-entry.json is asked
// for with its cache tag (`?ts=…`) and saved for offline without it: a query does not change the file.
const immutable = new strategies.CacheFirst({ cacheName: runtimeCache, matchOptions: { ignoreSearch: true } });

/** The script tree a URL belongs to, for the right fallback page; outside the trees, the source tree's. */
function scriptOf(/** @type {URL} */ url) {
  const rest = url.pathname.slice(scope.pathname.length);
  return ARCHIVE.scripts.find((script) => rest.startsWith(`${script}/`)) ?? ARCHIVE.sourceScript;
}

routing.registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.href.startsWith(scope.href),
  async (options) => {
    try {
      const response = await pages.handle(options);
      if (response) return response;
    } catch {
      // Offline and not saved: the fallback page below says so.
    }
    const fallback = await precaching.matchPrecache(inBase(ARCHIVE.fallbacks[scriptOf(options.url)]));
    return fallback ?? Response.error();
  },
);
// Pagefind's index, filter and fragment files and Astro's assets are named by their content; the
// periods' entry files, period lists and routing shards belong to this build's cache.
// A page's save downloads go to the network untouched: the page checks them and stores them itself.
const isSaveDownload = (/** @type {Request} */ request) => request.headers.has(SAVE_REQUEST_HEADER);
routing.registerRoute(({ url, request }) => !isSaveDownload(request) && (url.href.startsWith(inBase('pagefind/')) || url.href.startsWith(inBase('_astro/'))), immutable);
routing.registerRoute(({ url, request }) => !isSaveDownload(request) && url.href.startsWith(scope.href) && request.method === 'GET', pages);

const markerUrls = Object.fromEntries(Object.entries(ARCHIVE.markers).map(([script, path]) => [script, inBase(path)]));
/** @returns {import('./save-archive.ts').ArchiveCache} */
const archiveCache = (/** @type {string} */ cacheName) => ({ cacheName, markers: markerUrls, urlOf: inBase });

/**
 * This build's offline list of a script, kept in the runtime cache once read: by the time a save
 * is carried over after an update, the server may already serve a newer build's list.
 * @returns {Promise<import('./save-ledger.ts').OfflineList>}
 */
async function listOf(/** @type {string} */ script) {
  const url = inBase(ARCHIVE.lists[/** @type {keyof typeof ARCHIVE.lists} */ (script)]);
  const cache = await caches.open(runtimeCache);
  const kept = await cache.match(url);
  /** @type {import('./save-ledger.ts').OfflineList | undefined} */
  const keptList = kept ? await kept.json().catch(() => undefined) : undefined;
  if (keptList?.build === ARCHIVE.build) return keptList;
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`offline list ${response.status}`);
  /** @type {import('./save-ledger.ts').OfflineList} */
  const list = await response.clone().json();
  if (list.build !== ARCHIVE.build) throw new Error(`the server's offline list is build ${list.build}, this worker's ${ARCHIVE.build}`);
  await cache.put(url, response);
  return list;
}

/** @returns {Promise<import('./save-ledger.ts').CacheSaves>} */
async function savesIn(/** @type {string} */ cacheName, /** @type {string[]} */ held) {
  return { cache: cacheName, records: await readRecords(await caches.open(cacheName), markerUrls), busy: busyScripts(cacheName, held) };
}

/**
 * Brings one save into this build's cache: every file of this build's list whose bytes match its
 * revision is copied from the save's cache (or kept, when resuming), the rest downloaded and
 * checked. If that cannot finish, the record stays unfinished and the page says how far it got.
 */
async function carryOver(/** @type {import('./save-ledger.ts').CarryOver} */ carry, /** @type {'install' | 'active'} */ phase) {
  // Resuming needs the network; offline, checking every file already saved again on each page load is wasted work.
  if (carry.from === runtimeCache && !navigator.onLine) return;
  await withSaveLock(runtimeCache, carry.script, false, async () => {
    const marker = markerUrls[carry.script];
    if (!marker) return;
    try {
      const list = await listOf(carry.script);
      const current = await caches.open(runtimeCache);
      const fromEarlierBuild = carry.from !== runtimeCache;
      const record = startRecord(list, new Date(), await readRecord(current, marker), phase === 'install' && fromEarlierBuild ? carry.from : undefined);
      await writeRecord(current, marker, record);
      await fillArchive(list, current, inBase, {
        sources: fromEarlierBuild ? [current, await caches.open(carry.from)] : [current],
        download: (url) => fetch(url, { cache: 'no-store' }),
      });
      await writeRecord(current, marker, completeRecord(record, new Date()));
    } catch (error) {
      if (carry.required) throw error;
    }
  });
}

/**
 * Keeps every save across deploys. At install: carry completed and interrupted saves of earlier
 * builds into this build's cache before it takes over (install fails, and the old worker stays,
 * if a completed one cannot be carried, e.g. offline). Once active (and whenever a page asks):
 * carry what finished or stopped during the update, resume interrupted saves, carry removals made
 * meanwhile, then delete the earlier caches, but none a save is still writing into and none
 * holding a save this cache has no record of.
 */
async function reconcileNow(/** @type {'install' | 'active'} */ phase) {
  const earlier = (await caches.keys()).filter(isStaleRuntimeCache);
  let held = await heldLocks();
  const plan = reconcilePlan(await savesIn(runtimeCache, held), await Promise.all(earlier.map((name) => savesIn(name, held))), phase);
  for (const script of plan.drop) {
    await withSaveLock(runtimeCache, script, false, async () => {
      const cache = await caches.open(runtimeCache);
      const marker = markerUrls[script];
      const record = marker ? await readRecord(cache, marker) : undefined;
      await forgetSave(cache, archiveCache(runtimeCache), script, record?.entries ?? []);
    });
  }
  for (const carry of plan.carry) await carryOver(carry, phase);
  if (phase === 'install') return;
  // Pages read without a save stay readable: this build fetches them again. An earlier cache whose
  // pages could not all be fetched (offline) is kept for the next try.
  const visitsKept = new Map();
  for (const name of earlier) visitsKept.set(name, await carryVisits(name));
  held = await heldLocks();
  const previous = await Promise.all(earlier.map((name) => savesIn(name, held)));
  for (const name of deletableCaches(await savesIn(runtimeCache, held), previous, plan.drop)) if (visitsKept.get(name)) await caches.delete(name);
}

/** Brings the pages a reader opened under an earlier build into this build's cache; false if the network failed. */
async function carryVisits(/** @type {string} */ from) {
  const theirs = await readVisited(await caches.open(from));
  if (theirs.length === 0) return true;
  const current = await caches.open(runtimeCache);
  let complete = true;
  for (const path of theirs) {
    const url = inBase(path);
    if (await current.match(url)) continue;
    try {
      const response = await ofThisBuild(await fetch(url, { cache: 'no-store' }));
      // A page this build no longer has (or with another build's assets) is not kept.
      if (response) await current.put(url, response);
    } catch {
      complete = false;
    }
  }
  await updateVisited(current, (mine) => mergeVisited(theirs, mine));
  return complete;
}

/** @type {Promise<unknown>} */
let reconciling = Promise.resolve();
/** One reconciliation at a time. */
function reconcile(/** @type {'install' | 'active'} */ phase) {
  const run = reconciling.then(() => reconcileNow(phase));
  reconciling = run.catch(() => undefined);
  return run;
}

/** Only the active worker, with no newer one installing or waiting, may touch earlier builds' caches. */
const isNewestActive = () =>
  // `serviceWorker` is missing in older browsers; there, messages other than SKIP_WAITING only reach the active worker.
  (worker.serviceWorker === undefined || worker.registration.active === worker.serviceWorker) && !worker.registration.installing && !worker.registration.waiting;

worker.addEventListener('install', (event) => event.waitUntil(reconcile('install')));

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await reconcile('active').catch(() => undefined);
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('message', (event) => {
  const type = event.data?.type;
  if (type === 'SKIP_WAITING') void worker.skipWaiting();
  else if (type === 'RECONCILE' && isNewestActive()) event.waitUntil(reconcile('active').catch(() => undefined));
  else if (type === 'GET_ARCHIVE_BUILD') {
    event.waitUntil(
      (async () => {
        if (isNewestActive()) await reconcile('active').catch(() => undefined);
        event.ports[0]?.postMessage({ build: ARCHIVE.build, cache: runtimeCache, markers: ARCHIVE.markers });
      })(),
    );
  }
});
