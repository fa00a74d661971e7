// @ts-check
/// <reference lib="webworker" />
/* The archive's service worker, run as a classic script with Workbox's runtime (workbox-sw).
   scripts/offline.ts prepends `const ARCHIVE = {…}` (see ArchiveWorkerConfig in worker-config.ts)
   and Workbox's injectManifest puts the precache list in place of its injection point.
   Type-checked on its own with tsconfig.worker.json. */

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

/** Hashed asset URLs an HTML page uses: all must be this build's, or the page is not stored. */
function assetsOf(/** @type {string} */ html) {
  return [...html.matchAll(/["'(](\/[^"'()\s]*\/_astro\/[^"'()\s]+)["')]/g)].map((match) => match[1] ?? '');
}

/** @type {import('workbox-core/types').WorkboxPlugin} */
const sameBuildOnly = {
  async cacheWillUpdate({ response }) {
    if (!response.ok) return null;
    if (!(response.headers.get('Content-Type') ?? '').includes('text/html')) return response;
    const html = await response.clone().text();
    const foreign = assetsOf(html).filter((path) => !precaching.getCacheKeyForURL(new URL(path, scope).href));
    return foreign.length === 0 ? response : null;
  },
};

const pages = new strategies.NetworkFirst({
  cacheName: runtimeCache,
  networkTimeoutSeconds: 6,
  plugins: [sameBuildOnly],
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
routing.registerRoute(({ url }) => url.href.startsWith(inBase('pagefind/')) || url.href.startsWith(inBase('_astro/')), immutable);
routing.registerRoute(({ url, request }) => url.href.startsWith(scope.href) && request.method === 'GET', pages);

/** @typedef {[path: string, revision: string, bytes: number]} ListEntry */
/** @typedef {{ build: string, script: string, entries: ListEntry[] }} OfflineList */

/**
 * A reader who saved the archive keeps it across deploys: before this build takes over, copy
 * every saved file whose revision did not change from the previous build's cache and fetch the
 * rest. Install fails (and the old worker stays) if that cannot finish, e.g. when offline.
 */
async function carryOverSavedArchives() {
  const current = await caches.open(runtimeCache);
  const previousNames = (await caches.keys()).filter(isStaleRuntimeCache);
  for (const script of /** @type {Array<keyof typeof ARCHIVE.markers>} */ (Object.keys(ARCHIVE.markers))) {
    const markerPath = ARCHIVE.markers[script];
    const marker = inBase(markerPath);
    if (await current.match(marker)) continue;
    for (const name of previousNames) {
      const previous = await caches.open(name);
      const savedResponse = await previous.match(marker);
      if (!savedResponse) continue;
      /** @type {OfflineList} */
      const saved = await savedResponse.json();
      const listResponse = await fetch(inBase(ARCHIVE.lists[script]), { cache: 'no-store' });
      if (!listResponse.ok) throw new Error(`offline list ${listResponse.status}`);
      /** @type {OfflineList} */
      const list = await listResponse.clone().json();
      const savedRevisions = new Map(saved.entries.map(([path, revision]) => [path, revision]));
      const queue = [...list.entries];
      const copyOrFetch = async () => {
        for (let entry = queue.shift(); entry; entry = queue.shift()) {
          const url = inBase(entry[0]);
          const kept = savedRevisions.get(entry[0]) === entry[1] ? await previous.match(url) : undefined;
          const response = kept ?? (await fetch(url, { cache: 'no-store' }));
          if (!response.ok) throw new Error(`${url}: ${response.status}`);
          await current.put(url, response);
        }
      };
      await Promise.all(Array.from({ length: 6 }, copyOrFetch));
      await current.put(marker, new Response(JSON.stringify({ ...list, savedAt: new Date().toISOString() }), { headers: { 'Content-Type': 'application/json' } }));
      break;
    }
  }
}

worker.addEventListener('install', (event) => event.waitUntil(carryOverSavedArchives()));

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const stale = (await caches.keys()).filter(isStaleRuntimeCache);
      await Promise.all(stale.map((name) => caches.delete(name)));
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('message', (event) => {
  const type = event.data?.type;
  if (type === 'SKIP_WAITING') void worker.skipWaiting();
  else if (type === 'GET_ARCHIVE_BUILD') event.ports[0]?.postMessage({ build: ARCHIVE.build, cache: runtimeCache, markers: ARCHIVE.markers });
});
