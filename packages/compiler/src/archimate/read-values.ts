// Reads the property values the exporter writes (lifecycles, lists, fields, operations, events,
// certificates, signatures, legal bases) back into gea pieces, checking every reference against
// the declarations the import writes and every value against gea's vocabulary. Anything that does
// not read gives undefined, and the importer keeps it as `meta` instead.
import { isCalendarDate, VOCABULARY, type Vocabulary } from '@gea-arch/core';
import { FragmentError, readFragment, type TokenReader } from './fragments.js';
import { commaList, glue, inline, ref, str, word, type Line, type Piece } from './gea-source.js';
import { isIdentifier, isQualifiedName } from './identifiers.js';

export type DeclarationKind = 'law' | 'plateau' | 'agency' | 'platform' | 'trust' | 'data' | 'system' | 'interface' | 'view';

export interface ReadContext {
  /** The kind of the declaration the import writes under this full name, if any. */
  kindOf(name: string): DeclarationKind | undefined;
  /** The fields of a data asset the import writes. */
  fieldsOf(name: string): ReadonlySet<string>;
}

const PRIMITIVES = ['string', 'integer', 'decimal', 'boolean', 'date', 'datetime', 'binary'];
const FIELD_FLAGS = ['key', 'personal', 'sensitive', 'optional'];
export const DURATION = /^[0-9]+(ms|s|m|h|d|w|y)$/;
export const PERCENT = /^[0-9]+(\.[0-9]+)?%$/;
export const RATE = /^[0-9]+(\.[0-9]+)?\/(s|m|h|d)$/;

/** A value of one of gea's fixed sets, matched without regard to case (`High` → `high`). */
export function vocabularyValue<K extends keyof Vocabulary>(set: K, text: string): Vocabulary[K][number] | undefined {
  const wanted = text.trim().toLowerCase();
  return (VOCABULARY[set] as readonly string[]).find((value) => value.toLowerCase() === wanted) as Vocabulary[K][number] | undefined;
}

/** `a, b` of one fixed set. */
export function vocabularyList<K extends keyof Vocabulary>(set: K, text: string): Vocabulary[K][number][] | undefined {
  const values = text.split(',').map((part) => vocabularyValue(set, part));
  return values.every((value) => value !== undefined) ? (values as Vocabulary[K][number][]) : undefined;
}

/** `a, b` of identifiers (tags). */
export function identifierList(text: string): string[] | undefined {
  const values = text.split(',').map((part) => part.trim());
  return values.every(isIdentifier) ? values : undefined;
}

/** `a.b, c` of names the import declares, each of one of `kinds` (any kind when none are given). */
export function referenceList(text: string, context: ReadContext, kinds?: readonly DeclarationKind[]): string[] | undefined {
  const values = text.split(',').map((part) => part.trim());
  return values.every((value) => isReference(value, context, kinds)) ? values : undefined;
}

function isReference(name: string, context: ReadContext, kinds?: readonly DeclarationKind[]): boolean {
  if (!isQualifiedName(name)) return false;
  const kind = context.kindOf(name);
  return kind !== undefined && (kinds === undefined || kinds.includes(kind));
}

/** `from current until target`, as `from` and `until` pieces. */
export function readLifecycle(text: string, context: ReadContext): Piece[] | undefined {
  return readFragment(text, (reader) => {
    const pieces: Piece[] = [];
    for (const keyword of ['from', 'until']) {
      if (!reader.isWord(keyword)) continue;
      reader.word();
      pieces.push(word(keyword), ref(reference(reader, context, ['plateau'])));
    }
    return pieces.length > 0 ? pieces : fail();
  });
}

/** `register_no string "Регистрийн дугаар" key`: the field's name and its `field …` line. */
export function readField(text: string, context: ReadContext): { readonly name: string; readonly line: Line } | undefined {
  return readFragment(text, (reader) => {
    const name = identifier(reader);
    const typeName = reader.word();
    const type = PRIMITIVES.includes(typeName) ? word(typeName) : isReference(typeName, context, ['data']) ? ref(typeName) : fail();
    const line: Piece[] = [word('field'), word(name), type];
    if (reader.isPunct('[')) {
      reader.punct('[');
      reader.punct(']');
      line.push(glue('[]'));
    }
    if (reader.isString()) line.push(str(reader.string()));
    while (!reader.done) {
      const flag = reader.word();
      if (!FIELD_FLAGS.includes(flag)) fail();
      line.push(word(flag));
    }
    return { name, line };
  });
}

/** `get_citizen { method GET path "…" input citizen { register_no } }` as an `operation` line. */
export function readOperation(text: string, context: ReadContext): Line | undefined {
  return readFragment(text, (reader) => {
    const name = identifier(reader);
    const members = memberBlock(reader, (keyword) => {
      switch (keyword) {
        case 'method':
          return [word('method'), word(vocabulary(reader, 'method'))];
        case 'path':
        case 'description':
          return [word(keyword), str(reader.string())];
        case 'input':
        case 'output':
          return [word(keyword), ...payload(reader, context)];
        default:
          return fail();
      }
    });
    return [word('operation'), word(name), ...(members.length > 0 ? [inline(members.flat())] : [])];
  });
}

