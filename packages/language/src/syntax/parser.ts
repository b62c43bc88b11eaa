// The parser: Langium's, with every syntax error explained (explain-error.ts) and its follow-on
// errors dropped (cascade.ts). Where a misspelt keyword has one clear meaning (`systen`, `ownr`),
// it parses again reading the word as that keyword, so the declaration and what refers to it
// still link, and the misspelling stays the one finding. A parsed tree's nodes are linked to their
// containers by the walk that lists its references (tree-references.ts), not by Langium's
// `linkContentToContainer`, whose `Object.entries` made a fifth of the parse's garbage, its
// nodes are finished with defaults looked up once per type (node-construction.ts), and each token
// is consumed without Langium's per-token lookups.
import {
  createParser,
  DatatypeSymbol,
  LangiumParser,
  type AstNode,
  type CstNode,
  GrammarAST,
  type LangiumCoreServices,
  type LexerResult,
  type ParseResult,
  type ParserOptions,
} from 'langium';
import type { IRecognitionException, IToken, TokenType } from 'chevrotain';
import { withoutCascades, type ExplainedError } from './cascade.js';
import { BatchCstNodeBuilder } from './batch-cst-node-builder.js';
import { boundRepetitionRecovery } from './bounded-recovery.js';
import { referencesToTokens } from './compact-syntax-tree.js';
import { defineRulesBuiltOnce } from './rules-built-once.js';
import { explainParserError, type ErrorSite } from './explain-error.js';
import type { GrammarFacts } from './grammar-facts.js';
import { GeaLexer } from './lexer.js';
import { lineStartGates } from './line-start-keywords.js';
import { assignWithoutOverride, PropertyDefaults } from './node-construction.js';
import { ParserErrorRecorder } from './parser-error-recorder.js';
import { linkTreeAndListReferences } from '../scoping/tree-references.js';

/** What Langium 4.4's `LangiumParser.parse`, `construct` and `consume` use of the parser's private parts. */
interface LangiumParserInternals {
  nodeBuilder: {
    buildRootNode(input: string): unknown;
    addHiddenNodes(tokens: IToken[]): void;
    buildLeafNode(token: IToken, feature: GrammarAST.AbstractElement): CstNode;
    construct(node: object): void;
  };
  lexerResult: LexerResult | undefined;
  readonly current: BuiltNode;
  isValidToken(token: IToken): boolean;
  extractHiddenTokens(token: IToken): IToken[];
  getAssignment(feature: GrammarAST.AbstractElement): FeatureAssignment;
  assignmentMap: Map<GrammarAST.AbstractElement, FeatureAssignment>;
  assign(operator: string, feature: string, value: unknown, cstNode: CstNode, crossRef: FeatureAssignment['crossRef']): void;
  doParse(rule: unknown): AstNode;
  stack: BuiltNode[];
  converter: { convert(text: unknown, cstNode: unknown): unknown };
  operatorPrecedence: Map<string, unknown>;
  constructInfix(node: BuiltNode, precedence: unknown): unknown;
  construct(): unknown;
  assignWithoutOverride(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown>;
}

/** The assignment a grammar element is written in, as Langium's parser keeps it. */
interface FeatureAssignment {
  readonly assignment: GrammarAST.Assignment | undefined;
  readonly crossRef: 'single' | 'multi' | undefined;
}

/** A node Langium's parser is building: an AST node, a data type rule's text, or an infix rule's parts. */
type BuiltNode = { $type: string | symbol; $cstNode?: unknown; $infixName?: string; value?: unknown };

/** Parses again at most this often per document, one repaired keyword each time. */
const MAX_REPAIRS = 10;
/** A text with more errors than this is no near miss: it is not worth parsing again. */
const MAX_ERRORS_TO_REPAIR = 20;

export class GeaParser extends LangiumParser {
  private readonly recorder: ParserErrorRecorder;
  private readonly geaLexer: GeaLexer;
  /** This parser's parts that Langium keeps private, which `parseOnce` uses as Langium's `parse` does. */
  private readonly internals = this as unknown as LangiumParserInternals;
  /** Langium's builder of syntax trees. */
  private readonly plainBuilder: LangiumParserInternals['nodeBuilder'];
  /** The builder of a batch's compact trees. */
  private readonly batchBuilder = new BatchCstNodeBuilder();
  private readonly defaults: PropertyDefaults;

