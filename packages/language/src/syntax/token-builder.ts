// Keywords need the identifier token as their "longer alternative", so that `dataset` lexes as
// one name rather than the keyword `data` and `set`. Langium finds that alternative by testing the
// terminal's regex without its flags (and Unicode terminals become pattern functions), which
// misses our identifier (`\p{L}` needs the `u` flag). We test the grammar's own regexes instead.
import { DefaultTokenBuilder, type GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';
import { GeaTerminals } from '../generated/ast.js';

const TERMINALS: Record<string, RegExp> = GeaTerminals;

export class GeaTokenBuilder extends DefaultTokenBuilder {
  protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
    return terminalTokens.filter((token) => {
      const pattern = TERMINALS[token.name];
      return pattern !== undefined && new RegExp(`^(?:${pattern.source})$`, pattern.flags).test(keyword.value);
    });
  }
}
