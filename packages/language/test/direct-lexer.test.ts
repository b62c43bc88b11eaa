// The direct lexer (syntax/direct-lexer.ts) gives exactly Chevrotain's tokens — types, images,
// offsets, lines and columns, kept and hidden — for every text it reads, and leaves to Chevrotain
// every text Chevrotain finds an error in; a vocabulary other than gea's gets no direct lexer.
import fc from 'fast-check';
import { Lexer, type IToken, type TokenType } from 'chevrotain';
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { conformanceEntries, EVERY_CONSTRUCT, geaFilesIn, MONGOLIA_EXAMPLE, mutate, mutation, tokenText } from '@gea-arch/fixtures';
import { createGeaCoreServices } from '../src/index.js';
import { DirectLexer } from '../src/syntax/direct-lexer.js';

const vocabulary: TokenType[] = Object.values(createGeaCoreServices(EmptyFileSystem).gea.parser.Lexer.definition);
const chevrotain = new Lexer(vocabulary, { positionTracking: 'full' });
const direct = DirectLexer.for(vocabulary)!;

const described = (token: IToken) =>
  [
    token.image,
    token.startOffset,
    token.endOffset,
    token.startLine,
    token.endLine,
    token.startColumn,
    token.endColumn,
    token.tokenTypeIdx,
    token.tokenType.name,
  ].join(' ');

function chevrotainLexed(text: string) {
  const { tokens, groups, errors } = chevrotain.tokenize(text);
  return { tokens: tokens.map(described), hidden: (groups.hidden ?? []).map(described), errors: errors.length };
}

const ERROR_TOKENS = new Set(['UNCLOSED_STRING', 'UNCLOSED_COMMENT', 'MALFORMED_LITERAL']);

/** A text the direct lexer is to leave to Chevrotain: one with a lexer error or error token, or a surrogate. */
function leftToChevrotain(text: string): boolean {
  const { tokens, groups, errors } = chevrotain.tokenize(text);
  const errorToken = [...tokens, ...(groups.hidden ?? [])].some((token) => ERROR_TOKENS.has(token.tokenType.name));
  return errors.length > 0 || errorToken || /[\ud800-\udfff]/.test(text);
}

/** Both lexers on `text`: whether the direct one read it, and then that it read it as Chevrotain does. */
function compared(text: string): boolean {
  const theirs = chevrotainLexed(text);
  const ours = direct.tokenize(text);
  if (!ours) return false;
  expect(theirs.errors).toBe(0);
  expect({ tokens: ours.tokens.map(described), hidden: ours.hidden.map(described) }).toEqual({
    tokens: theirs.tokens,
    hidden: theirs.hidden,
  });
  return true;
}

