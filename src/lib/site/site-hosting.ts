/** The Astro edge of the hosting (src/lib/hosting/hosting.ts): Astro's `site` and `base` are the hub's; `YEAR_SITE_URL` splits the archive. */
import { hosting, HOSTING_VARIABLES } from '../hosting/hosting.ts';

export const siteHosting = hosting({
  site: import.meta.env.SITE ?? 'http://localhost:4321',
  base: import.meta.env.BASE_URL ?? '/',
  ...(process.env[HOSTING_VARIABLES.yearSite] ? { yearSite: process.env[HOSTING_VARIABLES.yearSite] } : {}),
});
