// Preloaded into a measured process (`node --import ./bench/rss-at-exit.mjs …`): on exit it writes
// the process's peak resident memory and CPU time to stderr as one line the bench reads back (CPU
// time says what a run cost when the machine is shared and wall time says mostly how busy it was).
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `\ngea-bench-peak-rss-kib ${usage.maxRSS} cpu-us ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
