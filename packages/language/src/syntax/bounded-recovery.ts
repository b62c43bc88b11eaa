// Chevrotain recovers from an error inside a repetition by calling the repetition again from
// within itself, so each error in a row nests the parse one level deeper: a block of a few thousand
// errors (a file of `system s { owner` lines) ran out of stack. Where the stack ran out decided
// what Langium's half-built tree looked like after it, and now and then the parse failed with a
// TypeError instead. Recovery is given up at a fixed depth, well inside the stack, with an error of
// its own that leaves Langium's tree as any thrown error does (every node popped in turn).

/** Thrown when the errors in a row pass the depth at which recovery is given up. */
export class RecoveryTooDeep extends Error {
  constructor(readonly depth: number) {
    super(`more than ${depth} syntax errors in a row`);
  }
}

/** Errors in a row recovered from; a text with more stops at its first (parser.ts). */
export const MAX_RECOVERY_DEPTH = 200;

/** Chevrotain's `tryInRepetitionRecovery`, called when an error in a repetition is recovered from. */
type Recover = (this: unknown, grammarRule: unknown, args: unknown, lookahead: unknown, expected: unknown) => void;

/**
 * Bounds the in-repetition recovery of a Chevrotain parser (`wrapper`): its
 * `tryInRepetitionRecovery` skips to where the repetition can go on and calls the repetition again
 * from there, and is called only for an error, so counting its depth costs an error-free parse
 * nothing.
 */
export function boundRepetitionRecovery(wrapper: object, limit = MAX_RECOVERY_DEPTH): void {
  const target = wrapper as { tryInRepetitionRecovery: Recover };
  const recover = target.tryInRepetitionRecovery;
  let depth = 0;
  target.tryInRepetitionRecovery = function (this: unknown, grammarRule, args, lookahead, expected) {
    if (depth >= limit) throw new RecoveryTooDeep(limit);
    depth++;
    try {
      recover.call(this, grammarRule, args, lookahead, expected);
    } finally {
      depth--;
    }
  };
}
