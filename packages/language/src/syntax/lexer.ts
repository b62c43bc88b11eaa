// The lexer: Langium's (read directly where it can be, direct-lexer.ts), plus one error for each
// unclosed string or block comment (the token is then passed on as a string or a comment, so
// parsing goes on), one for each escape a string does not take, readable messages for unexpected
// characters, a `-` that ends a word before a space made a token no rule takes (so the word ends
// there), and the repairs the parser asks for (see parser.ts): a misspelt keyword read as the
// keyword, a hyphenated name read as one name.
import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import { defaultLexerErrorProvider, type ILexerErrorMessageProvider, type ILexingError, type IToken, type TokenType } from 'chevrotain';
import { TRAILING_DASH, UNCLOSED_COMMENT, UNCLOSED_STRING } from './error-tokens.js';
import type { SyntaxMessages } from './messages.js';
import { DirectLexer } from './direct-lexer.js';
import { isStringCharacter } from './value-converter.js';

/** A lexer error for a string or comment left open; what it swallowed counts for the cascade rules. */
export interface UnclosedError extends ILexingError {
  readonly unclosed: 'string' | 'comment';
}

export function isUnclosedError(error: ILexingError): error is UnclosedError {
  return 'unclosed' in error;
}

export class GeaLexer extends DefaultLexer {
  /** Tokens to read as another type, by start offset; set only while the parser re-parses. */
  private retyped: ReadonlyMap<number, TokenType> = new Map();
  /** Tokens to read as one with those after them, up to an end offset, by start offset (`civil-registry`). */
  private joined: ReadonlyMap<number, number> = new Map();
  private readonly messages: SyntaxMessages;
  /** Chevrotain's tokens, read straight off the text; none for a grammar it was not written for. */
  private readonly direct: DirectLexer | undefined;

  constructor(services: LangiumCoreServices & { syntax: { Messages: SyntaxMessages } }) {
    super(services);
    this.messages = services.syntax.Messages;
    this.direct = DirectLexer.for(Object.values(this.tokenTypes));
  }

  /** Runs `parse` with the tokens at the given offsets read as the given types. */
  withRetyped<T>(retyped: ReadonlyMap<number, TokenType>, parse: () => T, joined: ReadonlyMap<number, number> = new Map()): T {
    const previous = [this.retyped, this.joined] as const;
    this.retyped = retyped;
    this.joined = joined;
    try {
      return parse();
    } finally {
      [this.retyped, this.joined] = previous;
    }
  }

  override tokenize(text: string, options?: TokenizeOptions): LexerResult {
    const direct = this.direct?.tokenize(text);
    const result = direct ? { ...direct, errors: [], report: this.tokenBuilder.flushLexingReport?.(text) } : super.tokenize(text, options);
    const errors: ILexingError[] = [...result.errors];
    let previous: IToken | undefined;
    for (const token of result.tokens) {
      if (token.tokenType.name === '-' && previous && endsWord(previous, token, text)) this.retype(token, TRAILING_DASH);
      previous = token;
      if (token.tokenType.name === UNCLOSED_STRING) {
        errors.push(unclosedError(token, 'string', this.messages.unclosedString()));
        this.retype(token, 'STRING');
      }
      const retyped = this.retyped.get(token.startOffset);
      if (retyped) retype(token, retyped);
      if (token.tokenType.name === 'STRING' && token.image.includes('\\')) errors.push(...unknownEscapes(token, this.messages));
    }
    for (const token of result.hidden) {
      if (token.tokenType.name === UNCLOSED_COMMENT) {
        errors.push(unclosedError(token, 'comment', this.messages.unclosedComment()));
        this.retype(token, 'ML_COMMENT');
      }
    }
    errors.sort((a, b) => a.offset - b.offset);
    return { ...result, errors, tokens: this.joined.size > 0 ? joinTokens(result.tokens, this.joined, text) : result.tokens };
  }

  private retype(token: IToken, typeName: string): void {
    const type = this.tokenTypes[typeName];
    if (!type) throw new Error(`the grammar has no terminal ${typeName}`);
    retype(token, type);
  }
}

/** The tokens with each run that `joined` names (start offset → end offset) made one, typed as its first was retyped. */
function joinTokens(tokens: IToken[], joined: ReadonlyMap<number, number>, text: string): IToken[] {
  const result: IToken[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const end = joined.get(token.startOffset);
    if (end === undefined) {
      result.push(token);
      continue;
    }
    while (index + 1 < tokens.length && tokens[index + 1]!.endOffset! <= end) index++;
    const image = text.slice(token.startOffset, end + 1);
    result.push({ ...token, image, endOffset: end, endColumn: token.startColumn! + image.length - 1 });
  }
  return result;
}

const WORD = /^[\p{L}_][\p{L}\p{M}\p{N}_-]*$/u;

/**
 * Whether `dash` ends the word before it: it follows a name, or a keyword spelt as one, with
 * nothing between, and a space follows it (`cross-agency-via-platform- on`). A `-` with a space on
 * both sides (`cross - agency`) is left to be read as joining two words, and reported so.
 */
function endsWord(previous: IToken, dash: IToken, text: string): boolean {
  if (previous.endOffset! + 1 !== dash.startOffset || !/\s/.test(text.charAt(dash.startOffset + 1))) return false;
  const type = previous.tokenType.name;
  return type === 'ID' || (type === previous.image && WORD.test(type));
}

function retype(token: IToken, type: TokenType): void {
  token.tokenType = type;
  token.tokenTypeIdx = type.tokenTypeIdx!;
}

/** `\"`, `\\`, `\n`, and the `\t` and `\r` the value converter reads too (decisions 0050, 0064). */
const KNOWN_ESCAPES = new Set(['"', '\\', 'n', 't', 'r']);

/**
 * A lexer error for each escape in a string token that is none of the known ones nor `\u{…}` of a
 * character: a code point up to 10FFFF that is neither NUL nor half of a UTF-16 pair (decision 0064).
 */
function unknownEscapes(token: IToken, messages: SyntaxMessages): ILexingError[] {
  const errors: ILexingError[] = [];
  for (const match of token.image.matchAll(/\\(?:u\{([0-9a-fA-F]{1,6})\}|(.?))/g)) {
    const [escape, hex, character] = match;
    const codePoint = hex !== undefined ? Number.parseInt(hex, 16) : undefined;
    let message: string | undefined;
    if (codePoint === undefined) message = character === '' || KNOWN_ESCAPES.has(character!) ? undefined : messages.unknownEscape(escape);
    else if (codePoint > 0x10ffff) message = messages.unknownEscape(escape);
    else if (!isStringCharacter(codePoint)) message = messages.notCharacter(escape, codePoint);
    if (message === undefined) continue;
    const at = match.index;
    errors.push({ offset: token.startOffset + at, line: token.startLine, column: token.startColumn! + at, length: escape.length, message });
  }
  return errors;
}

function unclosedError(token: IToken, unclosed: UnclosedError['unclosed'], message: string): UnclosedError {
  const length = unclosed === 'comment' ? 2 : token.image.length;
  return { offset: token.startOffset, line: token.startLine, column: token.startColumn, length, message, unclosed };
}

export class GeaLexerErrorMessageProvider implements ILexerErrorMessageProvider {
  constructor(private readonly messages: SyntaxMessages) {}

  buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
    return this.messages.unexpectedCharacters(fullText.slice(startOffset, startOffset + length));
  }

  // gea has a single lexer mode, so this never happens.
  buildUnableToPopLexerModeMessage(token: IToken): string {
    return defaultLexerErrorProvider.buildUnableToPopLexerModeMessage(token);
  }
}
