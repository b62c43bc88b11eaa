// Preloaded into a measured process (`node --import ./bench/rss-at-exit.mjs …`): on exit it writes
// the process's peak resident memory to stderr as one line the bench reads back.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\ngea-bench-peak-rss-kib ${process.resourceUsage().maxRSS}\n`));
