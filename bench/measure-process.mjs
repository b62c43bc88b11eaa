// Runs a command in a fresh Node process and measures it from outside: wall time, and peak
// resident memory and CPU time as rss-at-exit.mjs reports them.
import { spawn } from 'node:child_process';

const RSS_PRELOAD = new URL('./rss-at-exit.mjs', import.meta.url).href;

/** Runs `node [nodeArgs] script args`; resolves to { wallMs, cpuMs, peakRssMiB, code, stdout, stderr }. */
export function measureNode(script, args, { nodeArgs = [], cwd } = {}) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, '--import', RSS_PRELOAD, script, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const usage = /gea-bench-peak-rss-kib (\d+) cpu-us (\d+)/.exec(stderr);
      done({
        wallMs,
        cpuMs: usage ? Number(usage[2]) / 1000 : undefined,
        peakRssMiB: usage ? Number(usage[1]) / 1024 : undefined,
        code,
        stdout,
        stderr: stderr.replace(/\n?gea-bench-peak-rss-kib .*\n/, ''),
      });
    });
  });
}

/** The median of numbers (the lower middle one of an even count). */
export function median(values) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  return sorted.length === 0 ? undefined : sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Runs `measure` `runs` times and keeps each number's median. */
export async function medianOf(runs, measure) {
  const results = [];
  for (let run = 0; run < runs; run++) results.push(await measure(run));
  const keys = Object.keys(results[0]).filter((key) => typeof results[0][key] === 'number');
  return { ...results[0], ...Object.fromEntries(keys.map((key) => [key, median(results.map((result) => result[key]))])), runs };
}
