// Globals of the service worker script; only tsconfig.worker.json includes this file.
declare const ARCHIVE: import('./worker-config.ts').ArchiveWorkerConfig;
declare const ARCHIVE_PRECACHE_MANIFEST: Array<import('workbox-precaching').PrecacheEntry | string>;
