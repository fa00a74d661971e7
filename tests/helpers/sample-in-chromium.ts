import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type ServeOptions, type StaticSite } from '../../src/lib/dev/static-server.ts';
import { launchChromium } from './browser.ts';
import { buildSampleSite } from './run.ts';

export interface SampleInChromium {
  /** The test file's temporary folder: the build is in `<work>/dist`. */
  readonly work: string;
  readonly site: StaticSite;
  readonly browser: Browser;
}

/**
 * The sample archive built into a temporary folder, served under `base` and opened in Chromium:
 * set up before a test file's tests, closed and removed after them.
 */
export function sampleInChromium(name: string, options: { base?: string; env?: Record<string, string>; serve?: ServeOptions } = {}): SampleInChromium {
  const work = mkdtempSync(join(tmpdir(), `archive-${name}-`));
  const base = options.base ?? '/';
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const build = buildSampleSite(join(work, 'dist'), join(work, 'cache'), base, options.env);
    if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
    site = await serveStatic(join(work, 'dist'), base, options.serve);
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(work, { recursive: true, force: true });
  });
  return {
    work,
    get site() {
      return site!;
    },
    get browser() {
      return browser!;
    },
  };
}
