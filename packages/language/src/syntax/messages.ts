// The English text of every syntax message, one function per message, so that the wording lives
// in one place (and can move to per-locale tables). Source text is always passed through
// `excerpt`, so a message never quotes more than a short, printable piece of the file.
import { didYouMean } from '@gea-arch/core';
import { excerpt } from './excerpt.js';
import type { ValueShape } from './grammar-facts.js';

/** The kinds of declaration a reference names, by grammar type: what to call one, and its placeholder. */
const TYPE_NOUNS: Record<string, readonly [noun: string, placeholder: string]> = {
  Law: ['a law', 'LAW'],
  Plateau: ['a plateau', 'PLATEAU'],
  Agency: ['an agency', 'AGENCY'],
  Platform: ['a platform', 'PLATFORM'],
  Trust: ['a trust service', 'TRUST'],
  Data: ['a data asset', 'DATA'],
  System: ['a system', 'SYSTEM'],
  Interface: ['an interface', 'INTERFACE'],
  View: ['a view', 'VIEW'],
  Waiver: ['a waiver', 'WAIVER'],
  Declaration: ['an element', 'ELEMENT'],
  Field: ['a field', 'FIELD'],
  Certificate: ['a certificate', 'CERTIFICATE'],
  Operation: ['an operation', 'OPERATION'],
  Event: ['an event', 'EVENT'],
};

/** Literals, by terminal name: what to call one, and an example. */
const TERMINALS: Record<string, readonly [noun: string, example: string]> = {
  STRING: ['a quoted string', '"…"'],
  DATE: ['a date written YYYY-MM-DD', '2026-01-01'],
  DURATION: ['a duration (a whole number and one of ms, s, m, h, d, w, y)', '90d'],
  PERCENT: ['a percentage', '99.5%'],
  RATE: ['a rate (a number per s, m, h or d)', '100/s'],
  INT: ['a whole number', '2'],
  ID: ['a name', 'NAME'],
};

/** Names that are not references, by the grammar feature they fill. */
const FEATURE_NOUNS: Record<string, readonly [noun: string, placeholder: string]> = {
  name: ['a name', 'NAME'],
  locale: ['a locale', 'LOCALE'],
  tags: ['a tag', 'TAG'],
  rule: ['a rule id', 'RULE-ID'],
  key: ['a key', 'KEY'],
  type: ['a type', 'TYPE'],
  value: ['a value', 'VALUE'],
  values: ['a value', 'VALUE'],
};

const LIST_LIMIT = 12;

