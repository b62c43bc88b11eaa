// Says what the user meant at one syntax error, from where the parser was (its rule stack), what
// it expected there (the recorded request), the tokens around it and the grammar: an unknown
// property of a block, a misspelt declaration keyword, a keyword without its value, a block
// left open.
import { CstUtils, GrammarAST, type CstNode } from 'langium';
import { EOF, type IRecognitionException, type IToken } from 'chevrotain';
import { closeRuleIds, closestMatches, editDistance } from '@gea-arch/core';
import { TRAILING_DASH } from './error-tokens.js';
import { writtenAt } from './excerpt.js';
import type { BlockFacts, GrammarFacts, ValueShape } from './grammar-facts.js';
import type { SyntaxMessages } from './messages.js';
import type { ErrorRequest } from './parser-error-recorder.js';
import { valueSetOf } from './value-sets.js';

/** The parse an error belongs to. */
export interface ErrorSite {
  readonly text: string;
  /** The tokens the parser read, comments left out. */
  readonly tokens: readonly IToken[];
  readonly root: CstNode | undefined;
  readonly facts: GrammarFacts;
  /** The messages in the locale of the services. */
  readonly messages: SyntaxMessages;
}

export interface Explanation {
  readonly message: string;
  /**
   * What the text surely meant, for the parser to read so and parse again: the token at `offset` as
   * `keyword` (a token type's name: a keyword, or `ID`), with the tokens up to `end` joined to it when given.
   */
  readonly repair?: { readonly offset: number; readonly keyword: string; readonly end?: number };
  /** A `}` or `)` this error says is missing or extra, for the cascade rules (cascade.ts). */
  readonly braces?: { readonly closer: string; readonly is: 'missing' | 'extra' };
  /** The token the error is reported right after: a value left out at the end of its line belongs there, not on the next line. */
  readonly after?: IToken;
}

const CLOSERS = ['}', ')'];

/** The rules whose one name is a locale. */
const LOCALE_RULES = new Set(['NameProperty', 'DescriptionProperty']);

export function explainParserError(
  error: IRecognitionException,
  request: ErrorRequest | undefined,
  site: ErrorSite,
  fallback: () => string,
): Explanation {
  const at = new ErrorPlace(error, request, site);
  const trailingDash = at.trailingDash();
  if (trailingDash !== undefined) return { message: trailingDash };
  const hyphenated = at.hyphenatedName();
  if (hyphenated !== undefined) {
    // Read as the one name it was meant as, so that the declaration and what refers to it still link.
    const end = at.previous!.startOffset + hyphenated.length - 1;
    const message = at.isLocale() ? site.messages.notLocaleCode(hyphenated) : site.messages.hyphenInName(hyphenated);
    return { message, repair: { offset: at.previous!.startOffset, keyword: 'ID', end } };
  }
  const { stack, innermost, facts } = at;
  if (innermost < 0 || (innermost === stack.length - 1 && stack[innermost] === facts.entryRule)) {
    return at.atTopLevel() ?? { message: fallback() };
  }
  const block = facts.block(stack[innermost]!);
  if (block && request?.kind === 'mismatch' && request.expected.name === block.closer) {
    return at.inBlock(block) ?? { message: fallback() };
  }
  return at.inStatement() ?? { message: fallback() };
}

class ErrorPlace {
  readonly facts: GrammarFacts;
  readonly messages: SyntaxMessages;
  /** Rule names from the entry rule to where the error was met. */
  readonly stack: readonly string[];
  /** Index in `stack` of the innermost rule that is not a name or other data type rule. */
  readonly innermost: number;
  readonly found: IToken;
  readonly atEnd: boolean;
  readonly previous: IToken | undefined;
  readonly next: IToken | undefined;

  constructor(
    error: IRecognitionException,
    private readonly request: ErrorRequest | undefined,
    private readonly site: ErrorSite,
  ) {
    this.facts = site.facts;
    this.messages = site.messages;
    this.stack = (error.context?.ruleStack ?? []).map((name) => name.replace(/\u200B$/, ''));
    let innermost = this.stack.length - 1;
    while (innermost >= 0 && this.facts.isDataTypeRule(this.stack[innermost]!)) innermost--;
    this.innermost = innermost;
    this.found = error.token;
    this.atEnd = error.token.tokenType === EOF || !(error.token.startOffset >= 0);
    const index = this.atEnd ? site.tokens.length : tokenIndex(site.tokens, error.token.startOffset);
    this.previous = index > 0 ? site.tokens[index - 1] : undefined;
    this.next = this.atEnd ? undefined : site.tokens[index + 1];
  }

