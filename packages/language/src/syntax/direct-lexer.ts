// A lexer for gea's vocabulary that reads names, keywords and whitespace straight off the character
// codes, and gives exactly the tokens Chevrotain's lexer gives: the same types, images, offsets,
// lines and columns, in the same lists. Chevrotain tries each candidate pattern at every position,
// some 300 ns a token, and a national model has 965 000 tokens. What this lexer cannot read with
// certainty — a character no token starts with, a string or comment left open, a number the
// language has no literal for, a character outside the Basic Multilingual Plane that is not in a
// string or comment — it leaves to Chevrotain, which then lexes the whole text, errors and all. A
// grammar whose terminals or keywords are not the ones it knows gets none.
import { Lexer, type CustomPatternMatcherFunc, type IToken, type TokenType } from 'chevrotain';
import { GeaTerminals } from '../generated/ast.js';
import { CR, DASH, LF, QUOTE, SLASH } from './char-codes.js';

/** The tokens of a text without lexer errors: the parser's, and the comments. */
export interface DirectlyLexed {
  readonly tokens: IToken[];
  readonly hidden: IToken[];
}

/**
 * The terminals this lexer was written for, as the grammar writes them: it reads whitespace and
 * names itself, and matches the others with their own patterns at the characters they start with.
 */
const TERMINAL_SOURCES: Readonly<Record<string, string>> = {
  WS: String.raw`\s+`,
  ML_COMMENT: String.raw`\/\*[\s\S]*?\*\/`,
  SL_COMMENT: String.raw`\/\/[^\n\r]*`,
  DATE: String.raw`[0-9]{4}-[0-9]{2}-[0-9]{2}`,
  PERCENT: String.raw`[0-9]+(\.[0-9]+)?%`,
  RATE: String.raw`[0-9]+(\.[0-9]+)?\/(s|m|h|d)(?![\p{L}\p{N}_])`,
  DURATION: String.raw`[0-9]+(ms|s|m|h|d|w|y)(?![\p{L}\p{N}_])`,
  INT: String.raw`[0-9]+(?![\p{L}_.])`,
  ID: String.raw`[\p{L}_][\p{L}\p{M}\p{N}_]*`,
  STRING: String.raw`"[^"\\\r\n]*(\\.[^"\\\r\n]*)*"`,
};
/** The lexer's error tokens (error-tokens.ts): tried after every other token, and left to Chevrotain. */
const ERROR_TERMINALS = new Set(['UNCLOSED_STRING', 'UNCLOSED_COMMENT', 'MALFORMED_LITERAL', 'TRAILING_DASH']);
/** The terminals tried, in the vocabulary's order, at a digit, a `"` and a `/`. */
const NUMBERS = ['DATE', 'PERCENT', 'RATE', 'DURATION', 'INT'];
const STRINGS = ['STRING'];
const COMMENTS = ['ML_COMMENT', 'SL_COMMENT'];

/** What a UTF-16 code unit can be: worked out with the grammar's own character classes the first time it is read. */
const SEEN = 1;
const SPACE = 2;
const NAME_START = 4;
const NAME_PART = 8;
const DIGIT = 16;
const CLASSES = new Uint8Array(0x10000);

