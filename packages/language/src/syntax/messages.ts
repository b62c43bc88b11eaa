// Every syntax, validation and linking message in the words of one locale (the `syntax` section
// of the word tables): this module decides what goes into a message, the tables how it reads.
// Source text is always passed through `excerpt`, so a message never quotes more than a short,
// printable piece of the file.
import { languageCodeOf, wordsFor, type Words } from '@gea-arch/core';
import { excerpt } from './excerpt.js';
import type { ValueShape } from './grammar-facts.js';

/** Placeholders of the kinds of declaration a reference names, by grammar type, as written in an example. */
const TYPE_PLACEHOLDERS: Record<string, string> = {
  Law: 'LAW',
  Plateau: 'PLATEAU',
  Agency: 'AGENCY',
  Platform: 'PLATFORM',
  Trust: 'TRUST',
  Data: 'DATA',
  System: 'SYSTEM',
  Interface: 'INTERFACE',
  View: 'VIEW',
  Waiver: 'WAIVER',
  Declaration: 'ELEMENT',
  Field: 'FIELD',
  Certificate: 'CERTIFICATE',
  Operation: 'OPERATION',
  Event: 'EVENT',
};

/** Examples of literals, by terminal name. */
const TERMINAL_EXAMPLES: Record<string, string> = {
  STRING: '"…"',
  DATE: '2026-01-01',
  DURATION: '90d',
  PERCENT: '99.5%',
  RATE: '100/s',
  INT: '2',
  ID: 'NAME',
};

/** Placeholders of names that are not references, by the grammar feature they fill. */
const FEATURE_PLACEHOLDERS: Record<string, string> = {
  name: 'NAME',
  locale: 'LOCALE',
  tags: 'TAG',
  rule: 'RULE-ID',
  key: 'KEY',
  type: 'TYPE',
  value: 'VALUE',
  values: 'VALUE',
};

const LIST_LIMIT = 12;

/** `text` as code in a message: `` `text` ``, cut to a readable length. */
export function code(text: string): string {
  return `\`${excerpt(text)}\``;
}

/** `a, b, c` in full when short, else the first ones and `…`. */
function list(words: readonly string[]): string {
  const shown = words.length > LIST_LIMIT + 2 ? [...words.slice(0, LIST_LIMIT), '…'] : words;
  return shown.join(', ');
}

/**
 * The messages of one locale; the language services hold one. A language server over several
 * workspace folders makes each document's messages in its folder's locale (`followDocuments`):
 * the parse, link and validation of a document, and what the editor shows of it, run inside
 * `forDocument`.
 */
export class SyntaxMessages {
  private table: Words;
  private localeOf: ((uri: string) => string | undefined) | undefined;

  constructor(private readonly base: Words) {
    this.table = base;
  }

  /** Every word of the locale spoken now. */
  get all(): Words {
    return this.table;
  }

  private get words(): Words['syntax'] {
    return this.table.syntax;
  }

  /** From now on, a document's messages speak the locale `localeOf` gives its URI (the services' own where it gives none). */
  followDocuments(localeOf: (uri: string) => string | undefined): void {
    this.localeOf = localeOf;
  }

  /** The words of the document at `uri`. */
  wordsOf(uri: string): Words {
    const locale = this.localeOf?.(uri);
    return locale === undefined ? this.base : wordsFor(locale);
  }

  /**
   * Runs `work` speaking the locale of the document at `uri`, and the locale spoken before once it
   * is done (a promise, once it settles). The builder works on one document at a time.
   */
  forDocument<T>(uri: string, work: () => T): T {
    if (!this.localeOf) return work();
    const before = this.table;
    this.table = this.wordsOf(uri);
    let done: T;
    try {
      done = work();
    } catch (error) {
      this.table = before;
      throw error;
    }
    if (done instanceof Promise) {
      return done.finally(() => {
        this.table = before;
      }) as T;
    }
    this.table = before;
    return done;
  }

  /** Added to the one error of a text parsed again without recovery: nothing after it was read. */
  readNoFurther(): string {
    return this.words.readNoFurther;
  }

  /** "; did you mean `a` or `b`?", or nothing. */
  didYouMean(names: readonly string[]): string {
    return this.words.didYouMean({ names });
  }

