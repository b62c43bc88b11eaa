// English words of the syntax section: what the parser, the linker and the per-document checks
// say, and the workspace-wide `duplicate-name` and `plateau-order` findings. Code, ids and source
// excerpts come in already quoted (`` `colour` ``); lists come in already joined.
import type { Vocabulary } from '../../model/vocabulary.js';

/** A kind of thing a reference or a block names: the noun alone, and with its article. */
export interface TypeNoun {
  readonly bare: string;
  readonly one: string;
}

/** By grammar type. */
const TYPES = {
  Law: { bare: 'law', one: 'a law' },
  Plateau: { bare: 'plateau', one: 'a plateau' },
  Agency: { bare: 'agency', one: 'an agency' },
  Platform: { bare: 'platform', one: 'a platform' },
  Trust: { bare: 'trust service', one: 'a trust service' },
  Data: { bare: 'data asset', one: 'a data asset' },
  System: { bare: 'system', one: 'a system' },
  Interface: { bare: 'interface', one: 'an interface' },
  View: { bare: 'view', one: 'a view' },
  Waiver: { bare: 'waiver', one: 'a waiver' },
  Declaration: { bare: 'element', one: 'an element' },
  Field: { bare: 'field', one: 'a field' },
  Certificate: { bare: 'certificate', one: 'a certificate' },
  Operation: { bare: 'operation', one: 'an operation' },
  Event: { bare: 'event', one: 'an event' },
} satisfies Record<string, TypeNoun>;

/** Literals, by terminal name. */
const TERMINALS = {
  STRING: 'a quoted string',
  DATE: 'a date written YYYY-MM-DD',
  DURATION: 'a duration (a whole number and one of ms, s, m, h, d, w, y)',
  PERCENT: 'a percentage',
  RATE: 'a rate (a number per s, m, h or d)',
  INT: 'a whole number',
  ID: 'a name',
};

/** Names that are not references, by the grammar feature they fill. */
const FEATURES = {
  name: 'a name',
  locale: 'a locale',
  tags: 'a tag',
  rule: 'a rule id',
  key: 'a key',
  type: 'a type',
  value: 'a value',
  values: 'a value',
};

