import type { APIRoute } from 'astro';
import { sitemapIndexPath } from '../lib/archive/routes.ts';
import { siteHosting } from '../lib/site/site-hosting.ts';

/** Everything may be crawled; the sitemap index lives under the base. */
export const GET: APIRoute = () => {
  const sitemap = siteHosting.absolute(sitemapIndexPath());
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
