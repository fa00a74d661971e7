import type { APIRoute } from 'astro';
import source from '../lib/embed/web-component.js?raw';

/** The <wujin-archive-search> web component, at a stable address other sites can load. */
export const GET: APIRoute = () => new Response(source, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
