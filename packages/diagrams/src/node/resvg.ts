// resvg, loaded on first use with its allocator told to keep freed memory a little longer. resvg
// allocates through the mimalloc it is built with, which gives a freed picture's pixels (70 MB at
// A3) back to the system after 100 ms. A thread drawing pictures back to back asks for the next
// picture's pixels 100–250 ms after it freed the last one's (encoding and handing over the PNG
// come in between), so the system mapped and zeroed every page of every picture again. Memory of
// a picture's size waits in mimalloc's arenas ten purge delays (`arena_purge_mult`), pushed back a
// tenth of that by every block freed meanwhile: at 50 ms the next picture reuses much of it (cold
// L builds with PNGs: 781–869 s of CPU against 907–908 at 30, peaks 1 323–1 335 MiB against
// 1 341–1 535). Longer is faster still but keeps too much: at 100 ms nothing is given back while
// pictures are drawn back to back, nor when the threads stop, and one cold L build of three peaked
// at 1 733 MiB, past its 1.5 GiB target (decision 0022, nineteenth and twentieth rounds).
import { isMainThread } from 'node:worker_threads';
import type * as ResvgExports from '@resvg/resvg-js';

type ResvgModule = typeof ResvgExports;

/**
 * mimalloc's `purge_delay` (ms) unless the environment already sets it. Memory of a picture's
 * size comes from mimalloc's arenas, which wait ten times as long (`arena_purge_mult`).
 */
export const DRAWING_PURGE_DELAY_MS = 50;

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
