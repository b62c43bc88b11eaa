// Token types for the usual lexical slips, tried only where no token of the grammar matches,
// so that each slip becomes one clear error instead of a lexer error and a cascade after it:
// a string or block comment left open, a number the language has no literal for (`1.0`), a word
// that ends with `-` (`cross-agency-` before a space).
import { Lexer, type TokenType } from 'chevrotain';

/** `"…` with no closing quote before the end of the line. The lexer reports it and passes it on as a STRING. */
export const UNCLOSED_STRING = 'UNCLOSED_STRING';
/** `/*` with no closing `*\/` before the end of the file. The lexer reports it and passes it on as a comment. */
export const UNCLOSED_COMMENT = 'UNCLOSED_COMMENT';
/** A word that starts with a digit but is no literal (`1.0`, `2026-1-1`, `10years`); no rule accepts it. */
export const MALFORMED_LITERAL = 'MALFORMED_LITERAL';

/**
 * A `-` right after a word and before a space (`rule cross-agency- on a`): never a word joined to
 * the next (decision 0064). No pattern makes it: the lexer retypes such a `-`, so that no rule
 * accepts it and the word before it ends there.
 */
export const TRAILING_DASH = 'TRAILING_DASH';

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
    { name: TRAILING_DASH, PATTERN: Lexer.NA },
  ];
}
