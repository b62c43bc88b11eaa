// A layout the pool could not get from a worker thread (or from its cache file): the view and what
// went wrong, so the build can say it in the reader's words instead of a stack trace.

/**
 * Silent: no answer within the timeout; crashed: the thread threw; exited: it stopped; failed: the
 * layout threw; damaged: its cache file changed after the build chose to read it (lazy-layout.ts).
 */
export type LayoutFailureKind = 'silent' | 'crashed' | 'exited' | 'failed' | 'damaged';

export class LayoutFailure extends Error {
  constructor(
    /** The view being laid out, when one was. */
    readonly view: string | undefined,
    readonly kind: LayoutFailureKind,
    /** The thread's error message, its exit code, the timeout in seconds, or the damaged cache file. */
    readonly detail: string,
  ) {
    super(`laying out ${view === undefined ? 'no view' : `view '${view}'`}: ${kind}: ${detail}`);
    this.name = 'LayoutFailure';
  }
}
