/** The modules workbox-sw loads on first use, as the `workbox` global of a classic worker. */
export interface WorkboxGlobal {
  setConfig(config: { modulePathPrefix?: string; debug?: boolean }): void;
  core: typeof import('workbox-core');
  precaching: typeof import('workbox-precaching');
  routing: typeof import('workbox-routing');
  strategies: typeof import('workbox-strategies');
}
