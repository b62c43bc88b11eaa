// Drops the syntax errors that only follow from an earlier one, so one mistake is one finding:
// a second error at the same token or the token right after, a missing or extra `}` after an
// earlier error when the braces the errors kept so far have not explained balance (the parser's
// recovery lost count), and anything expected at the end of a file that an unclosed comment runs
// to. A `}` that closes nothing however the file is read is never a follow-on, and a block left
// open after it is a mistake of its own: both are kept (decision 0069).
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
  // Openers minus closers not yet explained by a kept error: each kept missing closer explains one
  // opener, each kept extra one a closer.
  const unexplained = new Map<string, number>();
  const unexplainedOf = (closer: string): number => {
    if (!unexplained.has(closer)) unexplained.set(closer, balance(closer, lexerErrors, tokens, text));
    return unexplained.get(closer)!;
  };
  const strays = new Map<string, ReadonlySet<number>>();
  const isStray = (closer: string, offset: number): boolean => {
    if (!strays.has(closer)) strays.set(closer, strayClosers(closer, lexerErrors, tokens));
    return strays.get(closer)!.has(offset);
  };
  const kept: ExplainedError[] = [];
  const seenOffsets = new Set<number>();
  const startOffsets = tokens.map((token) => token.startOffset);
  for (const entry of sorted) {
    const offset = offsetOf(entry);
    if (seenOffsets.has(offset)) continue;
    const braces = entry.explanation.braces;
    const stray = braces?.is === 'extra' && isStray(braces.closer, offset);
    const last = kept.at(-1);
    if (!stray && last && offsetOf(last) < text.length && nextStart(startOffsets, offsetOf(last)) === offset) continue;
    if (unclosedComment && offset === text.length) continue;
    const followsAnError = kept.length > 0 || firstLexerError < offset;
    if (braces) {
      const open = unexplainedOf(braces.closer);
      if (!stray && followsAnError && (braces.is === 'missing' ? open <= 0 : open >= 0)) continue;
      unexplained.set(braces.closer, braces.is === 'missing' ? open - 1 : open + 1);
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

/**
 * Offsets of the closers of one kind that close nothing, however the file is read: those met with
 * no opener before them left open, an unclosed string's swallowed openers counted as written.
 */
function strayClosers(closer: string, lexerErrors: readonly ILexingError[], tokens: readonly IToken[]): ReadonlySet<number> {
  const opener = OPENER_OF[closer]!;
  const unclosedStrings = new Set(
    lexerErrors.filter((error) => isUnclosedError(error) && error.unclosed === 'string').map((error) => error.offset),
  );
  const found = new Set<number>();
  let depth = 0;
  for (const token of tokens) {
    if (token.image === opener && token.tokenType.name === opener) depth++;
    else if (token.image === closer && token.tokenType.name === closer) {
      if (depth === 0) found.add(token.startOffset);
      else depth--;
    } else if (unclosedStrings.has(token.startOffset)) {
      for (const char of token.image) {
        if (char === opener) depth++;
        else if (char === closer && depth > 0) depth--;
      }
    }
  }
  return found;
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