/** What the values of each fixed set are called (`unknown agency kind …`). */
const VALUE_SETS = {
  agencyKind: 'agency kind',
  platformKind: 'platform kind',
  trustKind: 'trust service kind',
  dataKind: 'data asset kind',
  viewKind: 'view kind',
  dependencyKind: 'dependency kind',
  classification: 'classification',
  privacy: 'privacy',
  documentFormat: 'document format',
  signatureFormat: 'signature format',
  signatureLevel: 'signature level',
  criticality: 'criticality',
  style: 'interface style',
  consent: 'consent method',
  auth: 'authentication',
  method: 'HTTP method',
  cadence: 'cadence',
  openFormat: 'open data format',
  groupBy: 'grouping',
} satisfies Record<keyof Vocabulary, string>;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const syntax = {
  types: TYPES,
  terminals: TERMINALS,
  features: FEATURES,
  valueSets: VALUE_SETS,
  endOfFile: 'the end of the file',
  /** "a, b or c" */
  alternatives: ({ items }: { items: readonly string[] }) =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`,
  /** How a set of keywords reads as one value: "one of a, b, c". */
  oneOf: ({ items }: { items: string }) => `one of ${items}`,
  /** "; did you mean `a` or `b`?", or nothing without names. */
  didYouMean: ({ names }: { names: readonly string[] }) =>
    names.length === 0 ? '' : `; did you mean ${names.map((name) => `\`${name}\``).join(' or ')}?`,

  // The parser.
  unknownProperty: ({ word, block, keywords, suggestion }: { word: string; block: string; keywords: string; suggestion: string }) =>
    suggestion
      ? `${word} is not a property of ${block}${suggestion} ${capitalize(block)} takes ${keywords}`
      : `${word} is not a property of ${block}; ${block} takes ${keywords}`,
  unexpectedInBlock: ({ found, block, keywords, form }: { found: string; block: string; keywords: string; form: string }) =>
    keywords
      ? `${found} cannot stand here in ${block}; ${block} takes ${keywords}`
      : form
        ? `${found} cannot stand here in ${block}; ${block} holds entries written ${form}`
        : `${found} cannot stand here in ${block}`,
  unclosedBlock: ({ head, line, closer, before }: { head: string; line: number; closer: string; before: string | undefined }) =>
    `${head} on line ${line} is not closed: add ${closer} ${before === undefined ? 'at the end of the file' : `before ${before}`}`,
  unknownKeyword: ({ word, suggestion, declarations }: { word: string; suggestion: string; declarations: string }) =>
    suggestion ? `unknown keyword ${word}${suggestion}` : `unknown keyword ${word}; a declaration starts with ${declarations}`,
  notFirstInFile: ({ keyword }: { keyword: string }) => `${keyword} comes first in a file, before every declaration`,
  missingSeparator: ({ before, after, separator, fixed }: { before: string; after: string; separator: string; fixed: string }) =>
    `${after} follows ${before} without a ${separator}: write ${fixed}`,
  propertyOutsideBlock: ({ word }: { word: string }) => `${word} is a property: write it inside the \`{ … }\` of a declaration`,
  cannotStartDeclaration: ({ found, declarations }: { found: string; declarations: string }) =>
    `${found} cannot start a declaration; a declaration starts with ${declarations}`,
  strayCloser: ({ closer }: { closer: string }) => `this ${closer} closes nothing: remove it`,
  ruleIdEndsWithDash: ({ written, suggestion }: { written: string; suggestion: string }) =>
    `the rule id ${written} ends with \`-\`${suggestion || '; `gea rules` lists the rule ids'}`,
  wordEndsWithDash: ({ written }: { written: string }) =>
    `${written} ends with \`-\`: a \`-\` joins two words, with no space on either side`,
  hyphenInName: ({ written, name }: { written: string; name: string }) => `${written}: a name cannot hold \`-\`; write ${name}`,
  missingString: ({ prefix, example }: { prefix: string; example: string }) => `${prefix} takes a quoted string: write ${example}`,
  missingLiteral: ({ prefix, noun, found, example }: { prefix: string; noun: string; found: string | undefined; example: string }) =>
    `${prefix} needs ${noun}${found === undefined ? '' : `, not ${found}`}, e.g. ${example}`,
  missingKeyword: ({ prefix, choices, found }: { prefix: string; choices: string; found: string | undefined }) =>
    `${prefix} needs a value${found === undefined ? '' : `, not ${found}`}: one of ${choices}`,
  missingChoice: ({ prefix, noun, found }: { prefix: string; noun: string; found: string | undefined }) =>
    `${prefix} needs ${noun}${found === undefined ? '' : `, not ${found}`}`,
  missingName: ({ prefix, noun, found, example }: { prefix: string; noun: string; found: string | undefined; example: string }) =>
    `${prefix} needs ${noun}${found === undefined ? '' : `, not ${found}`}: write ${example}`,
  blockExpected: ({ keyword, example }: { keyword: string; example: string }) => `${keyword} opens a block: write ${example}`,
  unexpectedToken: ({ expected, found }: { expected: string | undefined; found: string | undefined }) =>
    `${expected === undefined ? 'unexpected input' : `expected ${expected}`}, found ${found ?? 'the end of the file'}`,
  // Added to the one error of a text parsed again without recovery (decision 0039).
  readNoFurther: '; the file is not read past this error (too many errors in a row to recover from): fix this one first',

  // The lexer.
  notText: 'this is not a text file (it holds NUL bytes); gea reads .gea files as UTF-8 text',
  notUtf8: ({ byteOffset, looksLike }: { byteOffset: number; looksLike: string | undefined }) =>
    `this file is not UTF-8 text (byte ${byteOffset} does not begin a UTF-8 character)` +
    `${looksLike === undefined ? '' : `; it looks like ${looksLike}`}: save it as UTF-8`,
  unclosedString: 'this string is not closed: add `"` before the end of the line',
  unclosedComment: 'this comment is not closed: add `*/`',
  unknownEscape: ({ escape }: { escape: string }) =>
    `\`${escape}\` is not an escape of a string: a string takes \`\\"\`, \`\\\\\`, \`\\n\`, \`\\t\` and \`\\u{…}\` (up to \`\\u{10FFFF}\`); write \`\\\\\` for a backslash`,
  notCharacter: ({ escape, surrogate }: { escape: string; surrogate: boolean }) =>
    surrogate
      ? `\`${escape}\` is not a Unicode character: D800–DFFF are halves of UTF-16 pairs, which stand for nothing alone; write the character's own code point, e.g. \`\\u{1F600}\``
      : `\`${escape}\` is not a character a string can hold: NUL cuts the text short in many tools that read gea's outputs; remove it`,
  unexpectedCharacter: ({ character, hint }: { character: string; hint: string }) => `unexpected character ${character}${hint}`,
  unexpectedCharacters: ({ characters, hint }: { characters: string; hint: string }) => `unexpected characters ${characters}${hint}`,
  characterHints: {
    valueAfterSpace: '; a value follows its keyword after a space, as in `owner gasr`',
    noSeparator: '; properties need no separator',
  },

  // Checks of one document.
  givenTwice: ({ keyword }: { keyword: string }) => `${keyword} is given twice here; keep one`,
  unknownValue: ({ value, what, closest, allowed }: { value: string; what: string; closest: string | undefined; allowed: string }) =>
    `unknown ${what} ${value}; ${closest === undefined ? '' : `did you mean ${closest}? `}expected one of: ${allowed}`,
  notCalendarDate: ({ date }: { date: string }) => `${date} is not a calendar date; write YYYY-MM-DD`,
  unknownRule: ({ rule, suggestion }: { rule: string; suggestion: string }) =>
    `unknown rule ${rule}${suggestion || '; `gea rules` lists them'}`,
  plateauNeedsDate: ({ plateau }: { plateau: string }) =>
    `plateau \`${plateau}\` needs a \`date\`, e.g. \`{ date 2028-01-01 }\`; until it has one, no rule is checked there and a \`from\` or \`until\` naming it bounds nothing`,
  comparesItself: ({ plateau }: { plateau: string }) =>
    `a gap view compares two plateaus, not \`${plateau}\` with itself; name the other one (\`compare ${plateau} target\`)`,
  viewNeedsKind: ({ view, kinds }: { view: string; kinds: string }) =>
    `view \`${view}\` lacks a \`kind\`, which says what it draws; add \`kind ${kinds}\``,
  viewNeedsSubject: ({ view, kind, expected }: { view: string; kind: string; expected: string }) =>
    `view \`${view}\` is a \`${kind}\` view: it needs \`of\`, naming ${expected}`,
  percentOver: ({ value }: { value: string }) => `\`${value}\` is more than 100%: an availability is a share of the time, e.g. \`99.5%\``,
  latencyInYears: ({ value }: { value: string }) =>
    `\`${value}\` is a latency in years, which have no fixed length: write it in ms, s, m, h, d or w, e.g. \`800ms\``,
  latencyTooLong: ({ value, limit }: { value: string; limit: string }) =>
    `\`${value}\` is longer than gea holds exactly (${limit} ms, about 285 000 years): a latency is how long one answer takes, e.g. \`800ms\``,
  depthTooLarge: ({ value, limit }: { value: string; limit: string }) =>
    `\`depth ${value}\` is more than ${limit}, the largest whole number gea holds exactly: a depth counts the steps out from the subject, e.g. \`depth 2\``,
  certificateIncomplete: ({ subject, missing }: { subject: string; missing: string }) =>
    `certificate "${subject}" needs ${missing}: a certificate says when it is valid, e.g. \`{ valid-from 2024-01-01 valid-until 2029-01-01 }\``,
  certificateReversed: ({ subject, validFrom, validUntil }: { subject: string; validFrom: string; validUntil: string }) =>
    `certificate "${subject}" is valid until ${validUntil}, before it is valid from ${validFrom}; swap the two dates or correct one`,
  waiverIncomplete: ({ waiver, missing }: { waiver: string; missing: string }) =>
    `waiver \`${waiver}\` needs ${missing}: a waiver names the rule, the element it excuses and why`,
  waiverReasonBlank: ({ waiver }: { waiver: string }) =>
    `the \`reason\` of waiver \`${waiver}\` is empty; say why the exception is accepted, e.g. \`reason "legacy link, replaced by the target state"\``,
  fieldTwice: ({ field, data }: { field: string; data: string }) =>
    `field \`${field}\` is declared twice in data asset \`${data}\`; rename or remove one`,
  memberTwice: ({ name, owner }: { name: string; owner: string }) =>
    `\`${name}\` is declared twice in interface \`${owner}\`; rename or remove one`,
  spacesAroundDash: ({ value }: { value: string }) => `write \`${value}\` without spaces around \`-\``,
  notLocaleCode: ({ locale, language }: { locale: string; language: string | undefined }) =>
    `${locale} is not a locale code: a locale is a language code of two or three lower-case letters${language === undefined ? ', such as `en`' : `; write ${language}`}`,
  flagTakesNoValue: ({ flag }: { flag: string }) => `a flag takes no value: write ${flag}, or leave it out to mean no`,
  plateauLifecycle: ({ plateau, keyword }: { plateau: string; keyword: string }) =>
    `a plateau is a dated state, not something that comes and goes: ${keyword} means nothing on plateau \`${plateau}\`; remove it`,
  keyOptional: ({ field }: { field: string }) =>
    `field ${field} is both \`key\` and \`optional\`, but a record or message always holds its key fields (the specs require them); remove \`optional\`, or \`key\``,
  placeholderTwice: ({ path, placeholder }: { path: string; placeholder: string }) =>
    `path ${path} has the placeholder ${placeholder} twice, and a path parameter has one place; give each its own name`,
  percentTooPrecise: ({ value, read }: { value: string; read: string }) =>
    `\`${value}\` has more digits than gea holds exactly (it would be read as \`${read}%\`); write fewer decimals, e.g. \`99.999%\``,
  lifecycleInBlock: ({ statement, parts }: { statement: string; parts: string }) =>
    `a ${statement} statement takes \`from\` and \`until\` inside its own \`{ … }\` block: write ${parts} there`,
  lifecycleInParentheses: ({ statement, parts }: { statement: string; parts: string }) =>
    `a ${statement} statement takes \`from\` and \`until\` in parentheses right after it: write ${parts}`,

  // The linker.
  unknownField: ({ field }: { field: string }) => `unknown field \`${field}\``,
  noSuchField: ({ data, field, suggestion }: { data: string; field: string; suggestion: string }) =>
    `data asset \`${data}\` has no field \`${field}\`${suggestion}`,
  wrongKind: ({ name, actual, expected }: { name: string; actual: string; expected: string }) =>
    `\`${name}\` is ${actual}, not ${expected}; name ${expected} here`,
  unknownFieldType: ({ name, types, suggestion }: { name: string; types: string; suggestion: string }) =>
    `\`${name}\` is neither a field type (${types}) nor a data asset declared here${suggestion}`,
  notDeclared: ({ expected, name, suggestion }: { expected: string; name: string; suggestion: string }) =>
    `no ${expected} named \`${name}\` is declared${suggestion || '; declare it, or check the name and namespace'}`,

  // The workspace: one full name declared twice, two plateaus on one date.
  atLine: ({ line }: { line: number }) => `line ${line}`,
  duplicateName: ({ id, where, more }: { id: string; where: string; more: number }) =>
    `\`${id}\` is declared more than once (also at ${where}${more > 0 ? ` and ${more} other place${more === 1 ? '' : 's'}` : ''}); rename one — references go to the first`,
  nameRestated: ({ element, locale }: { element: string; locale: string }) =>
    `\`${element}\` is named in \`${locale}\`, the default locale, both by its title and by \`name ${locale}\`; keep one`,
  descriptionRestated: ({ element, locale }: { element: string; locale: string }) =>
    `\`${element}\` is described in \`${locale}\`, the default locale, both by \`description "…"\` and by \`description ${locale} "…"\`; keep one`,
  plateauOrder: ({ plateau, date, earlier, where }: { plateau: string; date: string; earlier: string; where: string }) =>
    `plateau \`${plateau}\` has the same date ${date} as \`${earlier}\` (${where}); plateaus are ordered by date, so give each its own`,
};
