// Lays out many views (Node.js only): cached ones are read back, the rest run in worker threads (at
// most one per CPU and one per view, each with its own copy of the fonts), or in this process when
// no compiled worker script is at hand. A worker that dies or does not answer in time is an error
// naming its view, never a hang.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ViewGraph } from '@gea-arch/core';
import type { Fonts } from '../fonts/fonts.js';
import { LayoutFailure } from './layout-failure.js';
import { readCachedLayout, writeCachedLayout } from './layout-cache.js';
import type { LayoutSummaries } from './layout-summaries.js';
import { COMPUTED_KEYS, type LayoutKeys } from './remembered-keys.js';
import { attachGraph, detachGraph, type LayoutGeometry } from '../layout/layout-geometry.js';
import { layoutGeometry } from '../layout/layout-view.js';
import type { LayoutReply, LayoutRequest, LayoutWorkerData } from './layout-worker.js';
import type { ViewLayout } from '../layout/types.js';

export interface LayoutViewsOptions {
  /** Folder of cached layouts; no cache when unset. */
  readonly cacheDir?: string;
  /** Lay every view out again without reading the cache (fresh layouts are still written to it). */
  readonly noCache?: boolean;
  /** Most worker threads to start; os.availableParallelism() by default. 1 lays out in this process. */
  readonly workers?: number;
  /** Called after each view is ready, cached or laid out, with its id. */
  readonly onProgress?: (done: number, total: number, view: string) => void;
  /** Called when a view starts being laid out (not for cached ones), with how many are ready. */
  readonly onStart?: (view: string, done: number, total: number) => void;
  /** How long a worker may take over one view before the build stops with an error naming it. */
  readonly timeoutMs?: number;
  /** Lays out in this process with this function instead (tests watch which views it is called for). */
  readonly layout?: (graph: ViewGraph, fonts: Fonts) => Promise<ViewLayout>;
  /** The compiled worker script; layout-worker.js next to this module by default. */
  readonly workerScript?: URL;
  /** How each view's layout key is found; computed (layoutCacheKey) by default. */
  readonly keys?: LayoutKeys;
  /**
   * What the last build knew of its cached layouts: a view whose cache file is as summarized there
   * is given its geometry when first asked (lazy-layout.ts), not read now. Told which layouts this
   * build used, for the next.
   */
  readonly summaries?: LayoutSummaries;
}

export interface LayoutViewsResult {
  /** In the order of the graphs given. */
  readonly layouts: ViewLayout[];
  readonly stats: { readonly laidOut: number; readonly cached: number };
  /** Each view's layout cache key, in the order of the graphs given (to prune the cache by). */
  readonly keys: readonly string[];
}

const DEFAULT_WORKER_SCRIPT = new URL('./layout-worker.js', import.meta.url);
/**
 * A view's candidates stop after LAYOUT_BUDGET_MS (60 s) and fall back to simpler layouts; a
 * worker still silent long after that is stuck (an ELK run that does not end).
 */
export const WORKER_TIMEOUT_MS = 300_000;

