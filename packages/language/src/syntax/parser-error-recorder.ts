// Chevrotain asks this provider for a message at each syntax error, with what it expected there.
// The provider remembers those facts, which the error itself does not keep, for parser.ts to
// explain the error in context; its own message is the plain fallback, never a list of 106
// token sequences.
import { EOF, type IParserErrorMessageProvider, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';
import type { GrammarFacts } from './grammar-facts.js';
import type { SyntaxMessages } from './messages.js';

/** What chevrotain knew when it met one syntax error. */
export type ErrorRequest =
  | { readonly kind: 'mismatch'; readonly expected: TokenType; readonly actual: IToken }
  | { readonly kind: 'no-viable-alternative' | 'early-exit'; readonly expected: readonly TokenType[]; readonly actual: IToken }
  | { readonly kind: 'not-all-input-parsed'; readonly actual: IToken };

export class ParserErrorRecorder implements IParserErrorMessageProvider {
  private requests: ErrorRequest[] = [];

  /** `facts` is asked for only once a text has a syntax error. */
  constructor(
    private readonly facts: () => GrammarFacts,
    readonly messages: SyntaxMessages,
  ) {}

  buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken }): string {
    return this.record({ kind: 'mismatch', expected: options.expected, actual: options.actual });
  }

  buildNotAllInputParsedMessage(options: { firstRedundant: IToken }): string {
    return this.record({ kind: 'not-all-input-parsed', actual: options.firstRedundant });
  }

  buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
    const expected = firstTokens(options.expectedPathsPerAlt.flat());
    return this.record({ kind: 'no-viable-alternative', expected, actual: options.actual[0] ?? EOF_TOKEN });
  }

  buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
    return this.record({
      kind: 'early-exit',
      expected: firstTokens(options.expectedIterationPaths),
      actual: options.actual[0] ?? EOF_TOKEN,
    });
  }

  /** Forgets what was recorded so far: called before each parse. */
  clear(): void {
    this.requests = [];
  }

  /** The request behind each error, in order: the errors are saved in the order they were built. */
  requestsOf(errors: readonly IRecognitionException[]): Array<ErrorRequest | undefined> {
    let next = 0;
    return errors.map((error) => {
      for (let index = next; index < this.requests.length; index++) {
        if (this.requests[index]!.actual === error.token) {
          next = index + 1;
          return this.requests[index];
        }
      }
      return undefined;
    });
  }

  /** A short description of what was expected, for errors no explanation fits. */
  fallbackMessage(request: ErrorRequest): string {
    const expected = request.kind === 'mismatch' ? [request.expected] : request.kind === 'not-all-input-parsed' ? [EOF] : request.expected;
    return this.messages.unexpectedToken(describeTokens(expected, this.facts(), this.messages), foundText(request.actual));
  }

  private record(request: ErrorRequest): string {
    this.requests.push(request);
    return this.fallbackMessage(request);
  }
}

const EOF_TOKEN: IToken = { image: '', startOffset: NaN, tokenType: EOF, tokenTypeIdx: EOF.tokenTypeIdx! };

/** The distinct first tokens of the paths chevrotain computed. */
function firstTokens(paths: readonly TokenType[][]): TokenType[] {
  return [...new Set(paths.flatMap((path) => path.slice(0, 1)))];
}

/** Names for the expected tokens; a name stands for every keyword, since keywords are names too. */
export function describeTokens(tokens: readonly TokenType[], facts: GrammarFacts, messages: SyntaxMessages): string[] {
  const acceptsNames = tokens.some((token) => token.name === 'ID');
  const shown = acceptsNames ? tokens.filter((token) => facts.isTerminal(token.name) || !/^[\p{L}_]/u.test(token.name)) : tokens;
  return [...new Set(shown.map((token) => messages.tokenNoun(token.name, facts.isTerminal(token.name))))];
}

export function foundText(token: IToken): string | undefined {
  return token.tokenType === EOF ? undefined : token.image;
}
