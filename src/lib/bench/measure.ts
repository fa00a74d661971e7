import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MeasuredRun {
  seconds: number;
  /** Peak resident memory of the Node process (worker threads included). */
  peakRssBytes: number;
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
  try {
    const usage = JSON.parse(readFileSync(report, 'utf8')) as { peakRssBytes: number; cpuSeconds: number };
    return { seconds, ...usage, status, tail: output.join('').split('\n').slice(-30).join('\n') };
  } catch {
    return { seconds, peakRssBytes: Number.NaN, cpuSeconds: Number.NaN, status, tail: output.join('').split('\n').slice(-30).join('\n') };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