/** Lays out `graphs`, their text measured with `fonts` (which the workers get a copy of). */
export async function layoutViews(
  graphs: readonly ViewGraph[],
  fonts: Fonts,
  options: LayoutViewsOptions = {},
): Promise<LayoutViewsResult> {
  const { cacheDir, noCache = false, summaries } = options;
  const geometries: (LayoutGeometry | undefined)[] = graphs.map(() => undefined);
  const lazy: (ViewLayout | undefined)[] = graphs.map(() => undefined);
  // Keys also without a cache: views with the same key are laid out once (each view when a
  // layout function is given, so that tests see every view it is asked for).
  const keys = graphs.map((graph) => (options.keys ?? COMPUTED_KEYS).keyOf(graph, fonts));
  const sharedKey = (index: number): string => (options.layout === undefined ? keys[index]! : `${index}`);
  let done = 0;
  const finished = (index: number, geometry: LayoutGeometry): void => {
    geometries[index] = geometry;
    done++;
    options.onProgress?.(done, graphs.length, graphs[index]!.id);
  };
  const started = (index: number): void => options.onStart?.(graphs[index]!.id, done, graphs.length);

  const pending: number[] = [];
  // A view with the same content as an earlier one (a declared view drawing what a generated one
  // does) takes that one's layout: only the first of each key is laid out.
  const sameAs = new Map<number, number[]>();
  const firstWithKey = new Map<string, number>();
  graphs.forEach((graph, index) => {
    const key = keys[index]!;
    const remembered = cacheDir === undefined || noCache ? undefined : summaries?.layoutOf(graph, key);
    if (remembered) {
      lazy[index] = remembered;
      done++;
      options.onProgress?.(done, graphs.length, graph.id);
      return;
    }
    const cached = cacheDir === undefined || noCache ? undefined : readCachedLayout(cacheDir, key, graph);
    const first = firstWithKey.get(sharedKey(index));
    if (cached) finished(index, cached);
    else if (first !== undefined) sameAs.get(first)!.push(index);
    else {
      firstWithKey.set(sharedKey(index), index);
      sameAs.set(index, []);
      pending.push(index);
    }
  });
  const cachedCount = graphs.length - pending.length - [...sameAs.values()].reduce((sum, copies) => sum + copies.length, 0);

  const laidOut = (index: number, geometry: LayoutGeometry): void => {
    if (cacheDir !== undefined) writeCachedLayout(cacheDir, keys[index]!, geometry);
    finished(index, geometry);
    for (const copy of sameAs.get(index) ?? []) finished(copy, geometry);
  };
  const script = options.workerScript ?? DEFAULT_WORKER_SCRIPT;
  const workerCount = Math.min(options.workers ?? availableParallelism(), pending.length);
  if (options.layout === undefined && workerCount > 1 && existsSync(fileURLToPath(script))) {
    const timeoutMs = options.timeoutMs ?? WORKER_TIMEOUT_MS;
    await layoutInWorkers(graphs, pending, { count: workerCount, script, timeoutMs }, { faces: fonts.faces }, started, laidOut);
  } else {
    const layout = options.layout;
    for (const index of pending) {
      const graph = graphs[index]!;
      started(index);
      laidOut(index, layout ? detachGraph(await layout(graph, fonts)) : await layoutGeometry(graph, fonts));
    }
  }

  const layouts = graphs.map((graph, index) => lazy[index] ?? attachGraph(graph, geometries[index]!));
  // Those read lazily are used already; the others are summarized when the summaries are written.
  if (cacheDir !== undefined && summaries)
    layouts.forEach((layout, index) => {
      if (!lazy[index]) summaries.use(keys[index]!, layout);
    });
  return {
    layouts,
    stats: { laidOut: graphs.length - cachedCount, cached: cachedCount },
    keys,
  };
}

/** Hands the pending views out to the workers, the next one to whichever finishes first. */
async function layoutInWorkers(
  graphs: readonly ViewGraph[],
  pending: readonly number[],
  pool: { readonly count: number; readonly script: URL; readonly timeoutMs: number },
  workerData: LayoutWorkerData,
  started: (index: number) => void,
  laidOut: (index: number, geometry: LayoutGeometry) => void,
): Promise<void> {
  const queue = [...pending];
  const workers: Worker[] = [];
  const timers = new Map<Worker, ReturnType<typeof setTimeout>>();
  const viewOf = (index: number | undefined): string | undefined => (index === undefined ? undefined : graphs[index]!.id);
  try {
    await new Promise<void>((resolve, reject) => {
      let remaining = queue.length;
      let failed = false;
      const fail = (error: Error): void => {
        failed = true;
        reject(error);
      };
      const inFlight = new Map<Worker, number>();
      const sendNext = (worker: Worker): void => {
        const index = queue.shift();
        if (index === undefined || failed) return;
        inFlight.set(worker, index);
        started(index);
        timers.set(
          worker,
          setTimeout(() => {
            fail(new LayoutFailure(viewOf(index), 'silent', String(Math.round(pool.timeoutMs / 1000))));
          }, pool.timeoutMs),
        );
        worker.postMessage({ index, graph: graphs[index]! } satisfies LayoutRequest);
      };
      for (let count = 0; count < pool.count; count++) {
        const worker = new Worker(pool.script, { workerData });
        workers.push(worker);
        worker.on('message', (reply: LayoutReply) => {
          clearTimeout(timers.get(worker));
          inFlight.delete(worker);
          if ('error' in reply) {
            fail(new LayoutFailure(viewOf(reply.index), 'failed', reply.error));
            return;
          }
          try {
            laidOut(reply.index, reply.geometry);
          } catch (error) {
            fail(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          remaining--;
          if (remaining === 0) resolve();
          else sendNext(worker);
        });
        worker.on('error', (error) => fail(new LayoutFailure(viewOf(inFlight.get(worker)), 'crashed', error.message)));
        worker.on('exit', (code) => {
          if (remaining > 0 && !failed) {
            fail(new LayoutFailure(viewOf(inFlight.get(worker)), 'exited', String(code)));
          }
        });
        sendNext(worker);
      }
    });
  } finally {
    for (const timer of timers.values()) clearTimeout(timer);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
