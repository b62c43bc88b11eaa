// A layout the pool could not get from a worker thread: the view it was laying out and what went
// wrong, so the build can say it in the reader's words instead of a stack trace.

/** Silent: no answer within the timeout; crashed: the thread threw; exited: it stopped; failed: the layout threw. */
export type LayoutFailureKind = 'silent' | 'crashed' | 'exited' | 'failed';

export class LayoutFailure extends Error {
  constructor(
    /** The view being laid out, when one was. */
    readonly view: string | undefined,
    readonly kind: LayoutFailureKind,
    /** The thread's error message, its exit code, or the timeout in seconds. */
    readonly detail: string,
  ) {
    super(`laying out ${view === undefined ? 'no view' : `view '${view}'`}: ${kind}: ${detail}`);
    this.name = 'LayoutFailure';
  }
}
