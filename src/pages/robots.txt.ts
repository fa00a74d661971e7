import type { APIRoute } from 'astro';
import { absoluteUrl, sitemapIndexPath } from '../lib/archive/routes.ts';

/** Everything may be crawled; the sitemap index lives under the base. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(site ?? import.meta.env.SITE, import.meta.env.BASE_URL, sitemapIndexPath());
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