const withLineEnds = (text: string) => [text, text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r'), `\n\r\n${text}\r\n\r`];

const TRICKY = [
  'legal-basis mn.pdp "8.1"',
  'legal-basisx legal- legal-basi legal base-registry-x dataset data datas data_1 data1',
  'valid-from valid-until registry-code group-by depends-on legally-binding legal-basis',
  'a.b.c a-b _x _ Жишээ_1 өргөдөл ё1 Ⅻ x²',
  // Combining marks go on a name, not at its start: `й` and `ё` saved decomposed.
  'хэвлэли\u0306 е\u0308 data\u0306 a\u0301-b',
  '1.0 123. 12.5% 99% 100/s 5/m 5/mx 10ms 10msx 10y 10yx 2026-01-01 2026-01-01x 2026-1-1 42 42a 0',
  '"a\\"b" "" "Монгол \\\\" "\\n" "tab\there"',
  '/* a\r\n b */ /**/ /* \n */x // line\r// next\n/*\n*/\r',
  '\ufeffagency a "А" {\u00a0kind ministry\u2028}',
  '{ } [ ] ( ) , . -',
  '"😀" /* 😀 */ // 😀',
  '',
  '   \t\n',
];

describe('the direct lexer', () => {
  it("reads every example and conformance text as Chevrotain's lexer does, whatever ends the lines", () => {
    const written = [
      ...conformanceEntries().flatMap((entry) => Object.values(entry.sources)),
      ...Object.values(geaFilesIn(MONGOLIA_EXAMPLE)),
      readFileSync(EVERY_CONSTRUCT, 'utf8'),
    ];
    let read = 0;
    let tokens = 0;
    for (const text of written.flatMap(withLineEnds)) {
      if (!compared(text)) continue;
      read++;
      tokens += direct.tokenize(text)!.tokens.length;
    }
    // Only a text with a lexer error is left to Chevrotain.
    const withErrors = written.flatMap(withLineEnds).filter(leftToChevrotain).length;
    expect(read + withErrors).toBe(written.length * 4);
    expect(withErrors).toBeLessThan(written.length);
    expect(tokens).toBeGreaterThan(30_000);
  });

  it('reads dashed keywords, names, numbers, strings, comments and line ends as Chevrotain does', () => {
    for (const text of TRICKY.flatMap(withLineEnds)) compared(text);
    expect(TRICKY.filter((text) => direct.tokenize(text) !== undefined).length).toBeGreaterThanOrEqual(TRICKY.length - 2);
  });

  it('leaves a name with a letter outside the Basic Multilingual Plane, and any lexer error, to Chevrotain', () => {
    for (const text of ['a𝒜 b', '𝒜', '"open', '/* open', '1.0', 'a @ b', 'a ; b', 'a\\b', '\u0306x']) {
      expect(direct.tokenize(text), text).toBeUndefined();
    }
  });

  it('reads random texts and mutated examples as Chevrotain does, or leaves them to it', () => {
    let read = 0;
    const extra = fc.constantFrom('', '\u00a0', '\u2028', '\ufeff', '\r', '\t', '@', '😀', '-', 'ё', '\u0306');
    fc.assert(
      fc.property(tokenText, extra, fc.constantFrom('\n', '\r\n', '\r'), (text, inserted, end) => {
        const written = text.replace(/\n/g, end).replace(/ /, ` ${inserted}`);
        if (compared(written)) read++;
        else expect(leftToChevrotain(written)).toBe(true);
      }),
      { numRuns: 400, seed: 42 },
    );
    const examples = Object.values(geaFilesIn(MONGOLIA_EXAMPLE));
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.array(mutation, { minLength: 1, maxLength: 4 }), (text, mutations) => {
        const written = mutate(text, mutations);
        if (compared(written)) read++;
        else expect(leftToChevrotain(written)).toBe(true);
      }),
      { numRuns: 150, seed: 42 },
    );
    expect(read).toBeGreaterThan(250);
  });

  it('is made only for the vocabulary it was written for', () => {
    const id = vocabulary.find((type) => type.name === 'ID')!;
    const others: TokenType[][] = [
      [...vocabulary, { name: 'HEX', PATTERN: /#[0-9a-f]+/ }],
      [{ name: '=>', PATTERN: '=>' }, ...vocabulary],
      [{ name: 'owner', PATTERN: 'owner' }, ...vocabulary.filter((type) => type.name !== 'owner')],
      [{ name: 'x-ray', PATTERN: 'x-ray', LONGER_ALT: id }, ...vocabulary],
      [{ name: 'x', PATTERN: 'x', LONGER_ALT: id }, { name: 'x-ray', PATTERN: 'x-ray' }, ...vocabulary],
      [{ name: '"', PATTERN: '"' }, ...vocabulary],
      vocabulary.filter((type) => type.name !== 'ID'),
      [...vocabulary.slice(-1), ...vocabulary.slice(0, -1)],
    ];
    for (const other of others) expect(DirectLexer.for(other)).toBeUndefined();
    expect(DirectLexer.for(vocabulary)).toBeDefined();
  });

  it("is the gea lexer's for a text without lexer errors", () => {
    const lexer = createGeaCoreServices(EmptyFileSystem).gea.parser.Lexer;
    const tokenKind = (text: string) => Object.getPrototypeOf(lexer.tokenize(text).tokens[0]);
    expect(tokenKind('agency a')).toBe(Object.getPrototypeOf(direct.tokenize('agency a')!.tokens[0]));
    expect(tokenKind('agency a @')).toBe(Object.prototype);
  });
});
