// Two lexer details that Langium's defaults get wrong for a Unicode identifier (`\p{L}` needs the
// regex `u` flag, and Langium turns such terminals into pattern functions):
// - Keywords need the identifier token as their "longer alternative", so that `dataset` lexes as
//   one name rather than the keyword `data` and `set`. Langium finds it by testing the terminal's
//   regex without its flags; we test the grammar's own regexes with theirs.
// - Chevrotain cannot see which characters start a pattern function, and then disables its
//   first-character optimisation for the whole lexer, trying every keyword at every position.
//   We give those terminals their start characters.
// It also adds, after every token of the grammar, the token types of error-tokens.ts.
import { DefaultTokenBuilder, type GrammarAST, type TokenBuilderOptions } from 'langium';
import type { TokenType, TokenVocabulary } from 'chevrotain';
import { GeaTerminals } from '../generated/ast.js';
import { errorTokenTypes } from './error-tokens.js';

const TERMINALS: Record<string, RegExp> = GeaTerminals;

const DIGITS = [...'0123456789'];

/** Every UTF-16 code unit that can start an identifier: letters, `_`, and high surrogates (astral letters). */
function identifierStartChars(): number[] {
  const starts: number[] = [];
  const start = /^[\p{L}_]$/u;
  for (let code = 0; code < 0xd800; code++) if (start.test(String.fromCharCode(code))) starts.push(code);
  for (let code = 0xd800; code <= 0xdbff; code++) starts.push(code);
  for (let code = 0xe000; code <= 0xffff; code++) if (start.test(String.fromCharCode(code))) starts.push(code);
  return starts;
}

const START_CHARS: Record<string, () => Array<string | number>> = {
  ID: identifierStartChars,
  INT: () => DIGITS,
  RATE: () => DIGITS,
  DURATION: () => DIGITS,
};

export class GeaTokenBuilder extends DefaultTokenBuilder {
  override buildTokens(grammar: GrammarAST.Grammar, options?: TokenBuilderOptions): TokenVocabulary {
    const tokens = super.buildTokens(grammar, options);
    if (!Array.isArray(tokens)) throw new Error('expected the grammar to build a token list');
    return [...tokens, ...errorTokenTypes({ patternOf: (regex) => this.regexPatternFunction(regex) })];
  }

  protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
    const token = super.buildTerminalToken(terminal);
    const hint = START_CHARS[terminal.name];
    if (typeof token.PATTERN === 'function' && hint) {
      token.START_CHARS_HINT = hint();
      token.LINE_BREAKS = false;
    }
    return token;
  }

  protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
    return terminalTokens.filter((token) => {
      const pattern = TERMINALS[token.name];
      return pattern !== undefined && new RegExp(`^(?:${pattern.source})$`, pattern.flags).test(keyword.value);
    });
  }
}
