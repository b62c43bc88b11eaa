// A full garbage collection on demand, for a thread that knows much of its heap has just become
// garbage: V8, left alone, keeps it until the heap reaches its next limit, and meanwhile grows.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/** Collects garbage now (V8's `gc`, exposed on first use). */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
