// Every keyword and punctuation mark of the grammar, read off the generated grammar (for tools
// that generate or highlight gea text: fuzzers, syntax colouring).
import { AstUtils, GrammarAST } from 'langium';
import { GeaGrammar } from '../generated/grammar.js';

let keywords: readonly string[] | undefined;

/** In a stable order, without repeats: words (`system`, `legal-basis`) and marks (`{`, `,`). */
export function grammarKeywords(): readonly string[] {
  keywords ??= [
    ...new Set(
      AstUtils.streamAllContents(GeaGrammar())
        .filter(GrammarAST.isKeyword)
        .map((keyword) => keyword.value),
    ),
  ].sort();
  return keywords;
}