  /**
   * `facts` is asked for only when a text has syntax errors: working them out takes a start-up a
   * tenth longer. `compact` trees are made smaller as they are parsed (batch-cst-node-builder.ts).
   */
  constructor(
    services: LangiumCoreServices,
    private readonly facts: () => GrammarFacts,
    private readonly compact = false,
  ) {
    super(services);
    const recorder = services.parser.ParserErrorMessageProvider;
    const lexer = services.parser.Lexer;
    if (!(recorder instanceof ParserErrorRecorder) || !(lexer instanceof GeaLexer)) {
      throw new Error('GeaParser needs the ParserErrorRecorder and the GeaLexer services');
    }
    this.recorder = recorder;
    this.geaLexer = lexer;
    this.plainBuilder = this.internals.nodeBuilder;
    this.defaults = new PropertyDefaults(services.shared.AstReflection);
    // Langium's own, but for what they look up per node (node-construction.ts).
    this.internals.construct = () => this.finishNode();
    this.internals.assignWithoutOverride = assignWithoutOverride;
    boundRepetitionRecovery(this.wrapper);
  }

  /** The Chevrotain parser the rules are defined in. */
  get chevrotain(): object {
    return this.wrapper;
  }

  override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
    const result = this.parseOrStop<T>(input, options);
    if (this.compact) referencesToTokens(result.value);
    return result;
  }