  /** How a reference to a grammar type reads: with its article (`an agency`) or bare (`agency`). */
  typeNoun(type: string, form: 'one' | 'bare' = 'one'): string {
    const noun = (this.words.types as Record<string, { bare: string; one: string } | undefined>)[type];
    return noun?.[form] ?? type.toLowerCase();
  }

  private alternatives(items: readonly string[]): string {
    return this.words.alternatives({ items });
  }

  private featureNoun(feature: string | undefined): { noun: string; placeholder: string } {
    const nouns = this.words.features as Record<string, string | undefined>;
    const noun = feature !== undefined ? nouns[feature] : undefined;
    return noun !== undefined
      ? { noun, placeholder: FEATURE_PLACEHOLDERS[feature!] ?? 'NAME' }
      : { noun: this.words.features.name, placeholder: 'NAME' };
  }

  private terminalNoun(terminal: string): string {
    return (this.words.terminals as Record<string, string | undefined>)[terminal] ?? terminal;
  }

  /** How a shape reads in a message (`a data asset`) and how to write it (`DATA`). */
  private describe(shape: ValueShape): { noun: string; placeholder: string } {
    switch (shape.kind) {
      case 'reference':
        return { noun: this.typeNoun(shape.type), placeholder: TYPE_PLACEHOLDERS[shape.type] ?? shape.type.toUpperCase() };
      case 'terminal':
        return { noun: this.terminalNoun(shape.terminal), placeholder: TERMINAL_EXAMPLES[shape.terminal] ?? shape.terminal };
      case 'keywords':
        return { noun: this.words.oneOf({ items: list(shape.keywords) }), placeholder: shape.keywords[0] ?? '' };
      case 'name':
        return this.featureNoun(shape.feature);
      case 'choice': {
        const { noun, placeholder } = this.featureNoun(shape.feature);
        const options = this.alternatives(shape.options.map((option) => this.describe(option).noun));
        return { noun: shape.feature ? `${noun}: ${options}` : options, placeholder };
      }
    }
  }

  /** What to call a block in a message: `a system` for a declaration, `` `sla { … }` `` for a nested one. */
  blockNoun(rule: string, keyword: string | undefined, opener: string, closer: string): string {
    if (rule in this.words.types) return this.typeNoun(rule);
    const head = keyword !== undefined && keyword !== opener ? `${keyword} ` : '';
    return `\`${head}${opener} … ${closer}\``;
  }

  // --- the parser -------------------------------------------------------------------------

  unknownProperty(word: string, block: string, keywords: readonly string[], suggestions: readonly string[]): string {
    return this.words.unknownProperty({ word: code(word), block, keywords: list(keywords), suggestion: this.didYouMean(suggestions) });
  }

  unexpectedInBlock(found: string, block: string, keywords: readonly string[], memberParts: readonly ValueShape[]): string {
    const form = memberParts.map((part) => this.describe(part).placeholder).join(' ');
    return this.words.unexpectedInBlock({ found: code(found), block, keywords: list(keywords), form: form ? `\`${form}\`` : '' });
  }

  /** A block runs into the next declaration, a wrong closer or the end of the file. */
  unclosedBlock(head: string, line: number, closer: string, before: string | undefined): string {
    return this.words.unclosedBlock({
      head: code(head),
      line,
      closer: code(closer),
      before: before === undefined ? undefined : code(before),
    });
  }

  unknownKeyword(word: string, suggestions: readonly string[], declarationKeywords: readonly string[]): string {
    return this.words.unknownKeyword({
      word: code(word),
      suggestion: this.didYouMean(suggestions),
      declarations: this.alternatives(declarationKeywords),
    });
  }

  notFirstInFile(keyword: string): string {
    return this.words.notFirstInFile({ keyword: code(keyword) });
  }

  missingSeparator(before: string, after: string, separator: string): string {
    return this.words.missingSeparator({
      before: code(before),
      after: code(after),
      separator: code(separator),
      fixed: code(`${before}${separator} ${after}`),
    });
  }

  propertyOutsideBlock(word: string): string {
    return this.words.propertyOutsideBlock({ word: code(word) });
  }

  cannotStartDeclaration(found: string, declarationKeywords: readonly string[]): string {
    return this.words.cannotStartDeclaration({ found: code(found), declarations: this.alternatives(declarationKeywords) });
  }

