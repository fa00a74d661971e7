/**
 * The archive's Content-Security-Policy, in one place: every HTML page (the layout, the root
 * page, the shared 404 page and both embeds) carries it as
 * `<meta http-equiv="Content-Security-Policy">` (src/components/SecurityPolicy.astro), because
 * GitHub Pages cannot send headers. The site emits no inline script, style element, style
 * attribute or event handler, so no directive needs 'unsafe-inline' or a hash: every script
 * and stylesheet is a file of the site (Astro bundles the page scripts and, with
 * `build.inlineStylesheets: 'never'`, every stylesheet; the script that must run before a
 * page is drawn is a classic script file, src/lib/site/root-choice.js). `<script
 * type="application/json">` and JSON-LD blocks are data,
 * never run, and not subject to script-src.
 */
import { checkYearSite, SAMPLE_YEAR, YEAR_PLACEHOLDER } from '../hosting/hosting.ts';

/** A directive name and its source list, as written in the policy. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/**
 * What each page may load, and why. Everything is same-origin: the archive never loads from
 * another site (a site that embeds it loads from the archive, under its own policy).
 */
export const CSP_DIRECTIVES: CspDirectives = {
  // Images, fonts, the web app manifest, frames (the Libraries page frames the embeds) and
  // anything not named below: the site's own files only.
  'default-src': ["'self'"],
  // Astro's bundled page scripts, Pagefind's pagefind.js (a dynamic import) and the two classic
  // head scripts, all files of the site. Pagefind compiles its WebAssembly in the page when it
  // runs without its worker: WebAssembly compilation needs 'wasm-unsafe-eval' (not 'unsafe-eval').
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // Stylesheet files only: no <style> element, no style="" attribute. Scripts still set sizes
  // through the CSSOM (`element.style.height = …`), which a policy does not govern.
  'style-src': ["'self'"],
  // Pagefind's index, fragments and wasm, the query maps and offline lists: fetched from the site.
  'connect-src': ["'self'"],
  // Pagefind's worker (pagefind/pagefind-worker.js, a file, not a blob: URL in Pagefind 1.6) and
  // the service worker sw.js.
  'worker-src': ["'self'"],
  // No plugins; <base> may not point elsewhere (the embeds' <base target="_blank"> has no href).
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  // The search forms submit to the site's own search pages (the embed's opens in a new tab).
  'form-action': ["'self'"],
};

/**
 * Directives a browser ignores in a `<meta>` policy (and reports on the console): framing rules
 * need a header (`frame-ancestors`, which GitHub Pages cannot send: any site may frame the
 * archive, which the embeds need anyway), as do reporting and sandboxing.
 */
export const META_IGNORED_DIRECTIVES = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'] as const;

/** Sources that would let injected markup run or style itself. */
export const UNSAFE_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", 'data:', 'blob:', '*'] as const;

/**
 * The policy as a `<meta>` content value: `name source source; name source`. Throws for a
 * directive a meta policy ignores and for a directive or source that is not a plain token, so a
 * policy that would be silently weaker than it reads cannot be written.
 */
export function serializePolicy(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => {
      if (!/^[a-z-]+$/.test(name)) throw new Error(`CSP directive name ${JSON.stringify(name)} is not a directive`);
      if ((META_IGNORED_DIRECTIVES as readonly string[]).includes(name)) throw new Error(`CSP directive ${name} is ignored in a <meta> policy`);
      for (const source of sources) {
        if (!/^[^\s;,]+$/.test(source)) throw new Error(`CSP source ${JSON.stringify(source)} of ${name} is not one token`);
      }
      return [name, ...sources].join(' ');
    })
    .join('; ');
}

/** A policy string read back into directives (the first occurrence of a name wins, as in browsers). */
export function parsePolicy(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !(name.toLowerCase() in directives)) directives[name.toLowerCase()] = sources;
  }
  return directives;
}

/** The policy every HTML page of the archive carries. */
export const CONTENT_SECURITY_POLICY = serializePolicy(CSP_DIRECTIVES);

/** What a page of one site may load from the others in an archive split into a hub and year sites (src/lib/hosting/). */
const ACROSS_SITES = ['default-src', 'script-src', 'style-src', 'connect-src', 'form-action'] as const;

/**
 * The policy of an archive whose sites are on other origins than the hub's: every page loads the
 * hub's stylesheets and scripts, the hub's search fetches the years' indexes, and a year's
 * search form submits to the hub. `sources` are the sites' origins as CSP sources
 * (`siteSources`); none (the sites share the hub's origin, as GitHub project sites do) is the
 * policy above.
 */
export function policyAcrossSites(sources: readonly string[]): string {
  if (sources.length === 0) return CONTENT_SECURITY_POLICY;
  return serializePolicy(Object.fromEntries(Object.entries(CSP_DIRECTIVES).map(([name, list]) => [name, (ACROSS_SITES as readonly string[]).includes(name) ? [...list, ...sources] : list])));
}

/**
 * The sources that name a split archive's other origins: the hub's, and the year sites' with the
 * part of the address that holds the year made a wildcard (`https://*.example.org`,
 * `http://127.0.0.1:*`). None when every site is on the hub's origin.
 */
export function siteSources(hubRoot: string, yearSiteTemplate: string | undefined): string[] {
  if (!yearSiteTemplate) return [];
  checkYearSite(yearSiteTemplate, hubRoot);
  const hub = new URL(hubRoot);
  const sample = new URL(yearSiteTemplate.replaceAll(YEAR_PLACEHOLDER, SAMPLE_YEAR));
  if (sample.origin === hub.origin) return [];
  // checkYearSite allows the year in the host only in its first label.
  const [label, ...rest] = sample.hostname.split('.');
  const host = label!.includes(SAMPLE_YEAR) ? ['*', ...rest].join('.') : sample.hostname;
  const port = sample.port.includes(SAMPLE_YEAR) ? ':*' : sample.port ? `:${sample.port}` : '';
  return [hub.origin, `${sample.protocol}//${host}${port}`];
}