function classOf(code: number): number {
  let found = CLASSES[code]!;
  if (found === 0) {
    const char = String.fromCharCode(code);
    found = SEEN;
    // A surrogate is half a character, which Chevrotain's patterns read whole (an astral letter may
    // go on with a name): a text with one outside a string or comment is left to Chevrotain.
    if (!isSurrogate(code)) {
      if (/^\s$/.test(char)) found |= SPACE;
      if (/^[\p{L}_]$/u.test(char)) found |= NAME_START;
      if (/^[\p{L}\p{M}\p{N}_]$/u.test(char)) found |= NAME_PART;
      if (/^[0-9]$/.test(char)) found |= DIGIT;
    }
    CLASSES[code] = found;
  }
  return found;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** The length a terminal's pattern matches at an offset, or -1. */
type Matcher = (text: string, offset: number) => number;

interface Candidate {
  readonly type: TokenType;
  readonly match: Matcher;
}

function matcherOf(type: TokenType): Matcher | undefined {
  const pattern = type.PATTERN;
  if (pattern instanceof RegExp) {
    const sticky = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y');
    return (text, offset) => {
      sticky.lastIndex = offset;
      return sticky.exec(text)?.[0].length ?? -1;
    };
  }
  if (typeof pattern === 'function') {
    const custom = pattern as CustomPatternMatcherFunc;
    return (text, offset) => custom(text, offset, [], {})?.[0].length ?? -1;
  }
  return undefined;
}

export class DirectLexer {
  private constructor(
    /** Keywords that read as names (`data`, `consumes`): a name that is one of them is that keyword. */
    private readonly nameKeywords: NameKeywords,
    /** Keywords with a `-` (`legal-basis`) by their first character, in the vocabulary's order: tried before a name. */
    private readonly dashedKeywords: ReadonlyMap<number, readonly TokenType[]>,
    /** One-character keywords (`{`, `.`) by their character. */
    private readonly punctuation: ReadonlyMap<number, TokenType>,
    private readonly name: TokenType,
    private readonly numbers: readonly Candidate[],
    private readonly strings: readonly Candidate[],
    private readonly comments: readonly Candidate[],
  ) {}

  /**
   * A lexer for `vocabulary` (Chevrotain's token types, in the order Chevrotain tries them), if
   * the grammar is the one this lexer reads exactly as Chevrotain does.
   */
  static for(vocabulary: readonly TokenType[]): DirectLexer | undefined {
    if (!terminalsAsWritten(vocabulary)) return undefined;
    const name = vocabulary.find((type) => type.name === 'ID')!;
    const keywords = keywordsOf(vocabulary, name);
    if (!keywords) return undefined;
    const candidates = (names: readonly string[]): Candidate[] =>
      vocabulary.filter((type) => names.includes(type.name)).map((type) => ({ type, match: matcherOf(type)! }));
    return new DirectLexer(
      new NameKeywords(keywords.nameKeywords.values()),
      keywords.dashedKeywords,
      keywords.punctuation,
      name,
      candidates(NUMBERS),
      candidates(STRINGS),
      candidates(COMMENTS),
    );
  }

  /** The tokens of `text` as Chevrotain gives them, or undefined when Chevrotain is to lex it. */
  tokenize(text: string): DirectlyLexed | undefined {
    const tokens: IToken[] = [];
    const hidden: IToken[] = [];
    const at: Position = { line: 1, column: 1 };
    const end = text.length;
    let offset = 0;
    while (offset < end) {
      const code = text.charCodeAt(offset);
      const kind = classOf(code);
      let after = offset + 1;
      // A token that may hold line ends: whitespace (skipped) and comments.
      let spanning = false;
      let made: IToken | undefined;
      if (kind & SPACE) {
        while (after < end && classOf(text.charCodeAt(after)) & SPACE) after++;
        spanning = true;
      } else if (kind & NAME_START) {
        while (after < end && classOf(text.charCodeAt(after)) & NAME_PART) after++;
        // A keyword with a `-` starts with the name before its first `-`, and is tried before any name.
        let keyword = text.charCodeAt(after) === DASH ? this.dashedKeywordAt(text, offset, code) : undefined;
        if (keyword) after = offset + (keyword.PATTERN as string).length;
        else keyword = this.nameKeywords.at(text, offset, after - offset);
        const image = keyword ? (keyword.PATTERN as string) : text.substring(offset, after);
        tokens.push(token(image, offset, keyword ?? this.name, at, after - offset));
      } else {
        const [type, length] = this.otherTokenAt(text, offset, code, kind);
        if (!type || length <= 0) return undefined;
        after = offset + length;
        const image = typeof type.PATTERN === 'string' ? type.PATTERN : text.substring(offset, after);
        made = token(image, offset, type, at, length);
        spanning = type.GROUP === 'hidden';
        (spanning ? hidden : tokens).push(made);
      }
      if (spanning) moveOver(text, offset, after, at, made);
      else at.column += after - offset;
      offset = after;
    }
    return { tokens, hidden };
  }

  /** A number, string, comment or one-character keyword at `offset`, with its length. */
  private otherTokenAt(text: string, offset: number, code: number, kind: number): readonly [TokenType | undefined, number] {
    if (kind & DIGIT) return firstMatch(this.numbers, text, offset);
    if (code === QUOTE) return firstMatch(this.strings, text, offset);
    if (code === SLASH) return firstMatch(this.comments, text, offset);
    return [this.punctuation.get(code), 1];
  }

  private dashedKeywordAt(text: string, offset: number, first: number): TokenType | undefined {
    const listed = this.dashedKeywords.get(first);
    if (!listed) return undefined;
    for (const type of listed) if (text.startsWith(type.PATTERN as string, offset)) return type;
    return undefined;
  }
}

/**
 * Keywords that read as names by their first character and length, so that a name is told from
 * them without making a string of it first.
 */
class NameKeywords {
  private readonly byStart = new Map<number, TokenType[][]>();

  constructor(keywords: Iterable<TokenType>) {
    for (const type of keywords) {
      const keyword = type.PATTERN as string;
      const byLength = this.byStart.get(keyword.charCodeAt(0)) ?? [];
      (byLength[keyword.length] ??= []).push(type);
      this.byStart.set(keyword.charCodeAt(0), byLength);
    }
  }

  /** The keyword that is the name `length` long at `offset`, if it is one. */
  at(text: string, offset: number, length: number): TokenType | undefined {
    const listed = this.byStart.get(text.charCodeAt(offset))?.[length];
    if (listed) for (const type of listed) if (text.startsWith(type.PATTERN as string, offset)) return type;
    return undefined;
  }
}

/** The grammar's terminals are those this lexer was written for, each once, and the error tokens come after every other token. */
function terminalsAsWritten(vocabulary: readonly TokenType[]): boolean {
  const generated: Readonly<Record<string, RegExp>> = GeaTerminals;
  const grammar = Object.keys(TERMINAL_SOURCES);
  if (Object.keys(generated).length !== grammar.length) return false;
  if (grammar.some((name) => generated[name]?.source !== TERMINAL_SOURCES[name])) return false;
  const terminals = vocabulary.filter((type) => typeof type.PATTERN !== 'string').map((type) => type.name);
  if (new Set(terminals).size !== terminals.length || terminals.some((name) => !(name in TERMINAL_SOURCES) && !ERROR_TERMINALS.has(name)))
    return false;
  const firstError = vocabulary.findIndex((type) => ERROR_TERMINALS.has(type.name));
  if (firstError >= 0 && vocabulary.slice(firstError).some((type) => !ERROR_TERMINALS.has(type.name))) return false;
  const byName = new Map(vocabulary.map((type) => [type.name, type]));
  const whitespace = byName.get('WS');
  if (whitespace?.GROUP !== Lexer.SKIPPED || grammar.some((name) => !byName.has(name) || !matcherOf(byName.get(name)!))) return false;
  if (COMMENTS.some((name) => byName.get(name)!.GROUP !== 'hidden')) return false;
  return grammar.every((name) => name === 'WS' || COMMENTS.includes(name) || byName.get(name)!.GROUP === undefined);
}

interface Keywords {
  readonly nameKeywords: Map<string, TokenType>;
  readonly dashedKeywords: Map<number, TokenType[]>;
  readonly punctuation: Map<number, TokenType>;
}

/**
 * The keywords by how they are read, if each is a name (tried as one, the name terminal `name`
 * read instead when it goes on longer), a name with `-` in it tried before any keyword that is its
 * start, or one character no terminal starts with; none in a group or mode of its own.
 */
function keywordsOf(vocabulary: readonly TokenType[], name: TokenType): Keywords | undefined {
  const keywords: Keywords = { nameKeywords: new Map(), dashedKeywords: new Map(), punctuation: new Map() };
  for (const type of vocabulary) {
    const keyword = type.PATTERN;
    if (typeof keyword !== 'string') continue;
    if (keyword.length === 0 || type.GROUP !== undefined || type.PUSH_MODE !== undefined || type.POP_MODE) return undefined;
    const longerAlternatives = [type.LONGER_ALT ?? []].flat();
    const first = keyword.charCodeAt(0);
    if (isWholeName(keyword)) {
      if (longerAlternatives.length !== 1 || longerAlternatives[0] !== name || keywords.nameKeywords.has(keyword)) return undefined;
      keywords.nameKeywords.set(keyword, type);
    } else if (classOf(first) & NAME_START && /^[\p{L}\p{N}_-]+$/u.test(keyword)) {
      if (longerAlternatives.length > 0 || [...keywords.nameKeywords.keys()].some((earlier) => keyword.startsWith(earlier)))
        return undefined;
      const listed = keywords.dashedKeywords.get(first) ?? [];
      listed.push(type);
      keywords.dashedKeywords.set(first, listed);
    } else if (
      keyword.length === 1 &&
      !(classOf(first) & (SPACE | NAME_PART)) &&
      first !== QUOTE &&
      first !== SLASH &&
      !isSurrogate(first)
    ) {
      if (longerAlternatives.length > 0 || keywords.punctuation.has(first)) return undefined;
      keywords.punctuation.set(first, type);
    } else return undefined;
  }
  return keywords;
}

function isWholeName(keyword: string): boolean {
  if (!(classOf(keyword.charCodeAt(0)) & NAME_START)) return false;
  for (let at = 1; at < keyword.length; at++) if (!(classOf(keyword.charCodeAt(at)) & NAME_PART)) return false;
  return true;
}

function firstMatch(candidates: readonly Candidate[], text: string, offset: number): [TokenType | undefined, number] {
  for (const { type, match } of candidates) {
    const length = match(text, offset);
    if (length !== -1) return [type, length];
  }
  return [undefined, -1];
}

/**
 * A token as Chevrotain's lexer makes it with full positions: the same properties, in the same
 * order. Made by a constructor rather than a literal: V8 may allocate a literal's objects straight
 * into the old generation once many of them outlive a collection, and a text's tokens live only
 * while it is parsed.
 */
class Token implements IToken {
  constructor(
    public image: string,
    public startOffset: number,
    public endOffset: number,
    public startLine: number,
    public endLine: number,
    public startColumn: number,
    public endColumn: number,
    public tokenTypeIdx: number,
    public tokenType: TokenType,
  ) {}
}

function token(image: string, startOffset: number, tokenType: TokenType, { line, column }: Position, length: number): IToken {
  return new Token(
    image,
    startOffset,
    startOffset + length - 1,
    line,
    line,
    column,
    column + length - 1,
    tokenType.tokenTypeIdx!,
    tokenType,
  );
}

/** Where the lexer is: the line and column of the next token, from 1. */
interface Position {
  line: number;
  column: number;
}

/**
 * Moves `at` over the text from `from` to `to`, as Chevrotain does over a token that may hold line
 * ends (`\n`, `\r\n` or a lone `\r`); a kept token (`made`) that spans lines ends where Chevrotain
 * says, and one that ends with its only line end ends on its first line.
 */
function moveOver(text: string, from: number, to: number, at: Position, made: IToken | undefined): void {
  let count = 0;
  let last = -1;
  for (let offset = from; offset < to; offset++) {
    const unit = text.charCodeAt(offset);
    if (unit === LF || unit === CR) {
      count++;
      if (unit === CR && offset + 1 < to && text.charCodeAt(offset + 1) === LF) offset++;
      last = offset;
    }
  }
  if (count === 0) {
    at.column += to - from;
    return;
  }
  at.line += count;
  at.column = to - last;
  const endsWithLineEnd = last === to - 1;
  if (made && !(count === 1 && endsWithLineEnd)) {
    const fix = endsWithLineEnd ? 1 : 0;
    made.endLine = at.line - fix;
    made.endColumn = at.column - 1 + fix;
  }
}