function code(text: string): string {
  return `\`${excerpt(text)}\``;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `a, b, c` in full when short, else the first ones and `…`. */
function list(words: readonly string[]): string {
  const shown = words.length > LIST_LIMIT + 2 ? [...words.slice(0, LIST_LIMIT), '…'] : words;
  return shown.join(', ');
}

function alternatives(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

function typeNoun(type: string): readonly [string, string] {
  return TYPE_NOUNS[type] ?? [`a ${type.toLowerCase()}`, type.toUpperCase()];
}

function featureNoun(feature: string | undefined): readonly [string, string] {
  return (feature && FEATURE_NOUNS[feature]) || ['a name', 'NAME'];
}

/** What to call a block in a message: `a system` for a declaration, `` `sla { … }` `` for a nested one. */
export function blockNoun(rule: string, keyword: string | undefined, opener: string, closer: string): string {
  const noun = TYPE_NOUNS[rule]?.[0];
  if (noun) return noun;
  const head = keyword !== undefined && keyword !== opener ? `${keyword} ` : '';
  return `\`${head}${opener} … ${closer}\``;
}

/** How a shape reads in a message (`a data asset`) and how to write it (`DATA`). */
function describe(shape: ValueShape): { noun: string; placeholder: string } {
  switch (shape.kind) {
    case 'reference': {
      const [noun, placeholder] = typeNoun(shape.type);
      return { noun, placeholder };
    }
    case 'terminal': {
      const [noun, example] = TERMINALS[shape.terminal] ?? [`a ${shape.terminal}`, shape.terminal];
      return { noun, placeholder: example };
    }
    case 'keywords':
      return { noun: `one of ${list(shape.keywords)}`, placeholder: shape.keywords[0] ?? '' };
    case 'name': {
      const [noun, placeholder] = featureNoun(shape.feature);
      return { noun, placeholder };
    }
    case 'choice': {
      const [noun, placeholder] = featureNoun(shape.feature);
      const options = shape.options.map((option) => describe(option).noun);
      return { noun: shape.feature ? `${noun}: ${alternatives(options)}` : alternatives(options), placeholder };
    }
  }
}

// --- the parser ---------------------------------------------------------------------------

export function unknownProperty(word: string, block: string, keywords: readonly string[], suggestions: readonly string[]): string {
  const head = `${code(word)} is not a property of ${block}`;
  const takes = `${block} takes ${list(keywords)}`;
  return suggestions.length > 0 ? `${head}${didYouMean(suggestions)} ${capitalize(takes)}` : `${head}; ${takes}`;
}

export function unexpectedInBlock(found: string, block: string, keywords: readonly string[], memberParts: readonly ValueShape[]): string {
  const form = memberParts.map((part) => describe(part).placeholder).join(' ');
  const takes = keywords.length > 0 ? `; ${block} takes ${list(keywords)}` : form ? `; ${block} holds entries written \`${form}\`` : '';
  return `${code(found)} cannot stand here in ${block}${takes}`;
}

/** A block runs into the next declaration, a wrong closer or the end of the file. */
export function unclosedBlock(head: string, line: number, closer: string, before: string | undefined): string {
  const where = before === undefined ? 'at the end of the file' : `before ${code(before)}`;
  return `${code(head)} on line ${line} is not closed: add ${code(closer)} ${where}`;
}

export function unknownKeyword(word: string, suggestions: readonly string[], declarationKeywords: readonly string[]): string {
  if (suggestions.length > 0) return `unknown keyword ${code(word)}${didYouMean(suggestions)}`;
  return `unknown keyword ${code(word)}; a declaration starts with ${alternatives(declarationKeywords)}`;
}

export function notFirstInFile(keyword: string): string {
  return `${code(keyword)} comes first in a file, before every declaration`;
}

export function missingSeparator(before: string, after: string, separator: string): string {
  return `${code(after)} follows ${code(before)} without a ${code(separator)}: write ${code(`${before}${separator} ${after}`)}`;
}

export function propertyOutsideBlock(word: string): string {
  return `${code(word)} is a property: write it inside the \`{ … }\` of a declaration`;
}

export function cannotStartDeclaration(found: string, declarationKeywords: readonly string[]): string {
  return `${code(found)} cannot start a declaration; a declaration starts with ${alternatives(declarationKeywords)}`;
}

export function strayCloser(closer: string): string {
  return `this \`${closer}\` closes nothing: remove it`;
}

/**
 * A property or statement is missing its value: `masters` needs a data asset. `prefix` is what
 * was written of it so far; `found` the literal written instead, if any.
 */
export function missingValue(prefix: string, shape: ValueShape, found: string | undefined): string {
  const instead = found === undefined ? '' : `, not ${code(found)}`;
  if (shape.kind === 'terminal' && shape.terminal === 'STRING') {
    const value = found === undefined ? '…' : found.replace(/["\\]/g, '\\$&');
    return `${code(prefix)} takes a quoted string: write ${code(`${prefix} "${value}"`)}`;
  }
  const { noun, placeholder } = describe(shape);
  if (shape.kind === 'terminal') return `${code(prefix)} needs ${noun}${instead}, e.g. ${code(`${prefix} ${placeholder}`)}`;
  if (shape.kind === 'keywords') return `${code(prefix)} needs a value${instead}: ${noun}`;
  if (shape.kind === 'choice') return `${code(prefix)} needs ${noun}${instead}`;
  return `${code(prefix)} needs ${noun}${instead}: write ${code(`${prefix} ${placeholder}`)}`;
}

/** `sla` and the like are blocks. */
export function blockExpected(keyword: string, opener: string, closer: string): string {
  return `${code(keyword)} opens a block: write \`${excerpt(keyword)} ${opener} … ${closer}\``;
}

/** The last resort: what the parser expected and what it found. */
export function unexpectedToken(expected: readonly string[], found: string | undefined): string {
  const wanted = expected.length > 0 ? `expected ${alternatives(expected.length > LIST_LIMIT ? [...expected.slice(0, LIST_LIMIT), '…'] : expected)}` : 'unexpected input';
  return `${wanted}, found ${found === undefined ? 'the end of the file' : code(found)}`;
}

/** How an expected token reads in `unexpectedToken`: `` `}` ``, `a quoted string`, `the end of the file`. */
export function tokenNoun(tokenName: string, isTerminal: boolean): string {
  if (tokenName === 'EOF') return 'the end of the file';
  if (isTerminal) return TERMINALS[tokenName]?.[0] ?? `a ${tokenName}`;
  return code(tokenName);
}

// --- the lexer ----------------------------------------------------------------------------

export function unclosedString(): string {
  return 'this string is not closed: add `"` before the end of the line';
}

export function unclosedComment(): string {
  return 'this comment is not closed: add `*/`';
}

const CHARACTER_HINTS: Record<string, string> = {
  ':': '; a value follows its keyword after a space, as in `owner gasr`',
  '=': '; a value follows its keyword after a space, as in `owner gasr`',
  ';': '; properties need no separator',
};

export function unexpectedCharacters(characters: string): string {
  const noun = Array.from(characters).length === 1 ? 'character' : 'characters';
  return `unexpected ${noun} ${code(characters)}${CHARACTER_HINTS[characters] ?? ''}`;
}
