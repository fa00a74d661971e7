/**
 * The Astro edge of the hosting (src/lib/hosting/hosting.ts): from the same settings as
 * astro.config.mjs, whose `site` and `base` are the hub's; `YEAR_SITE_URL` splits the archive.
 */
import { hosting, hostingSettings } from '../hosting/hosting.ts';

const settings = hostingSettings(process.env);

/** `YEAR_SITE_URL`, when the archive is split. */
export const yearSiteTemplate: string | undefined = settings.yearSite;

export const siteHosting = hosting(settings);
