/** The Astro edge of the hosting (src/lib/hosting/hosting.ts): Astro's `site` and `base` are the hub's; `YEAR_SITE_URL` splits the archive. */
import { hosting, HOSTING_VARIABLES } from '../hosting/hosting.ts';

/** `YEAR_SITE_URL`, when the archive is split. */
export const yearSiteTemplate: string | undefined = process.env[HOSTING_VARIABLES.yearSite] || undefined;

export const siteHosting = hosting({
  site: import.meta.env.SITE ?? 'http://localhost:4321',
  base: import.meta.env.BASE_URL ?? '/',
  ...(yearSiteTemplate ? { yearSite: yearSiteTemplate } : {}),
});
