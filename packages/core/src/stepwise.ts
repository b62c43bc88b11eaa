// Computations done a step at a time (generators that yield between steps), so that the language
// server can let edits in between them; the command line runs them to their end.

/** What a stepwise computation returns, run to its end. */
export function finished<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
