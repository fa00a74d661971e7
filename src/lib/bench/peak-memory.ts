/**
 * Preloaded into a measured Node process (`node --import <this file> …`): when it exits, writes
 * its peak resident memory (bytes) and CPU time to the file named by BENCH_PEAK_MEMORY_FILE.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_PEAK_MEMORY_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ peakRssBytes: usage.maxRSS * 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
  });
}
