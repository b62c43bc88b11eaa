// resvg, loaded on first use with its allocator told to keep freed memory a little longer. resvg
// allocates through the mimalloc it is built with, which gives a freed picture's pixels (70 MB at
// A3) back to the system soon after: a thread drawing pictures back to back then has the system
// map and zero every page of every picture again, 4 KB at a time (11 000 page faults, ~120 ms of
// a 360 ms A3 picture on a 2-core virtual machine). Memory of a picture's size waits in mimalloc's
// arenas ten purge delays (`arena_purge_mult`), pushed back a tenth of that by every block freed
// meanwhile. At 30 ms two threads drawing side by side still faulted most pages in again; at 100
// ms they drew a sample of the L model's views in 4.1 s instead of 6.3 s, with 8 s of CPU instead
// of 12, and the cold L build with PNGs (with no crop either, render-png.ts) took 594 s of CPU
// instead of 873. The price: while pictures are drawn back to back nothing is given back, and
// what the threads hold when they stop (300–450 MB in that sample) stays until mimalloc frees a
// block of its arenas again, which drawing more pictures does (decision 0022, nineteenth round).
import { isMainThread } from 'node:worker_threads';
import type * as ResvgExports from '@resvg/resvg-js';

type ResvgModule = typeof ResvgExports;

/**
 * mimalloc's `purge_delay` (ms) unless the environment already sets it. Memory of a picture's
 * size comes from mimalloc's arenas, which wait ten times as long (`arena_purge_mult`).
 */
export const DRAWING_PURGE_DELAY_MS = 100;

/**
 * Sets `MIMALLOC_PURGE_DELAY` unless it is set. mimalloc reads it once, when resvg is first
 * loaded in the process, from the process's environment, which a worker thread's `process.env`
 * (a copy) never changes: the main thread calls this before it starts a drawing thread.
 */
export function keepFreedDrawingMemory(): void {
  if (isMainThread) process.env.MIMALLOC_PURGE_DELAY ??= String(DRAWING_PURGE_DELAY_MS);
}

let loading: Promise<ResvgModule> | undefined;

/** The resvg module, loaded (after `keepFreedDrawingMemory`) by the first picture drawn in this thread. */
export function resvg(): Promise<ResvgModule> {
  if (!loading) {
    keepFreedDrawingMemory();
    loading = import('@resvg/resvg-js');
  }
  return loading;
}