  /**
   * A block with more syntax errors in a row than recovery is allowed (bounded-recovery.ts) is
   * parsed again without recovery: it stops at its first error, which is reported. So is a text
   * whose recovery failed in any other way: running out of stack (a smaller stack than Node's
   * default) leaves Langium's half-built tree unbalanced, and what fails after that is a TypeError
   * as often as the RangeError itself. A parse without recovery that fails throws as it is.
   */
  private parseOrStop<T extends AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
    try {
      return this.parseExplained<T>(input, options);
    } catch {
      // What Langium was building when the parse gave up; it would be taken for the next text's.
      this.internals.stack.length = 0;
      const wrapper = this.wrapper as unknown as { recoveryEnabled: boolean; attemptInRepetitionRecovery: unknown };
      const recovery = wrapper.attemptInRepetitionRecovery;
      wrapper.recoveryEnabled = false;
      // The parser's own no-op, which Chevrotain replaces on the instance when recovery is on.
      delete (wrapper as { attemptInRepetitionRecovery?: unknown }).attemptInRepetitionRecovery;
      try {
        const result = this.parseExplained<T>(input, options);
        const [first] = result.parserErrors;
        if (first) first.message += this.recorder.messages.readNoFurther();
        return result;
      } finally {
        this.internals.stack.length = 0;
        wrapper.recoveryEnabled = true;
        wrapper.attemptInRepetitionRecovery = recovery;
      }
    }
  }

  private parseExplained<T extends AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
    const retyped = new Map<number, TokenType>();
    const joined = new Map<number, number>();
    const repaired: ExplainedError[] = [];
    // A syntax error is explained from the rules whose nodes hold it (explain-error.ts), which a
    // compacted tree no longer has all of: a text with errors is parsed again into Langium's tree.
    let batchTree = this.compact;
    for (;;) {
      this.recorder.clear();
      this.internals.nodeBuilder = batchTree ? this.batchBuilder : this.plainBuilder;
      const result = this.geaLexer.withRetyped(retyped, () => this.parseOnce<T>(input, options), joined);
      if (result.parserErrors.length === 0 && repaired.length === 0) return result;
      if (batchTree) {
        batchTree = false;
        continue;
      }
      const tokens = this.wrapper.input;
      const site: ErrorSite = { text: input, tokens, root: result.value.$cstNode, facts: this.facts(), messages: this.recorder.messages };
      const requests = this.recorder.requestsOf(result.parserErrors);
      const explained = result.parserErrors.map((error, index): ExplainedError => {
        const request = requests[index];
        const fallback = () => (request ? this.recorder.fallbackMessage(request) : error.message);
        return { error, explanation: explainParserError(error, request, site, fallback) };
      });
      const repair =
        retyped.size < MAX_REPAIRS && explained.length <= MAX_ERRORS_TO_REPAIR
          ? explained.find((entry) => entry.explanation.repair && !retyped.has(entry.explanation.repair.offset))
          : undefined;
      const keywordType = repair?.explanation.repair && this.lexer.definition[repair.explanation.repair.keyword];
      if (!repair || !keywordType) {
        const kept = withoutCascades([...repaired, ...explained], result.lexerErrors, tokens, input);
        for (const { error, explanation } of kept) {
          error.message = explanation.message;
          if (explanation.after) reportAfter(error, explanation.after);
        }
        return { ...result, parserErrors: kept.map((entry) => entry.error) };
      }
      const { offset, end } = repair.explanation.repair!;
      retyped.set(offset, keywordType);
      if (end !== undefined) joined.set(offset, end);
      repaired.push(repair);
    }
  }

  /**
   * Langium 4.4's `consume` without its per-token lookups: a keyword told by its type (Langium asks
   * the reflection), the element's assignment looked up once, and no comments moved into the tree
   * before a token when the text has none left (Langium walks up the tree to add none).
   */
  override consume(idx: number, tokenType: TokenType, feature: GrammarAST.AbstractElement): void {
    const token = this.wrapper.wrapConsume(idx, tokenType);
    const internals = this.internals;
    if (this.isRecording() || !internals.isValidToken(token)) return;
    if (internals.lexerResult!.hidden.length > 0) {
      const comments = internals.extractHiddenTokens(token);
      if (comments.length > 0) internals.nodeBuilder.addHiddenNodes(comments);
    }
    const leaf = internals.nodeBuilder.buildLeafNode(token, feature);
    const { assignment, crossRef } = internals.assignmentMap.get(feature) ?? internals.getAssignment(feature);
    // `$type` rather than Langium's `isKeyword`, which asks the reflection about subtypes (a
    // keyword has none).
    const keyword = feature.$type === GrammarAST.Keyword.$type;
    if (assignment) {
      const value = keyword ? token.image : internals.converter.convert(token.image, leaf);
      internals.assign(assignment.operator, assignment.feature, value, leaf, crossRef);
      return;
    }
    const current = internals.current;
    if (current.$type !== DatatypeSymbol) return;
    const text = keyword ? token.image : (internals.converter.convert(token.image, leaf) as { toString(): string }).toString();
    current.value = `${current.value as string}${text}`;
  }

  /** Langium 4.4's `construct`: the node on top of the stack, finished. */
  private finishNode(): unknown {
    if (this.isRecording()) return undefined;
    const internals = this.internals;
    const node = internals.stack.pop()!;
    internals.nodeBuilder.construct(node);
    if ('$infixName' in node) return internals.constructInfix(node, internals.operatorPrecedence.get(node.$infixName!));
    if (node.$type === DatatypeSymbol) return internals.converter.convert(node.value, node.$cstNode);
    this.defaults.assign(node as { $type: string });
    return node;
  }

  /** Langium 4.4's `parse` step for step, the tree linked to its containers by one walk of ours. */
  private parseOnce<T extends AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
    const internals = this.internals;
    internals.nodeBuilder.buildRootNode(input);
    const lexerResult = (internals.lexerResult = this.lexer.tokenize(input));
    this.wrapper.input = lexerResult.tokens;
    const ruleMethod = options.rule ? this.allRules.get(options.rule) : this.mainRule;
    if (!ruleMethod) throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
    const result = internals.doParse(ruleMethod) as T;
    internals.nodeBuilder.addHiddenNodes(lexerResult.hidden);
    this.unorderedGroups.clear();
    internals.lexerResult = undefined;
    linkTreeAndListReferences(result);
    return { value: result, lexerErrors: lexerResult.errors, lexerReport: lexerResult.report, parserErrors: this.wrapper.errors };
  }
}

/**
 * Reports `error` right after `token`: at a token of no length there, which Langium's diagnostics
 * place at the end of the error's previous token, and which the formatter reads the line and column of.
 */
function reportAfter(error: IRecognitionException, token: IToken): void {
  const end = token.endOffset!;
  error.token = { ...token, image: '', startOffset: end + 1, endOffset: end, startLine: token.endLine, startColumn: token.endColumn! + 1 };
  (error as IRecognitionException & { previousToken?: IToken }).previousToken = token;
}

/** Builds the parser from the grammar, as Langium's `createLangiumParser` does. */
export function createGeaParser(services: LangiumCoreServices, facts: () => GrammarFacts, compact = false): GeaParser {
  const parser = new GeaParser(services, facts, compact);
  const tokens = services.parser.Lexer.definition;
  const gates = lineStartGates(services.Grammar, parser.chevrotain);
  if (!defineRulesBuiltOnce(services.Grammar, parser, tokens, gates)) createParser(services.Grammar, parser, tokens);
  parser.finalize();
  return parser;
}