  /** `civil-registry`, written where a name is: the name with `_` for each `-`. */
  hyphenInName(written: string): string {
    return this.words.hyphenInName({ written: code(written), name: code(written.replace(/-/g, '_')) });
  }

  /** `rule cross-agency-` before a space: the id as written, and the ids close to it. */
  ruleIdEndsWithDash(written: string, suggestions: readonly string[]): string {
    return this.words.ruleIdEndsWithDash({ written: code(written), suggestion: this.didYouMean(suggestions) });
  }

  /** Any other word that ends with `-` before a space. */
  wordEndsWithDash(written: string): string {
    return this.words.wordEndsWithDash({ written: code(written) });
  }

  /** `name en_US "…"`: a locale that is no language code, and the one it starts with. */
  notLocaleCode(locale: string): string {
    const language = languageCodeOf(locale);
    return this.words.notLocaleCode({ locale: code(locale), language: language === undefined ? undefined : code(language) });
  }

  strayCloser(closer: string): string {
    return this.words.strayCloser({ closer: `\`${closer}\`` });
  }

  /**
   * A property or statement is missing its value: `masters` needs a data asset. `prefix` is what
   * was written of it so far; `found` the literal written instead, if any.
   */
  missingValue(prefix: string, shape: ValueShape, found: string | undefined): string {
    const written = code(prefix);
    const foundCode = found === undefined ? undefined : code(found);
    if (shape.kind === 'terminal' && shape.terminal === 'STRING') {
      const value = found === undefined ? '…' : found.replace(/["\\]/g, '\\$&');
      return this.words.missingString({ prefix: written, example: code(`${prefix} "${value}"`) });
    }
    const { noun, placeholder } = this.describe(shape);
    const example = code(`${prefix} ${placeholder}`);
    if (shape.kind === 'terminal') return this.words.missingLiteral({ prefix: written, noun, found: foundCode, example });
    if (shape.kind === 'keywords') return this.words.missingKeyword({ prefix: written, choices: list(shape.keywords), found: foundCode });
    if (shape.kind === 'choice') return this.words.missingChoice({ prefix: written, noun, found: foundCode });
    return this.words.missingName({ prefix: written, noun, found: foundCode, example });
  }

  /** `sla` and the like are blocks. */
  blockExpected(keyword: string, opener: string, closer: string): string {
    return this.words.blockExpected({ keyword: code(keyword), example: `\`${excerpt(keyword)} ${opener} … ${closer}\`` });
  }

  /** The last resort: what the parser expected and what it found. */
  unexpectedToken(expected: readonly string[], found: string | undefined): string {
    const shown = expected.length > LIST_LIMIT ? [...expected.slice(0, LIST_LIMIT), '…'] : expected;
    return this.words.unexpectedToken({
      expected: expected.length > 0 ? this.alternatives(shown) : undefined,
      found: found === undefined ? undefined : code(found),
    });
  }

  /** How an expected token reads in `unexpectedToken`: `` `}` ``, `a quoted string`, `the end of the file`. */
  tokenNoun(tokenName: string, isTerminal: boolean): string {
    if (tokenName === 'EOF') return this.words.endOfFile;
    if (isTerminal) return this.terminalNoun(tokenName);
    return code(tokenName);
  }

  // --- the lexer --------------------------------------------------------------------------

  unclosedString(): string {
    return this.words.unclosedString;
  }

  unclosedComment(): string {
    return this.words.unclosedComment;
  }

  unknownEscape(escape: string): string {
    return this.words.unknownEscape({ escape });
  }

  /** `\u{D800}`, `\u{0}`: a code point that is no character a string holds. */
  notCharacter(escape: string, codePoint: number): string {
    return this.words.notCharacter({ escape, surrogate: codePoint >= 0xd800 && codePoint <= 0xdfff });
  }

  unexpectedCharacters(characters: string): string {
    const hint =
      characters === ':' || characters === '='
        ? this.words.characterHints.valueAfterSpace
        : characters === ';'
          ? this.words.characterHints.noSeparator
          : '';
    return Array.from(characters).length === 1
      ? this.words.unexpectedCharacter({ character: code(characters), hint })
      : this.words.unexpectedCharacters({ characters: code(characters), hint });
  }
}
