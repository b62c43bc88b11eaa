// Drops the syntax errors that only follow from an earlier one, so one mistake is one finding:
// a second error at the same token or the token right after, a missing or extra `}` after an
// earlier error when the braces of the file balance (the parser's recovery lost count), and
// anything expected at the end of a file that an unclosed comment runs to.
import type { ILexingError, IRecognitionException, IToken } from 'chevrotain';
import type { Explanation } from './explain-error.js';
import { isUnclosedError } from './lexer.js';

export interface ExplainedError {
  readonly error: IRecognitionException;
  readonly explanation: Explanation;
}

const OPENER_OF: Record<string, string> = { '}': '{', ')': '(' };

/** The errors worth reporting, in source order. */
export function withoutCascades(
  errors: readonly ExplainedError[],
  lexerErrors: readonly ILexingError[],
  tokens: readonly IToken[],
  text: string,
): ExplainedError[] {
  const offsetOf = (entry: ExplainedError) => (entry.error.token.startOffset >= 0 ? entry.error.token.startOffset : text.length);
  const sorted = [...errors].sort((a, b) => offsetOf(a) - offsetOf(b));
  const unclosedComment = lexerErrors.some((error) => isUnclosedError(error) && error.unclosed === 'comment');
  const firstLexerError = lexerErrors.reduce((first, error) => Math.min(first, error.offset), Infinity);
  const balances = new Map<string, number>();
  const balanceOf = (closer: string): number => {
    if (!balances.has(closer)) balances.set(closer, balance(closer, lexerErrors, tokens, text));
    return balances.get(closer)!;
  };
  const kept: ExplainedError[] = [];
  const seenOffsets = new Set<number>();
  const startOffsets = tokens.map((token) => token.startOffset);
  for (const entry of sorted) {
    const offset = offsetOf(entry);
    if (seenOffsets.has(offset)) continue;
    const last = kept.at(-1);
    if (last && offsetOf(last) < text.length && nextStart(startOffsets, offsetOf(last)) === offset) continue;
    if (unclosedComment && offset === text.length) continue;
    const braces = entry.explanation.braces;
    const followsAnError = kept.length > 0 || firstLexerError < offset;
    if (braces && followsAnError) {
      const open = balanceOf(braces.closer);
      if (braces.is === 'missing' ? open <= 0 : open >= 0) continue;
    }
    seenOffsets.add(offset);
    kept.push(entry);
  }
  return kept;
}

/**
 * Openers minus closers of one kind, counting those an unclosed string or comment swallowed as
 * written: the balance of the file as its author meant it.
 */
function balance(closer: string, lexerErrors: readonly ILexingError[], tokens: readonly IToken[], text: string): number {
  const opener = OPENER_OF[closer]!;
  let count = 0;
  for (const token of tokens) {
    if (token.image === opener && token.tokenType.name === opener) count++;
    else if (token.image === closer && token.tokenType.name === closer) count--;
  }
  for (const error of lexerErrors) {
    if (!isUnclosedError(error)) continue;
    const swallowed = error.unclosed === 'comment' ? text.slice(error.offset) : text.slice(error.offset, error.offset + error.length);
    for (const char of swallowed) {
      if (char === opener) count++;
      else if (char === closer) count--;
    }
  }
  return count;
}

/** Start of the token after the one starting at `offset` (the end of the text: `Infinity`). */
function nextStart(startOffsets: readonly number[], offset: number): number {
  let low = 0;
  let high = startOffsets.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (startOffsets[middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  return startOffsets[low] ?? Infinity;
}
