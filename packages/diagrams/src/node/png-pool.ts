// PNGs drawn in worker threads (Node.js only): rasterising a national model's views is minutes of
// work for one thread, and the build's other work waits on it. At most one worker per CPU, started
// when the first picture is asked for and stopped once none has been asked for a moment; in this
// process when no compiled worker script is at hand (tests run from the sources) or one worker is asked for.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { renderPng, type PngOptions } from './render-png.js';
import { keepFreedDrawingMemory } from './resvg.js';
import type { PngReply, PngRequest } from './png-worker.js';

export interface PngPoolOptions {
  /** Most worker threads; os.availableParallelism() by default. */
  readonly workers?: number;
  /** The compiled worker script; png-worker.js next to this module by default. */
  readonly workerScript?: URL;
  /** How long the workers stay once idle (ms). */
  readonly idleMs?: number;
}

interface Job {
  readonly request: PngRequest;
  readonly resolve: (png: Uint8Array) => void;
  readonly reject: (error: Error) => void;
}

const DEFAULT_WORKER_SCRIPT = new URL('./png-worker.js', import.meta.url);

export class PngPool {
  private readonly size: number;
  private readonly script: URL;
  private readonly idleMs: number;
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private nextId = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: PngPoolOptions = {}) {
    this.script = options.workerScript ?? DEFAULT_WORKER_SCRIPT;
    this.size = existsSync(fileURLToPath(this.script)) ? Math.max(1, options.workers ?? availableParallelism()) : 1;
    this.idleMs = options.idleMs ?? 500;
  }

  /** How many worker threads are running. */
  get running(): number {
    return this.idle.length + this.busy.size;
  }

  /** `svg` as a PNG, drawn as `renderPng` draws it. */
  render(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
    if (this.size === 1) return Promise.resolve().then(() => renderPng(svg, options));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, svg, options }, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops the workers now (a picture still being drawn is rejected). */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    for (const [, job] of this.busy) job.reject(new Error('the PNG pool was closed'));
    this.busy.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    clearTimeout(this.idleTimer);
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.busy.size < this.size ? this.start() : undefined);
      if (!worker) return;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      // Held while drawing (the build awaits it), let go when idle.
      worker.ref();
      worker.postMessage(job.request);
    }
    if (this.busy.size === 0) this.idleTimer = setTimeout(() => void this.close(), this.idleMs).unref();
  }

  private start(): Worker {
    keepFreedDrawingMemory();
    const worker = new Worker(this.script);
    worker.on('message', (reply: PngReply) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      worker.unref();
      if (job) {
        if ('error' in reply) job.reject(new Error(reply.error));
        else job.resolve(reply.png);
      }
      this.dispatch();
    });
    worker.on('error', (error) => this.lose(worker, error));
    worker.on('exit', (code) => this.lose(worker, new Error(`the PNG worker exited with code ${code}`)));
    return worker;
  }

  /** A worker that crashed: its picture fails, the others go on with a new worker. */
  private lose(worker: Worker, error: Error): void {
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    const idleAt = this.idle.indexOf(worker);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    job?.reject(error);
    if (this.queue.length > 0) this.dispatch();
  }
}