/** `citizen_changed { payload citizen { register_no } }` as an `event` line. */
export function readEvent(text: string, context: ReadContext): Line | undefined {
  return readFragment(text, (reader) => {
    const name = identifier(reader);
    const members = memberBlock(reader, (keyword) => {
      if (keyword === 'description') return [word('description'), str(reader.string())];
      if (keyword === 'payload') return [word('payload'), ...payload(reader, context)];
      return fail();
    });
    return [word('event'), word(name), ...(members.length > 0 ? [inline(members.flat())] : [])];
  });
}

/** `"MNRCA" valid-from 2021-01-01 valid-until 2041-01-01 fingerprint "sha256:…"` as a `certificate` line. */
export function readCertificate(text: string): Line | undefined {
  return readFragment(text, (reader) => {
    const subject = reader.string();
    const members: Piece[] = [];
    while (!reader.done) {
      const keyword = reader.word();
      if (keyword === 'valid-from' || keyword === 'valid-until') members.push(word(keyword), word(date(reader)));
      else if (keyword === 'fingerprint') members.push(word(keyword), str(reader.string()));
      else fail();
    }
    return [word('certificate'), str(subject), ...(members.length > 0 ? [inline(members)] : [])];
  });
}

/** `level qualified format PAdES with ca timestamp tsa` as member lines (none for an empty signature). */
export function readSignature(text: string, context: ReadContext): Line[] | undefined {
  return readFragment(text, (reader) => {
    const lines: Line[] = [];
    while (!reader.done) {
      const keyword = reader.word();
      if (keyword === 'level') lines.push([word('level'), word(vocabulary(reader, 'signatureLevel'))]);
      else if (keyword === 'format') lines.push([word('format'), word(vocabulary(reader, 'signatureFormat'))]);
      else if (keyword === 'with' || keyword === 'timestamp') lines.push([word(keyword), ref(reference(reader, context, ['trust']))]);
      else fail();
    }
    return lines;
  });
}

/** A waiver read from the element it is written on: its full name, title, rule, reason and end. */
export interface ReadWaiver {
  readonly name: string;
  readonly title?: string;
  readonly rule: string;
  readonly reason: string;
  readonly until?: string;
}

/** `mn.tax.w1 "Шилжилт" rule cross-agency-via-platform reason "…" until target` (property-values.ts `waiverValue`). */
export function readWaiver(text: string, context: ReadContext): ReadWaiver | undefined {
  return readFragment(text, (reader) => {
    const name = reader.word();
    if (!isQualifiedName(name)) fail();
    const title = reader.isString() ? reader.string() : undefined;
    let rule: string | undefined;
    let reason: string | undefined;
    let until: string | undefined;
    while (!reader.done) {
      const keyword = reader.word();
      if (keyword === 'rule' && rule === undefined) rule = ruleIdWord(reader.word());
      else if (keyword === 'reason' && reason === undefined) reason = reader.string();
      else if (keyword === 'until' && until === undefined) until = reference(reader, context, ['plateau']);
      else fail();
    }
    if (rule === undefined || reason === undefined) fail();
    return { name, ...(title !== undefined ? { title } : {}), rule, reason, ...(until !== undefined ? { until } : {}) };
  });
}

/** A word written as rule ids are (`cross-agency-via-platform`); whether gea knows it is `gea check`'s business. */
function ruleIdWord(text: string): string {
  return /^[a-z]+(?:-[a-z]+)*$/.test(text) ? text : fail();
}

/** `pdp_law "8.1"` as the pieces after `legal-basis`. */
export function readLegalBasis(text: string, context: ReadContext): Piece[] | undefined {
  return readFragment(text, (reader) => {
    const law = reference(reader, context, ['law']);
    return reader.isString() ? [ref(law), str(reader.string())] : [ref(law)];
  });
}

/** `a, b` of field names of `data`. */
export function readFieldNames(text: string, data: string, context: ReadContext): Piece[] | undefined {
  return readFragment(text, (reader) => {
    const names = reader.words();
    const known = context.fieldsOf(data);
    return names.every((name) => known.has(name)) ? commaList(names, word) : fail();
  });
}

function payload(reader: TokenReader, context: ReadContext): Piece[] {
  const data = reference(reader, context, ['data']);
  if (!reader.isPunct('{')) return [ref(data)];
  reader.punct('{');
  const names = reader.isPunct('}') ? [] : reader.words();
  reader.punct('}');
  const known = context.fieldsOf(data);
  if (!names.every((name) => known.has(name))) fail();
  return [ref(data), inline(commaList(names, word))];
}

/** `{ member … }` after a name: each member read by `member` from its keyword; none without braces. */
function memberBlock(reader: TokenReader, member: (keyword: string) => Piece[]): Piece[][] {
  if (reader.done) return [];
  reader.punct('{');
  const members: Piece[][] = [];
  while (!reader.isPunct('}')) members.push(member(reader.word()));
  reader.punct('}');
  return members;
}

function identifier(reader: TokenReader): string {
  const name = reader.word();
  return isIdentifier(name) ? name : fail();
}

function reference(reader: TokenReader, context: ReadContext, kinds: readonly DeclarationKind[]): string {
  const name = reader.word();
  return isReference(name, context, kinds) ? name : fail();
}

function vocabulary(reader: TokenReader, set: keyof Vocabulary): string {
  return vocabularyValue(set, reader.word()) ?? fail();
}

function date(reader: TokenReader): string {
  const text = reader.word();
  return isCalendarDate(text) ? text : fail();
}

/** Not the value expected: readFragment turns it into undefined. */
function fail(): never {
  throw new FragmentError();
}
