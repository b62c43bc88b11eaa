// Token types for the usual lexical slips, tried only where no token of the grammar matches,
// so that each slip becomes one clear error instead of a lexer error and a cascade after it:
// a string or block comment left open, a number the language has no literal for (`1.0`).
import type { TokenType } from 'chevrotain';

/** `"…` with no closing quote before the end of the line. The lexer reports it and passes it on as a STRING. */
export const UNCLOSED_STRING = 'UNCLOSED_STRING';
/** `/*` with no closing `*\/` before the end of the file. The lexer reports it and passes it on as a comment. */
export const UNCLOSED_COMMENT = 'UNCLOSED_COMMENT';
/** A word that starts with a digit but is no literal (`1.0`, `2026-1-1`, `10years`); no rule accepts it. */
export const MALFORMED_LITERAL = 'MALFORMED_LITERAL';

const DIGITS = [...'0123456789'];

export interface ErrorTokenPatterns {
  /** Builds a chevrotain pattern for a regex with flags chevrotain cannot read (`u`). */
  readonly patternOf: (regex: RegExp) => TokenType['PATTERN'];
}

export function errorTokenTypes({ patternOf }: ErrorTokenPatterns): TokenType[] {
  return [
    { name: UNCLOSED_STRING, PATTERN: /"[^"\\\r\n]*(?:\\[^\r\n][^"\\\r\n]*)*\\?/, LINE_BREAKS: false },
    { name: UNCLOSED_COMMENT, PATTERN: /\/\*[\s\S]*/, GROUP: 'hidden', LINE_BREAKS: true },
    {
      name: MALFORMED_LITERAL,
      PATTERN: patternOf(/[0-9][\p{L}\p{N}_.:/%+-]*/u),
      START_CHARS_HINT: DIGITS,
      LINE_BREAKS: false,
    },
  ];
}
