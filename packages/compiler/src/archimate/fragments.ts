// The small pieces of gea syntax that travel as property values (a field, an operation, a
// certificate, a signature): written the way a gea file writes them, and read back by a small
// tokenizer and parser — never spliced into a .gea file as text, so a property edited in another
// tool cannot inject anything.

/** A gea string literal: quoted, with `\"`, `\\`, `\n`, `\t` and `\u{…}` for other control characters. */
export function geaString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) out += `\\u{${code.toString(16)}}`;
    else out += char;
  }
  return `${out}"`;
}

export type Token =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'punct'; readonly text: string };

const PUNCTUATION = new Set(['{', '}', ',', '[', ']', '(', ')']);
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };

/** Words (names, values, dates, `remote-signing`), strings and punctuation; undefined for an unclosed string. */
export function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (/\s/.test(char)) {
      index++;
    } else if (char === '"') {
      let value = '';
      index++;
      for (;;) {
        if (index >= text.length) return undefined;
        const next = text[index]!;
        if (next === '"') break;
        if (next !== '\\') {
          value += next;
          index++;
          continue;
        }
        const unicode = /^\\u\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(index));
        if (unicode && Number.parseInt(unicode[1]!, 16) <= 0x10ffff) {
          value += String.fromCodePoint(Number.parseInt(unicode[1]!, 16));
          index += unicode[0].length;
        } else {
          const escaped = text[index + 1];
          if (escaped === undefined) return undefined;
          value += ESCAPES[escaped] ?? escaped;
          index += 2;
        }
      }
      index++;
      tokens.push({ kind: 'string', text: value });
    } else if (PUNCTUATION.has(char)) {
      tokens.push({ kind: 'punct', text: char });
      index++;
    } else {
      let word = '';
      while (index < text.length && !/\s/.test(text[index]!) && !PUNCTUATION.has(text[index]!) && text[index] !== '"')
        word += text[index++];
      tokens.push({ kind: 'word', text: word });
    }
  }
  return tokens;
}

/** Reads tokens one by one; every `expect…` throws FragmentError, which the readers turn into "cannot read". */
export class TokenReader {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  get done(): boolean {
    return this.index >= this.tokens.length;
  }

  peek(): Token | undefined {
    return this.tokens[this.index];
  }

  isPunct(text: string): boolean {
    const token = this.peek();
    return token?.kind === 'punct' && token.text === text;
  }

  isWord(text?: string): boolean {
    const token = this.peek();
    return token?.kind === 'word' && (text === undefined || token.text === text);
  }

  isString(): boolean {
    return this.peek()?.kind === 'string';
  }

  word(): string {
    const token = this.tokens[this.index++];
    if (token?.kind !== 'word') throw new FragmentError();
    return token.text;
  }

  string(): string {
    const token = this.tokens[this.index++];
    if (token?.kind !== 'string') throw new FragmentError();
    return token.text;
  }

  punct(text: string): void {
    const token = this.tokens[this.index++];
    if (token?.kind !== 'punct' || token.text !== text) throw new FragmentError();
  }

  /** `a, b, c` */
  words(): string[] {
    const words = [this.word()];
    while (this.isPunct(',')) {
      this.index++;
      words.push(this.word());
    }
    return words;
  }

  end(): void {
    if (!this.done) throw new FragmentError();
  }
}

export class FragmentError extends Error {
  constructor() {
    super('not a gea fragment');
  }
}

/** Reads a whole value with `read`; undefined when it is not what `read` expects. */
export function readFragment<T>(text: string, read: (reader: TokenReader) => T): T | undefined {
  const tokens = tokenize(text);
  if (!tokens) return undefined;
  try {
    const reader = new TokenReader(tokens);
    const value = read(reader);
    reader.end();
    return value;
  } catch (error) {
    if (error instanceof FragmentError) return undefined;
    throw error;
  }
}

/** `a, b, c` (also a single word); undefined for anything else. */
export function readList(text: string): string[] | undefined {
  return readFragment(text, (reader) => reader.words());
}
