import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MeasuredRun {
  seconds: number;
  /**
   * Peak resident memory of the Node process (worker threads included), or of the largest of the
   * Node processes it started that measured themselves (a build by period's astro builds).
   */
  peakRssBytes: number;
  /** Each measured process's peak: `main`, and the builds it started by name. */
  peaks: Record<string, number>;
  cpuSeconds: number;
  status: number | null;
  /** The last lines of output, for error messages. */
  tail: string;
}

export interface MeasureOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Passed to Node before the script (e.g. `--max-old-space-size=8192`). */
  nodeOptions?: string[];
}

const PRELOAD = new URL('./peak-memory.ts', import.meta.url).href;

/** Runs `node <args>` and measures wall time, peak memory and CPU time. */
export async function runMeasured(args: string[], { cwd, env = {}, nodeOptions = [] }: MeasureOptions): Promise<MeasuredRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-measure-'));
  const report = join(scratch, 'usage.json');
  const started = performance.now();
  const output: string[] = [];
  const status = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeOptions, '--import', PRELOAD, ...args], {
      cwd,
      env: { ...process.env, ...env, BENCH_PEAK_MEMORY_FILE: report, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      output.push(chunk.toString('utf8'));
      if (output.length > 200) output.splice(0, output.length - 200);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  const tail = output.join('').split('\n').slice(-30).join('\n');
  try {
    const peaks: Record<string, number> = {};
    let cpuSeconds = 0;
    for (const name of readdirSync(scratch)) {
      if (!name.startsWith('usage.json')) continue;
      const usage = JSON.parse(readFileSync(join(scratch, name), 'utf8')) as { peakRssBytes: number; cpuSeconds: number };
      peaks[name === 'usage.json' ? 'main' : name.slice('usage.json.'.length)] = usage.peakRssBytes;
      cpuSeconds += usage.cpuSeconds;
    }
    if (peaks.main === undefined) throw new Error('no usage');
    return { seconds, peakRssBytes: Math.max(...Object.values(peaks)), peaks, cpuSeconds, status, tail };
  } catch {
    return { seconds, peakRssBytes: Number.NaN, peaks: {}, cpuSeconds: Number.NaN, status, tail };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
