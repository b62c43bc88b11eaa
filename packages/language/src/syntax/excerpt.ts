// Source text quoted in a message: cut to a readable length, with control characters escaped,
// so neither a 1 MB line nor a NUL or ESC byte ever lands in a finding.
import { printableCharacter } from '@gea-arch/core';

export const EXCERPT_LIMIT = 40;

/** `text` as it may appear between backticks in a message. */
export function excerpt(text: string, limit = EXCERPT_LIMIT): string {
  // A code point takes at most two UTF-16 units: slice before splitting a long text.
  const codePoints = Array.from(text.slice(0, 2 * limit + 2));
  const cut = codePoints.length > limit ? [...codePoints.slice(0, limit), '…'] : codePoints;
  return cut.map(printableCharacter).join('');
}

/**
 * The word written at `offset`: the run of characters up to the next space, bracket, comma
 * or quote (`1.0.0`, `2026-1-1`), or the single character there when it is one of those.
 */
export function writtenAt(text: string, offset: number): string {
  const run = /[^\s{}()[\],"]+/y;
  run.lastIndex = offset;
  return run.exec(text)?.[0] ?? text.slice(offset, offset + 1);
}
