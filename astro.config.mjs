// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { archiveBuild } from './src/integrations/archive-build.ts';
import { fileURLToPath } from 'node:url';
import { buildScope } from './src/lib/site/build-scope.ts';
import { cacheFolder } from './src/lib/build/cache-folder.ts';
import { hosting, hostingSettings } from './src/lib/hosting/hosting.ts';

/** An issue's or article's page: what a period build renders (src/lib/build/scope.ts); the hub lists every other page. */
const DATED_PAGE = /\/zh-han[st]\/\d{4}\/\d{2}\/\d{2}\/(\d+\/)?$/;

// SITE_URL and BASE_PATH let the same build serve http://localhost:4321/ and a GitHub Pages project site.
// YEAR_SITE_URL splits a large archive into a hub and year sites (src/lib/hosting/hosting.ts).
const settings = hostingSettings(process.env);
const { site, base } = settings;
const rootPage = new URL(base, site).href;
// Split, every page, wherever it is published, loads the stylesheets and scripts of the hub.
const split = hosting(settings).split;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {
    // Every stylesheet is a file, never a <style> element: the Content-Security-Policy
    // (src/lib/site/content-security-policy.ts) allows style files of the site only.
    inlineStylesheets: 'never',
    ...(split ? { assetsPrefix: rootPage.replace(/\/$/, '') } : {}),
  },
  // Separate caches let tests build fixture archives without touching the main build's content cache.
  cacheDir: cacheFolder(fileURLToPath(new URL('.', import.meta.url))),
  experimental: {
    // Unchanged pages (same cacheKey from getStaticPaths, same code) keep their previous output:
    // adding one day's issue to a large archive re-renders only what that issue touches.
    incrementalBuild: true,
  },
  integrations: [
    sitemap({
      // Every page exists in both trees: each URL lists its twin as an hreflang alternate.
      i18n: { defaultLocale: 'zh-hans', locales: { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' } },
      // Pages that only make sense inside the app or as errors are not for search engines, nor a
      // year site's own copies of the search and save-for-offline pages (src/lib/hosting/).
      filter: (page) =>
        !/\/(404|offline\/unavailable|\d{4}\/(search|offline))\/$/.test(page) && !/\/embed\//.test(page) && (buildScope.kind !== 'period' || DATED_PAGE.test(page)),
      // The root page picks a script for the reader: it is every page's x-default, never a zh-Hans twin.
      serialize(item) {
        const links = (item.links ?? []).filter((link) => link.url !== rootPage);
        item.links = links.length > 0 ? [...links, { lang: 'x-default', url: rootPage }] : undefined;
        return item;
      },
    }),
    // After the sitemap: the search index, then the offline worker and lists over the finished output.
    archiveBuild(),
  ],
});
