import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  META_IGNORED_DIRECTIVES,
  parsePolicy,
  policyAcrossSites,
  siteSources,
  serializePolicy,
  UNSAFE_SOURCES,
} from '../../src/lib/site/content-security-policy.ts';

describe('the Content-Security-Policy', () => {
  it('is the policy the pages carry, written once', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(parsePolicy(CONTENT_SECURITY_POLICY)).toEqual(CSP_DIRECTIVES);
  });

  it('allows nothing inline, nothing evaluated from strings and nothing from other sites', () => {
    for (const [name, sources] of Object.entries(CSP_DIRECTIVES)) {
      for (const unsafe of UNSAFE_SOURCES) expect(sources, name).not.toContain(unsafe);
      for (const source of sources) expect(source, name).toMatch(/^'(self|none|wasm-unsafe-eval)'$/);
    }
  });

  it('gives Pagefind its wasm and worker and the archive its service worker, and closes the rest', () => {
    const policy = parsePolicy(CONTENT_SECURITY_POLICY);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy['worker-src']).toEqual(["'self'"]);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
    expect(policy['form-action']).toEqual(["'self'"]);
  });

  it('has no directive a <meta> policy ignores', () => {
    for (const name of META_IGNORED_DIRECTIVES) expect(CSP_DIRECTIVES).not.toHaveProperty(name);
    expect(() => serializePolicy({ ...CSP_DIRECTIVES, 'frame-ancestors': ["'self'"] })).toThrow(/frame-ancestors is ignored in a <meta> policy/);
    expect(() => serializePolicy({ sandbox: [] })).toThrow(/ignored/);
  });

  it('refuses a source or name that would change the policy’s shape', () => {
    expect(() => serializePolicy({ 'script-src': ["'self'; script-src *"] })).toThrow(/not one token/);
    expect(() => serializePolicy({ 'script-src': ["'self' https:"] })).toThrow(/not one token/);
    expect(() => serializePolicy({ 'script src': ["'self'"] })).toThrow(/not a directive/);
  });

  it('reads a policy as a browser does: names in any case, the first of a repeated directive wins', () => {
    expect(parsePolicy("Script-Src 'self';  ; script-src *; img-src 'self' data: ")).toEqual({ 'script-src': ["'self'"], 'img-src': ["'self'", 'data:'] });
  });

  describe('across the sites of a split archive', () => {
    it('adds nothing when the year sites share the hub’s origin (GitHub project sites of one account)', () => {
      expect(siteSources('https://example.github.io/wujin/', 'https://example.github.io/wujin-{year}/')).toEqual([]);
      expect(siteSources('https://example.github.io/wujin/', undefined)).toEqual([]);
      expect(policyAcrossSites([])).toBe(CONTENT_SECURITY_POLICY);
    });

    it('names the hub and the year sites, the part that holds the year a wildcard', () => {
      expect(siteSources('https://archive.example.org/', 'https://y{year}.example.org/')).toEqual(['https://archive.example.org', 'https://*.example.org']);
      expect(siteSources('http://127.0.0.1:4321/', 'http://127.0.0.1:{year}/')).toEqual(['http://127.0.0.1:4321', 'http://127.0.0.1:*']);
      expect(siteSources('https://archive.example.org/', 'https://years.example.org/{year}/')).toEqual(['https://archive.example.org', 'https://years.example.org']);
      expect(siteSources('http://hub.localhost/', 'http://y{year}.localhost/')).toEqual(['http://hub.localhost', 'http://*.localhost']);
      expect(() => siteSources('https://archive.example.org/', 'https://a.{year}.org/')).toThrow(/first label/);
    });

    it('lets pages load the hub’s files, fetch the years’ search files and submit to the hub, and nothing else more', () => {
      const policy = parsePolicy(policyAcrossSites(['https://archive.example.org', 'https://*.example.org']));
      for (const name of ['default-src', 'script-src', 'style-src', 'connect-src', 'form-action']) expect(policy[name]).toEqual(expect.arrayContaining(['https://archive.example.org', 'https://*.example.org']));
      for (const name of ['worker-src', 'object-src', 'base-uri']) expect(policy[name]).toEqual(parsePolicy(CONTENT_SECURITY_POLICY)[name]);
    });
  });
});