  /** `civil-registry`: a `-` between two words with nothing around it, where gea reads names (LANGUAGE.md: no hyphens). */
  hyphenatedName(): string | undefined {
    const { previous, found, next, site } = this;
    if (this.atEnd || found.image !== '-' || !previous || !next || !this.isWord(previous) || !this.isWord(next)) return undefined;
    if (previous.endOffset! + 1 !== found.startOffset || found.endOffset! + 1 !== next.startOffset) return undefined;
    let written = `${previous.image}-${next.image}`;
    // `a-b-c`: the rest of the name too.
    for (let index = tokenIndex(site.tokens, next.startOffset) + 1; index + 1 < site.tokens.length; index += 2) {
      const [dash, word] = [site.tokens[index]!, site.tokens[index + 1]!];
      if (dash.image !== '-' || !this.isWord(word) || dash.startOffset !== site.tokens[index - 1]!.endOffset! + 1) break;
      if (word.startOffset !== dash.endOffset! + 1) break;
      written += `-${word.image}`;
    }
    return written;
  }

  /**
   * `rule cross-agency-via-platform- on a`: a word that ends with `-` before a space (lexer.ts), the
   * word written up to it, and for a rule id the ids it is close to (decision 0064).
   */
  trailingDash(): string | undefined {
    if (this.atEnd || this.found.tokenType.name !== TRAILING_DASH) return undefined;
    const { tokens } = this.site;
    let first = tokenIndex(tokens, this.found.startOffset) - 1;
    // Back over `a-b-c`: words joined by `-` with nothing around it.
    while (first >= 2 && tokens[first - 1]!.image === '-' && adjoins(tokens[first - 2]!, tokens[first - 1]!, tokens[first]!)) first -= 2;
    const word = this.site.text.slice(tokens[first]!.startOffset, this.found.startOffset);
    const before = tokens[first - 1];
    if (before && this.isKeyword(before) && before.image === 'rule') {
      return this.messages.ruleIdEndsWithDash(`${word}-`, closeRuleIds(word));
    }
    return this.messages.wordEndsWithDash(`${word}-`);
  }

  /** Whether the error is in the locale of `name LOCALE "…"` or `description LOCALE "…"`: the one name there before a string. */
  isLocale(): boolean {
    return LOCALE_RULES.has(this.stack[this.innermost] ?? '');
  }

  /** Between declarations: a misspelt declaration keyword, a property outside any block, a stray `}`. */
  atTopLevel(): Explanation | undefined {
    if (this.atEnd) return undefined;
    const { image } = this.found;
    const declarations = this.facts.declarationKeywords;
    if (CLOSERS.includes(image)) return { message: this.messages.strayCloser(image), braces: { closer: image, is: 'extra' } };
    if (this.isKeyword(this.found)) {
      const message = this.facts.fileHeadKeywords.includes(image)
        ? this.messages.notFirstInFile(image)
        : this.facts.propertyKeywords.has(image)
          ? this.messages.propertyOutsideBlock(image)
          : this.messages.cannotStartDeclaration(image, declarations);
      return { message };
    }
    if (!this.isWord(this.found)) return { message: this.messages.cannotStartDeclaration(this.written(this.found), declarations) };
    const suggestions = closestMatches(image, declarations);
    // Read as a declaration only what looks like one: a keyword and a name.
    const repair = this.next && this.isWord(this.next) ? this.repairTo(suggestions) : undefined;
    return { message: this.messages.unknownKeyword(image, suggestions, declarations), repair };
  }

