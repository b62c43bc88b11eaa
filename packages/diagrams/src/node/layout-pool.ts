// Lays out many views (Node.js only): cached ones are read back, the rest run in worker threads (at
// most one per CPU and one per view, each with its own copy of the fonts), or in this process when
// no compiled worker script is at hand.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ViewGraph } from '@gea-arch/core';
import type { Fonts } from '../fonts/fonts.js';
import { layoutCacheKey, readCachedLayout, writeCachedLayout } from './layout-cache.js';
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
  /** Called after each view is ready, cached or laid out. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Lays out in this process with this function instead (tests watch which views it is called for). */
  readonly layout?: (graph: ViewGraph, fonts: Fonts) => Promise<ViewLayout>;
  /** The compiled worker script; layout-worker.js next to this module by default. */
  readonly workerScript?: URL;
}

export interface LayoutViewsResult {
  /** In the order of the graphs given. */
  readonly layouts: ViewLayout[];
  readonly stats: { readonly laidOut: number; readonly cached: number };
}

const DEFAULT_WORKER_SCRIPT = new URL('./layout-worker.js', import.meta.url);

/** Lays out `graphs`, their text measured with `fonts` (which the workers get a copy of). */
export async function layoutViews(
  graphs: readonly ViewGraph[],
  fonts: Fonts,
  options: LayoutViewsOptions = {},
): Promise<LayoutViewsResult> {
  const { cacheDir, noCache = false } = options;
  const geometries: (LayoutGeometry | undefined)[] = graphs.map(() => undefined);
  const keys = graphs.map((graph) => (cacheDir === undefined ? '' : layoutCacheKey(graph, fonts)));
  let done = 0;
  const finished = (index: number, geometry: LayoutGeometry): void => {
    geometries[index] = geometry;
    done++;
    options.onProgress?.(done, graphs.length);
  };

  const pending: number[] = [];
  graphs.forEach((graph, index) => {
    const cached = cacheDir === undefined || noCache ? undefined : readCachedLayout(cacheDir, keys[index]!, graph);
    if (cached) finished(index, cached);
    else pending.push(index);
  });
  const cachedCount = graphs.length - pending.length;

  const laidOut = (index: number, geometry: LayoutGeometry): void => {
    if (cacheDir !== undefined) writeCachedLayout(cacheDir, keys[index]!, geometry);
    finished(index, geometry);
  };
  const script = options.workerScript ?? DEFAULT_WORKER_SCRIPT;
  const workerCount = Math.min(options.workers ?? availableParallelism(), pending.length);
  if (options.layout === undefined && workerCount > 1 && existsSync(fileURLToPath(script))) {
    await layoutInWorkers(graphs, pending, workerCount, script, { faces: fonts.faces }, laidOut);
  } else {
    const layout = options.layout;
    for (const index of pending) {
      const graph = graphs[index]!;
      laidOut(index, layout ? detachGraph(await layout(graph, fonts)) : await layoutGeometry(graph, fonts));
    }
  }

  return {
    layouts: graphs.map((graph, index) => attachGraph(graph, geometries[index]!)),
    stats: { laidOut: pending.length, cached: cachedCount },
  };
}

/** Hands the pending views out to `workerCount` workers, the next one to whichever finishes first. */
async function layoutInWorkers(
  graphs: readonly ViewGraph[],
  pending: readonly number[],
  workerCount: number,
  script: URL,
  workerData: LayoutWorkerData,
  laidOut: (index: number, geometry: LayoutGeometry) => void,
): Promise<void> {
  const queue = [...pending];
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let remaining = queue.length;
      const sendNext = (worker: Worker): void => {
        const index = queue.shift();
        if (index !== undefined) worker.postMessage({ index, graph: graphs[index]! } satisfies LayoutRequest);
      };
      for (let count = 0; count < workerCount; count++) {
        const worker = new Worker(script, { workerData });
        workers.push(worker);
        worker.on('message', (reply: LayoutReply) => {
          if ('error' in reply) {
            reject(new Error(`laying out view '${graphs[reply.index]!.id}': ${reply.error}`));
            return;
          }
          try {
            laidOut(reply.index, reply.geometry);
          } catch (error) {
            reject(error);
            return;
          }
          remaining--;
          if (remaining === 0) resolve();
          else sendNext(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (remaining > 0) reject(new Error(`a layout worker stopped (exit code ${code}) with ${remaining} views left`));
        });
        sendNext(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
