// The parser's rules built once (syntax/rules-built-once.ts) read every text as Langium's own
// builder has it read: the same syntax tree, the same concrete syntax tree, the same errors — on
// the conformance examples, the Mongolia example, a text with every construct, broken texts, and
// random texts and mutations. A grammar that passes rule arguments is left to Langium's builder.
import fc from 'fast-check';
import {
  CstUtils,
  EmptyFileSystem,
  LangiumParser,
  createParser,
  isLeafCstNode,
  isReference,
  type AstNode,
  type ParseResult,
} from 'langium';
import { createServicesForGrammar } from 'langium/grammar';
import { describe, expect, it } from 'vitest';
import { conformanceEntries, EVERY_CONSTRUCT, geaFilesIn, MONGOLIA_EXAMPLE, mutate, mutation, tokenText } from '@gea-arch/fixtures';
import { createGeaCoreServices } from '../src/index.js';
import { createGeaParser, GeaParser } from '../src/syntax/parser.js';
import { defineRulesBuiltOnce } from '../src/syntax/rules-built-once.js';

const { gea } = createGeaCoreServices(EmptyFileSystem, { locale: 'en' });
const facts = () => gea.syntax.GrammarFacts;
// Without the gates on a keyword that starts a line (line-start-keywords.ts), which Langium's builder
// has no way to be given: they are tested where they are used (syntax-errors.test.ts).
const builtOnce = (() => {
  const parser = new GeaParser(gea, facts);
  defineRulesBuiltOnce(gea.Grammar, parser, gea.parser.Lexer.definition);
  parser.finalize();
  return parser;
})();
const gated = createGeaParser(gea, facts);
const langiumBuilt = (() => {
  const parser = new GeaParser(gea, facts);
  createParser(gea.Grammar, parser, gea.parser.Lexer.definition);
  parser.finalize();
  return parser;
})();

/** Everything a parse says, as text: the tree (references by what they say), every CST node, the errors. */
function described(result: ParseResult<AstNode>) {
  const tree = JSON.stringify(result.value, (key, value: unknown) => {
    if (key === '$container' || key === '$cstNode' || key === '$document') return undefined;
    return isReference(value) ? `→ ${value.$refText}` : value;
  });
  const cst = [...CstUtils.streamCst(result.value.$cstNode!)].map(
    (node) =>
      `${node.offset}+${node.length} ${node.grammarSource?.$type ?? ''} ${isLeafCstNode(node) ? node.tokenType.name : ''} ${node.hidden} ${node.astNode.$type}`,
  );
  return {
    tree,
    cst,
    parserErrors: result.parserErrors.map((error) => `${error.token.startOffset} ${error.name} ${error.message}`),
    lexerErrors: result.lexerErrors.map((error) => `${error.offset} ${error.message}`),
  };
}

function expectSameReading(text: string): void {
  expect(described(builtOnce.parse(text))).toEqual(described(langiumBuilt.parse(text)));
}

const BROKEN = [
  'agency a "А" { kind agency\nsystem s "С" { owner a masters }',
  'data d { fields { id: , name: strin } }',
  'interface api { provider nowhere.at.all operation { output } }',
  'systen s { ownr a }',
  'plateau p { date 2026-02-31 } plateau',
  '}}}{{{ "unclosed',
];

describe('rules built once', () => {
  it('are what gea parses with', () => {
    expect(defineRulesBuiltOnce(gea.Grammar, new GeaParser(gea, facts), gea.parser.Lexer.definition)).toBe(true);
  });

  it('read the conformance examples, the Mongolia example and every construct as Langium’s builder does', () => {
    const texts = [
      ...conformanceEntries().flatMap((entry) => Object.values(entry.sources)),
      ...Object.values(geaFilesIn(MONGOLIA_EXAMPLE)),
      EVERY_CONSTRUCT,
    ];
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) expectSameReading(text);
    // A keyword starts a line in none of them where a value is expected: the gates change nothing.
    for (const text of texts) expect(described(gated.parse(text))).toEqual(described(langiumBuilt.parse(text)));
  });

  it('read broken texts, with the same errors and the same recovered trees', () => {
    for (const text of BROKEN) {
      expect(builtOnce.parse(text).parserErrors.length + builtOnce.parse(text).lexerErrors.length).toBeGreaterThan(0);
      expectSameReading(text);
    }
  });

  it('read random texts and random mutations of the examples as Langium’s builder does', () => {
    const examples = conformanceEntries().flatMap((entry) => Object.values(entry.sources));
    fc.assert(
      fc.property(tokenText, (text) => expectSameReading(text)),
      { numRuns: 150, seed: 16 },
    );
    fc.assert(
      fc.property(fc.nat(examples.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, mutations) =>
        expectSameReading(mutate(examples[index]!, mutations)),
      ),
      { numRuns: 150, seed: 16 },
    );
  });

  it('are not built for a grammar whose rules take arguments: Langium’s builder is left to build those', async () => {
    const withArguments = await createServicesForGrammar({
      grammar: `grammar G
        entry Model: items+=Item<true>*;
        Item<named>: <named> name=ID | value=INT;
        hidden terminal WS: /\\s+/;
        terminal ID: /[a-z]+/;
        terminal INT returns number: /[0-9]+/;`,
    });
    expect(defineRulesBuiltOnce(withArguments.Grammar, new LangiumParser(withArguments), withArguments.parser.Lexer.definition)).toBe(
      false,
    );
    const without = await createServicesForGrammar({
      grammar: `grammar G
        entry Model: items+=Item*;
        Item: 'item' name=ID ('=' value=INT)? | {infer Note} 'note' text=ID+;
        hidden terminal WS: /\\s+/;
        terminal ID: /[a-z]+/;
        terminal INT returns number: /[0-9]+/;`,
    });
    const once = new LangiumParser(without);
    expect(defineRulesBuiltOnce(without.Grammar, once, without.parser.Lexer.definition)).toBe(true);
    once.finalize();
    for (const text of ['item a = 1 item b note x y', 'item = note', '']) {
      expect(described(once.parse(text))).toEqual(described(without.parser.LangiumParser.parse(text)));
    }
  });
});
