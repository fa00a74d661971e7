import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
};

export interface StaticSite {
  /** `http://127.0.0.1:<port><base>`, ending in `/`. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** A file the server sent: its site path and the file on disk. */
export interface ServedFile {
  path: string;
  file: string;
  status: number;
}

export interface ServeOptions {
  /** Called for every file sent, for measuring what a page fetched (workers included). */
  onServe?: (served: ServedFile) => void;
  /** Read for every request, so a test can deploy a new build under a running server. */
  root?: () => string;
  /** While false, every connection is dropped as if the network were gone. */
  reachable?: () => boolean;
  /**
   * Called for every request with its path: a promise holds the answer until it settles (a test
   * can deploy or cut the network meanwhile; both are read again once it does).
   */
  hold?: (path: string) => Promise<void> | undefined;
  /**
   * Gzip text files (HTML, CSS, JS, JSON, XML, SVG, text) for clients that accept it, as GitHub
   * Pages does, so that a throttled browser receives what a reader's would (the bench).
   */
  gzip?: boolean;
  /**
   * Seconds a browser may reuse a file without asking again, with `Last-Modified` and `ETag` as
   * GitHub Pages sends them (`max-age=600` there). Unset: no caching headers at all, so tests that
   * deploy a new build under a running server always get the new files.
   */
  cacheMaxAge?: number;
  /** The port to listen on (a site built for its address); a free one when unset. */
  port?: number;
}

const COMPRESSED_TYPES = new Set(['.html', '.css', '.js', '.mjs', '.json', '.txt', '.svg', '.xml', '.webmanifest']);

/**
 * Serves a built `dist/` under a base path on a free loopback port, as GitHub Pages would:
 * folders answer with their index.html, and anything missing with the site's 404.html.
 */
export async function serveStatic(siteRoot: string, base = '/', options: ServeOptions = {}): Promise<StaticSite> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const held = options.hold?.(pathname);
    if (held) await held.catch(() => undefined);
    if (options.reachable && !options.reachable()) return request.socket.destroy();
    const root = options.root?.() ?? siteRoot;
    const notFound = () => {
      const page = join(root, '404.html');
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      if (existsSync(page)) {
        options.onServe?.({ path: pathname, file: page, status: 404 });
        createReadStream(page).pipe(response);
      } else response.end('not found');
    };
    if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return notFound();
    const relativePath = normalize(pathname.slice(prefix.length - 1) || '/');
    if (relativePath.includes('..')) return notFound();
    let file = join(root, relativePath);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/` });
        return response.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) return notFound();
    // GitHub Pages allows any origin, which other sites' module scripts (embed.js) need.
    const headers: Record<string, string> = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Access-Control-Allow-Origin': '*' };
    if (options.cacheMaxAge !== undefined) {
      const { mtime, size } = statSync(file);
      const etag = `"${mtime.getTime().toString(16)}-${size.toString(16)}"`;
      Object.assign(headers, { 'Cache-Control': `max-age=${options.cacheMaxAge}`, 'Last-Modified': mtime.toUTCString(), ETag: etag });
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, headers);
        return response.end();
      }
    }
    options.onServe?.({ path: pathname, file, status: 200 });
    if (options.gzip && COMPRESSED_TYPES.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      return response.end(gzipSync(readFileSync(file)));
    }
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