  /** Where a block expected a member or its closer: an unknown property, or the block left open. */
  inBlock(block: BlockFacts): Explanation | undefined {
    const { image } = this.found;
    const startsDeclaration =
      this.isKeyword(this.found) &&
      this.facts.declarationKeywords.includes(image) &&
      !block.keywords.includes(image) &&
      this.next !== undefined &&
      this.isWord(this.next);
    if (this.atEnd || startsDeclaration || (CLOSERS.includes(image) && image !== block.closer)) {
      return this.unclosed(block.rule, block.opener, block.closer);
    }
    const noun = this.messages.blockNoun(block.rule, this.facts.leadingKeyword(block.rule), block.opener, block.closer);
    if (this.isWord(this.found) && block.keywords.length > 0) {
      const suggestions = closestMatches(image, block.keywords);
      return { message: this.messages.unknownProperty(image, noun, block.keywords, suggestions), repair: this.repairTo(suggestions) };
    }
    return { message: this.messages.unexpectedInBlock(this.written(this.found), noun, block.keywords, block.memberParts) };
  }

  /** Inside a property or statement: its value is missing or not of the right kind. */
  inStatement(): Explanation | undefined {
    const rule = this.stack[this.innermost]!;
    const request = this.request;
    if (request?.kind === 'mismatch' && !this.facts.isTerminal(request.expected.name)) {
      const expected = request.expected.name;
      const keyword = this.facts.leadingKeyword(rule);
      const block = this.facts.block(rule);
      if (block && expected === block.opener && keyword !== undefined && this.previous?.image === keyword) {
        return { message: this.messages.blockExpected(keyword, block.opener, block.closer) };
      }
      if (!CLOSERS.includes(expected)) return undefined;
      const separator = this.facts.listSeparator(rule);
      const previous = this.previous;
      if (separator && previous && this.isWord(previous) && this.isWord(this.found) && this.found.startLine === previous.endLine) {
        return { message: this.messages.missingSeparator(previous.image, this.found.image, separator) };
      }
      if (this.atEnd || this.isKeyword(this.found)) {
        const message = this.messages.unexpectedToken([this.messages.tokenNoun(expected, false)], this.foundText());
        return { message, braces: { closer: expected, is: 'missing' } };
      }
      return undefined;
    }
    const shape = this.expectedShape(rule);
    const prefix = this.writtenSoFar();
    if (!shape || prefix === undefined) return undefined;
    const message = this.messages.missingValue(prefix, shape, this.literalFound());
    return this.valueLeftOut() ? { message, after: this.previous } : { message };
  }

  /** Whether the line before the error ends where a value was still expected (`owner` ⏎ `criticality high`). */
  private valueLeftOut(): boolean {
    return !this.atEnd && this.previous !== undefined && this.found.startLine! > this.previous.endLine!;
  }

  private expectedShape(rule: string): ValueShape | undefined {
    const request = this.request;
    if (request?.kind === 'mismatch') return { kind: 'terminal', terminal: request.expected.name };
    const keyword = this.facts.leadingKeyword(rule);
    // Nothing written after the keyword (`description` ⏎): its first required value, not the optional one tried.
    const leftOutAfterKeyword = this.valueLeftOut() && keyword !== undefined && this.previous?.image === keyword;
    // A value rule left out whole (`field v` ⏎): what its caller expects there, not the last of its choices tried.
    const child = this.valueLeftOut() && keyword === undefined ? undefined : this.stack[this.innermost + 1];
    const caller = this.stack[this.innermost - 1];
    const shape = leftOutAfterKeyword
      ? this.facts.requiredAfterKeyword(rule)
      : child !== undefined
        ? this.facts.shapeWhereCalled(rule, child)
        : ((caller !== undefined ? this.facts.shapeWhereCalled(caller, rule) : undefined) ?? this.facts.shapeOfRule(rule));
    if (shape?.kind !== 'name' || (shape.feature !== 'value' && shape.feature !== 'values')) return shape;
    const values = keyword !== undefined ? valueSetOf(keyword, this.enclosingBlock()) : undefined;
    return values ? { kind: 'keywords', keywords: values } : shape;
  }

  /** The innermost block rule around the statement (`Agency` for its `kind`). */
  private enclosingBlock(): string | undefined {
    for (let index = this.innermost - 1; index >= 0; index--) {
      if (this.facts.block(this.stack[index]!)) return this.stack[index];
    }
    return undefined;
  }

