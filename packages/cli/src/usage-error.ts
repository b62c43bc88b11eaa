// A mistake in how the command was called; exit code 2. It keeps how to say itself, so the CLI
// says it in the locale its reader chose.
import type { Saying } from '@gea-arch/compiler';
import { wordsFor } from '@gea-arch/core/words';

export class UsageError extends Error {
  /** The message in any locale's words. */
  declare readonly say: Saying;

  constructor(message: string | Saying) {
    const saying: Saying = typeof message === 'string' ? () => message : message;
    super(saying(wordsFor(undefined)));
    this.name = 'UsageError';
    // Not enumerable: two errors that say the same thing still compare equal.
    Object.defineProperty(this, 'say', { value: saying });
  }
}
