// What an emitter made is held until its section is staged, and is garbage from then on: the specs
// and the site are hundreds of megabytes of text at national scale. Left to V8 it stays until the
// heap reaches its next limit, while the drawing threads' pictures come on top of it: a build that
// drew every picture again peaked at 1.8 GiB. Collected as soon as the section is staged, while
// other work goes on, the peak is what is still in use (decision 0030).
import { getHeapStatistics } from 'node:v8';
import { collectGarbage } from '@gea-arch/diagrams/node/collect-garbage';

/** How a build reads and collects its heap (tests pass one that counts). */
export interface BuildHeap {
  /** Bytes of this thread's heap in use, garbage included. */
  used(): number;
  collect(): void;
  /** Bytes a section must make for its garbage to be collected; COLLECT_AFTER_MAKING_BYTES unless said. */
  readonly afterMaking?: number;
}

export const V8_HEAP: BuildHeap = {
  used: () => getHeapStatistics().used_heap_size,
  collect: collectGarbage,
};

/**
 * Below this much heap in use a collection frees too little to matter, and a full collection
 * costs a third of a second at national scale all the same.
 */
export const COLLECT_FROM_HEAP_BYTES = 512 * 1024 ** 2;

/**
 * A section that made less than this (a build after a small edit keeps most files in place) leaves
 * little garbage of its own: what is left is V8's to collect when it needs to, as four collections
 * after such sections cost 0.8 s of a 23 s build at L.
 */
export const COLLECT_AFTER_MAKING_BYTES = 32 * 1024 ** 2;

/**
 * Collects once a section is staged, when more is to come (a section to make or to stage), the
 * section made much (`made` bytes) and the heap is large; the last staging to end has nothing after
 * it to make room for.
 */
export function collectAfterStaging(heap: BuildHeap, moreToCome: boolean, made: number): void {
  const worthIt = made >= (heap.afterMaking ?? COLLECT_AFTER_MAKING_BYTES);
  if (moreToCome && worthIt && heap.used() >= COLLECT_FROM_HEAP_BYTES) heap.collect();
}