  /** A block that runs into the next declaration, a wrong closer or the end of the file. */
  private unclosed(rule: string, opener: string, closer: string): Explanation {
    const node = this.enclosingNode((name) => name === rule);
    const before = this.atEnd ? undefined : this.written(this.found);
    if (!node)
      return {
        message: this.messages.unexpectedToken([this.messages.tokenNoun(closer, false)], this.foundText()),
        braces: { closer, is: 'missing' },
      };
    const openerToken = this.site.tokens.find((token) => token.startOffset >= node.offset && token.image === opener);
    const end = openerToken ? openerToken.endOffset! + 1 : node.offset + opener.length;
    const head = collapse(this.site.text.slice(node.offset, end));
    return { message: this.messages.unclosedBlock(head, node.range.start.line + 1, closer, before), braces: { closer, is: 'missing' } };
  }

  /** The text of the statement from its start to the token before the error (`name en`, `field v`). */
  private writtenSoFar(): string | undefined {
    if (!this.previous) return undefined;
    const within = new Set(this.stack.slice(0, this.innermost + 1));
    let node = this.enclosingNode((name) => within.has(name) && !this.facts.isDataTypeRule(name));
    // Out to the statement the value is part of (`field` of `field v`), as far as the block it is in.
    for (let outer = node?.container; node && outer && outer !== this.site.root; outer = outer.container) {
      const rule = ruleOf(outer);
      if (rule === undefined || !within.has(rule) || this.facts.block(rule)) break;
      node = outer;
    }
    const start = node?.offset ?? this.previous.startOffset;
    return collapse(this.site.text.slice(start, this.previous.endOffset! + 1));
  }

  /** The innermost CST node around the previous token made by a rule that `accepts`. */
  private enclosingNode(accepts: (rule: string) => boolean): CstNode | undefined {
    if (!this.previous || !this.site.root) return undefined;
    let node: CstNode | undefined = CstUtils.findLeafNodeAtOffset(this.site.root, this.previous.startOffset);
    for (; node; node = node.container) {
      const rule = node === this.site.root ? this.facts.entryRule : ruleOf(node);
      if (rule !== undefined && accepts(rule)) return node;
    }
    return undefined;
  }

  /** A value written in the wrong form on the statement's line (`1.0` for a version), if any. */
  private literalFound(): string | undefined {
    if (this.atEnd || !this.previous || this.found.startLine !== this.previous.endLine) return undefined;
    if (this.isKeyword(this.found) && (!this.isWord(this.found) || this.facts.propertyKeywords.has(this.found.image))) return undefined;
    return this.written(this.found);
  }

  private repairTo(suggestions: readonly string[]): Explanation['repair'] {
    const [best, next] = suggestions;
    if (best === undefined) return undefined;
    const word = this.found.image.toLowerCase();
    if (next !== undefined && editDistance(word, next.toLowerCase()) <= editDistance(word, best.toLowerCase())) return undefined;
    return { offset: this.found.startOffset, keyword: best };
  }

  private written(token: IToken): string {
    return token.image.startsWith('"') ? token.image : writtenAt(this.site.text, token.startOffset);
  }

  private foundText(): string | undefined {
    return this.atEnd ? undefined : this.written(this.found);
  }

  /** A keyword token, as opposed to a name, a literal or the end of the file. */
  private isKeyword(token: IToken): boolean {
    return token.tokenType.name === token.image && !this.facts.isTerminal(token.tokenType.name);
  }

  /** A name or a keyword spelt like one: what a misspelt keyword lexes as. */
  private isWord(token: IToken): boolean {
    return (token.tokenType.name === 'ID' || this.isKeyword(token)) && /^[\p{L}_][\p{L}\p{M}\p{N}_-]*$/u.test(token.image);
  }
}

/** The grammar rule that made a CST node, where it was made by a rule call. */
function ruleOf(node: CstNode): string | undefined {
  const source = node.grammarSource;
  if (GrammarAST.isRuleCall(source)) return source.rule.ref?.name;
  if (GrammarAST.isCrossReference(source) && GrammarAST.isRuleCall(source.terminal)) return source.terminal.rule.ref?.name;
  return undefined;
}

/** Whether three tokens follow one another with nothing between them. */
function adjoins(first: IToken, second: IToken, third: IToken): boolean {
  return first.endOffset! + 1 === second.startOffset && second.endOffset! + 1 === third.startOffset;
}

/** Index of the token starting at `offset`, or of the first one after it. */
function tokenIndex(tokens: readonly IToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle]!.startOffset < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
