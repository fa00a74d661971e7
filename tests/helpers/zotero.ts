import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './seeds.ts';

/**
 * Zotero's translation-server with Zotero's own translators (Embedded Metadata, RDF, COinS,
 * unAPI, DOI, RIS, BibTeX): what the Zotero Connector and Zotero desktop run when a reader saves
 * a page or imports a file. The project's shared tools hold a trimmed copy; its packages are the
 * project's devDependencies, so `npm ci` installs them from the lock file and nothing is
 * fetched when a test starts it.
 */
export const TRANSLATION_SERVER_SOURCE = process.env.ZOTERO_TRANSLATION_SERVER_DIR ?? join(ROOT, '..', 'shared', 'tools', 'zotero-translation-server');

export interface TranslationServer {
  readonly url: string;
  /** Saves a page as the Zotero Connector would: the items Zotero makes of it. */
  save(pageUrl: string): Promise<ZoteroItem[]>;
  /** Imports a file (RIS, BibTeX) as Zotero desktop would. */
  import(text: string): Promise<ZoteroItem[]>;
  close(): Promise<void>;
}

export interface ZoteroItem {
  itemType: string;
  title?: string;
  creators?: Array<{ firstName?: string; lastName?: string; name?: string; creatorType: string; fieldMode?: number }>;
  [field: string]: unknown;
}

/** A free loopback port, for a server that must know its address before it starts (a site built for it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startTranslationServer(): Promise<TranslationServer> {
  if (!existsSync(join(TRANSLATION_SERVER_SOURCE, 'src', 'server.js'))) {
    throw new Error(`${TRANSLATION_SERVER_SOURCE}: no Zotero translation-server here (the project's shared tools; ZOTERO_TRANSLATION_SERVER_DIR names another copy)`);
  }
  // Inside the project, so that the server's packages resolve to the project's node_modules; a
  // writable copy, since the shared tools are read-only.
  const folder = join(ROOT, 'node_modules', '.cache', `zotero-translation-server-${process.pid}-${Date.now()}`);
  cpSync(TRANSLATION_SERVER_SOURCE, folder, { recursive: true });
  mkdirSync(join(folder, 'node_modules'), { recursive: true });
  symlinkSync(join(folder, 'wgx'), join(folder, 'node_modules', 'wicked-good-xpath'), 'dir');
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['src/server.js'], {
    cwd: folder,
    env: { ...process.env, NODE_CONFIG: JSON.stringify({ host: '127.0.0.1', port }), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null) {
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
    }
    rmSync(folder, { recursive: true, force: true });
  };
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) {
      await close();
      throw new Error(`translation-server exited (${child.exitCode}):\n${output}`);
    }
    const ready = await fetch(`${url}/web`, { method: 'POST', body: '' }).then(() => true, () => false);
    if (ready) break;
    if (Date.now() - started > 30_000) {
      await close();
      throw new Error(`translation-server did not answer within 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const post = async (path: string, body: string): Promise<ZoteroItem[]> => {
    const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body });
    const text = await response.text();
    if (!response.ok) throw new Error(`${path}: ${response.status} ${text}\n${output.slice(-2000)}`);
    return JSON.parse(text) as ZoteroItem[];
  };
  return { url, save: (pageUrl) => post('/web', pageUrl), import: (text) => post('/import', text), close };
}
