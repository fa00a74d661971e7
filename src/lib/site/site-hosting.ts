/**
 * The Astro edge of the hosting (src/lib/hosting/hosting.ts): from the same settings as
 * astro.config.mjs, whose `site` and `base` are the hub's; `YEAR_SITE_URL` splits the archive.
 */
import { hosting, hostingSettings } from '../hosting/hosting.ts';
import { correctionSettings } from '../archive/corrections.ts';

const settings = hostingSettings(process.env);

/** `YEAR_SITE_URL`, when the archive is split. */
export const yearSiteTemplate: string | undefined = settings.yearSite;

export const siteHosting = hosting(settings);

/** Where readers' corrections go (src/lib/archive/corrections.ts), from the same environment: undefined for no link. */
export const siteCorrections = correctionSettings(process.env);
