import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { ServedFile } from '../dev/static-server.ts';

/** One measured search: what the server sent, and the time to the first result. */
export interface SearchSample {
  /** Everything sent, page included (cold) or only what the query needed (warm), as stored. */
  bytes: number;
  /** The same, gzip-compressed as GitHub Pages and most static hosts send it. */
  gzipBytes: number;
  /** Of the gzip bytes, Pagefind's bundle, index, filters and fragments (the partitioned search's routing table too), and the query map. */
  searchGzipBytes: number;
  requests: number;
  /** Milliseconds from navigation (cold) or submit (warm) to the first result on screen. */
  msToFirstResult: number;
}

export interface SearchMeasurement {
  cold: SearchSample;
  warm: SearchSample;
}

const SEARCH_FILE = /\/pagefind(?:-single)?\/|query-map\.json/;

/** Collects what a server sent between two marks; pass `record` as the server's `onServe`. */
export class TrafficLog {
  private served: ServedFile[] = [];
  private gzipSizes = new Map<string, number>();
  readonly record = (file: ServedFile) => void this.served.push(file);

  take(): Omit<SearchSample, 'msToFirstResult'> {
    const sample = { bytes: 0, gzipBytes: 0, searchGzipBytes: 0, requests: this.served.length };
    for (const { file, path } of this.served) {
      const gzip = this.gzipSize(file);
      sample.bytes += statSync(file).size;
      sample.gzipBytes += gzip;
      if (SEARCH_FILE.test(path)) sample.searchGzipBytes += gzip;
    }
    this.served = [];
    return sample;
  }

  private gzipSize(file: string): number {
    let size = this.gzipSizes.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(file), { level: 9 }).length;
      this.gzipSizes.set(file, size);
    }
    return size;
  }
}

/**
 * A cold search opens the search page with a query in a fresh browser context (empty cache);
 * a warm one types a second query into the same page.
 */
export async function measureSearch(browser: Browser, traffic: TrafficLog, searchPageUrl: string, coldQuery: string, warmQuery: string): Promise<SearchMeasurement> {
  // The service worker's first-visit precache is not the search's cost: measure without it.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    traffic.take();
    let started = performance.now();
    await page.goto(`${searchPageUrl}?q=${encodeURIComponent(coldQuery)}`);
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0);
    const cold = { ...traffic.take(), msToFirstResult: performance.now() - started };

    await page.fill('input[name="q"]', warmQuery);
    started = performance.now();
    await page.press('input[name="q"]', 'Enter');
    await page.waitForFunction(
      (q) => new URL(location.href).searchParams.get('q') === q && (document.querySelector('[data-search-status]')?.textContent ?? '').includes(q),
      warmQuery,
    );
    const warm = { ...traffic.take(), msToFirstResult: performance.now() - started };
    return { cold, warm };
  } finally {
    await context.close();
  }
}
