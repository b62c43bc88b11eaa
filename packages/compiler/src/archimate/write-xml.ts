// Writes an exchange model as the Open Group Model Exchange File Format 3.1 (the XSDs' element
// order), every model string escaped. Same model, same bytes. The document is encoded as UTF-8 as
// it is written, into pieces of 4 MB: a national model's is 120 MB, and as lines of text joined at
// the end it took a gigabyte; the build writes the pieces one after another, never joined, so
// that the document is never in memory twice (decision 0029).
import type {
  Diagram,
  DiagramConnection,
  DiagramNode,
  ExchangeConcept,
  ExchangeModel,
  ExchangeProperty,
  LangString,
  OrganizationItem,
  PropertyDefinition,
} from './exchange.js';

export const ARCHIMATE_NAMESPACE = 'http://www.opengroup.org/xsd/archimate/3.0/';
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
const SCHEMA_LOCATION = `${ARCHIMATE_NAMESPACE} http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd`;

export function writeExchangeXml(model: ExchangeModel): string {
  const decoder = new TextDecoder();
  return exchangeXmlPieces(model).reduce((text, piece) => text + decoder.decode(piece, { stream: true }), '') + decoder.decode();
}

export interface XmlPiecesOptions {
  /** Told the bytes of each diagram that says what it is made from and was written now (not `written` before). */
  readonly onDiagramWritten?: (diagram: Diagram, bytes: Uint8Array) => void;
}

/** The document as `writeExchangeXml` writes it, in UTF-8, in pieces to be written one after another. */
export function exchangeXmlPieces(model: ExchangeModel, options: XmlPiecesOptions = {}): Uint8Array[] {
  const xml = new XmlWriter();
  xml.raw('<?xml version="1.0" encoding="UTF-8"?>');
  xml.open('model', {
    xmlns: ARCHIMATE_NAMESPACE,
    'xmlns:xsi': XSI_NAMESPACE,
    'xsi:schemaLocation': SCHEMA_LOCATION,
    identifier: model.id,
  });
  texts(xml, 'name', model.names);
  texts(xml, 'documentation', model.documentation);
  // Each property's reference to its definition, as the attribute it is written as.
  const definitionIds = new Map(
    model.propertyDefinitions.map((definition) => [definition.name, attributeText({ propertyDefinitionRef: definition.id })]),
  );
  properties(xml, model.properties, definitionIds);
  if (model.elements.length > 0) {
    xml.open('elements');
    for (const element of model.elements) {
      xml.open('element', { identifier: element.id, 'xsi:type': element.type });
      concept(xml, element, definitionIds);
      xml.close('element');
    }
    xml.close('elements');
  }
  if (model.relationships.length > 0) {
    xml.open('relationships');
    for (const relationship of model.relationships) {
      xml.open('relationship', {
        identifier: relationship.id,
        source: relationship.source,
        target: relationship.target,
        'xsi:type': relationship.type,
        accessType: relationship.accessType,
        isDirected: relationship.isDirected ? 'true' : undefined,
      });
      concept(xml, relationship, definitionIds);
      xml.close('relationship');
    }
    xml.close('relationships');
  }
  if (model.organizations.length > 0) {
    xml.open('organizations');
    for (const item of model.organizations) organization(xml, item);
    xml.close('organizations');
  }
  if (model.propertyDefinitions.length > 0) {
    xml.open('propertyDefinitions');
    for (const definition of model.propertyDefinitions) propertyDefinition(xml, definition);
    xml.close('propertyDefinitions');
  }
  if (model.diagrams.length > 0) {
    xml.open('views');
    xml.open('diagrams');
    for (const diagram of model.diagrams) {
      if (diagram.written) xml.insert(diagram.written);
      else if (diagram.madeFrom !== undefined && options.onDiagramWritten) {
        const bytes = xml.apart((apart) => writeDiagram(apart, diagram, definitionIds));
        options.onDiagramWritten(diagram, bytes);
        xml.insert(bytes);
      } else writeDiagram(xml, diagram, definitionIds);
    }
    xml.close('diagrams');
    xml.close('views');
  }
  xml.close('model');
  return xml.bytes();
}

function concept(xml: XmlWriter, concept: ExchangeConcept, definitionIds: ReadonlyMap<string, string>): void {
  texts(xml, 'name', concept.names);
  texts(xml, 'documentation', concept.documentation);
  properties(xml, concept.properties, definitionIds);
}

function texts(xml: XmlWriter, tag: string, values: readonly LangString[]): void {
  for (const value of values) xml.leaf(tag, value.text, langAttribute(value.lang));
}

function properties(xml: XmlWriter, values: readonly ExchangeProperty[], definitionIds: ReadonlyMap<string, string>): void {
  if (values.length === 0) return;
  xml.open('properties');
  for (const property of values) {
    const ref = definitionIds.get(property.key);
    if (ref === undefined) throw new Error(`no property definition for '${property.key}'`);
    xml.around('property', ref, 'value', property.value);
  }
  xml.close('properties');
}

function organization(xml: XmlWriter, item: OrganizationItem): void {
  const attributes = { identifier: item.id, identifierRef: item.ref };
  if (item.labels.length === 0 && item.items.length === 0) {
    xml.empty('item', attributes);
    return;
  }
  xml.open('item', attributes);
  texts(xml, 'label', item.labels);
  for (const child of item.items) organization(xml, child);
  xml.close('item');
}

function propertyDefinition(xml: XmlWriter, definition: PropertyDefinition): void {
  xml.open('propertyDefinition', { identifier: definition.id, type: definition.type });
  xml.leaf('name', definition.name);
  xml.close('propertyDefinition');
}

function writeDiagram(xml: XmlWriter, diagram: Diagram, definitionIds: ReadonlyMap<string, string>): void {
  xml.open('view', { identifier: diagram.id, 'xsi:type': 'Diagram', viewpoint: diagram.viewpoint });
  concept(xml, diagram, definitionIds);
  for (const node of diagram.nodes) writeNode(xml, node);
  for (const connection of diagram.connections) writeConnection(xml, connection);
  xml.close('view');
}

function writeNode(xml: XmlWriter, node: DiagramNode): void {
  const attributes =
    attribute('identifier', node.id) +
    attribute('elementRef', node.elementRef) +
    attribute('xsi:type', node.type) +
    ` x="${node.x}" y="${node.y}" w="${node.w}" h="${node.h}"`;
  if (node.labels.length === 0 && node.nodes.length === 0) {
    xml.empty('node', attributes);
    return;
  }
  xml.open('node', attributes);
  texts(xml, 'label', node.labels);
  for (const child of node.nodes) writeNode(xml, child);
  xml.close('node');
}

function writeConnection(xml: XmlWriter, connection: DiagramConnection): void {
  const attributes =
    attribute('identifier', connection.id) +
    attribute('relationshipRef', connection.relationshipRef) +
    attribute('xsi:type', connection.type) +
    attribute('source', connection.source) +
    attribute('target', connection.target);
  if (connection.labels.length === 0 && connection.bendpoints.length === 0) {
    xml.empty('connection', attributes);
    return;
  }
  xml.open('connection', attributes);
  texts(xml, 'label', connection.labels);
  for (const point of connection.bendpoints) xml.empty('bendpoint', ` x="${point.x}" y="${point.y}"`);
  xml.close('connection');
}

/** gea locales are language codes (`en`, decision 0064); a name in any other (an error) is written with `-` for `_`, as a language tag, where it can be one. */
export function languageTag(locale: string): string | undefined {
  const tag = locale.replace(/_/g, '-');
  return /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/.test(tag) ? tag : undefined;
}

/** Each locale's `xml:lang` as written (a national model has tens of thousands of names in a few locales). */
const LANG_ATTRIBUTES = new Map<string | undefined, string>();

function langAttribute(lang: string | undefined): string {
  let written = LANG_ATTRIBUTES.get(lang);
  if (written === undefined)
    LANG_ATTRIBUTES.set(lang, (written = attribute('xml:lang', lang === undefined ? undefined : languageTag(lang))));
  return written;
}

/** Attributes by name, or as already written (` name="value"`, escaped). */
type Attributes = Readonly<Record<string, string | undefined>> | string;

/** ` name="value"`, the value escaped; nothing when it is undefined. */
function attribute(name: string, value: string | undefined): string {
  return value === undefined ? '' : ` ${name}="${escapeAttribute(value)}"`;
}

/**
 * Text gathered before it is encoded: long enough that encoding is one call per many lines, short
 * enough that the flat copy V8 makes of it to encode stays a young object. Model text makes it
 * two-byte: 64 K characters were 128 KB, a large object each, and encoding the 120 MB of a
 * national model took 0.8 s rather than 0.4 s (decision 0022).
 */
const CHARACTERS_AT_ONCE = 1 << 14;

/** UTF-8 is written into pieces of this size, joined once at the end. */
const PIECE_BYTES = 1 << 22;

/** A part written apart (one diagram) starts with a piece this size: most are a few kilobytes. */
const PART_PIECE_BYTES = 1 << 16;

/** Indented XML, two spaces a level; attributes in the order given, undefined ones left out. */
class XmlWriter {
  private readonly encoder = new TextEncoder();
  private readonly pieces: Uint8Array[] = [];
  private piece: Uint8Array;
  /** Where the bytes of `piece` not yet in `pieces` start (bytes inserted since are pieces of their own). */
  private start = 0;
  /** Bytes written into `piece`. */
  private used = 0;
  private text = '';

  constructor(
    private depth = 0,
    private readonly pieceBytes = PIECE_BYTES,
  ) {
    this.piece = new Uint8Array(pieceBytes);
  }

  /** What `write` writes at this writer's depth, as one array of UTF-8 (not written here: `insert` it). */
  apart(write: (xml: XmlWriter) => void): Uint8Array {
    const part = new XmlWriter(this.depth, PART_PIECE_BYTES);
    write(part);
    return Buffer.concat(part.bytes());
  }

  /** UTF-8 written before (complete lines, at this writer's depth), as the next piece. */
  insert(bytes: Uint8Array): void {
    this.flush();
    if (this.used > this.start) this.pieces.push(this.piece.subarray(this.start, this.used));
    this.start = this.used;
    this.pieces.push(bytes);
  }

  raw(line: string): void {
    this.line(line);
  }

  open(tag: string, attributes: Attributes = {}): void {
    this.line(`${indent(this.depth)}<${tag}${attributeText(attributes)}>`);
    this.depth++;
  }

  close(tag: string): void {
    this.depth--;
    this.line(`${indent(this.depth)}</${tag}>`);
  }

  empty(tag: string, attributes: Attributes = {}): void {
    this.line(`${indent(this.depth)}<${tag}${attributeText(attributes)}/>`);
  }

  leaf(tag: string, text: string, attributes: Attributes = {}): void {
    this.line(`${indent(this.depth)}<${tag}${attributeText(attributes)}>${escapeText(text)}</${tag}>`);
  }

  /** `<tag …>` (its attributes written already) holding one `<inner>text</inner>`: three lines at once. */
  around(tag: string, attributes: string, inner: string, text: string): void {
    const outer = indent(this.depth);
    this.line(`${outer}<${tag}${attributes}>\n${indent(this.depth + 1)}<${inner}>${escapeText(text)}</${inner}>\n${outer}</${tag}>`);
  }

  /** Every line written, each ended by a newline, in pieces; a character is never split between two. */
  bytes(): Uint8Array[] {
    this.flush();
    const pieces = [...this.pieces, this.piece.subarray(this.start, this.used)];
    this.pieces.length = 0;
    return pieces;
  }

  private line(text: string): void {
    this.text += `${text}\n`;
    if (this.text.length >= CHARACTERS_AT_ONCE) this.flush();
  }

  private flush(): void {
    let text = this.text;
    this.text = '';
    while (text.length > 0) {
      const { read, written } = this.encoder.encodeInto(text, this.piece.subarray(this.used));
      this.used += written;
      text = text.slice(read);
      if (text.length === 0) break;
      // The piece is full (or has no room for the next character): start another.
      this.pieces.push(this.piece.subarray(this.start, this.used));
      this.piece = new Uint8Array(this.pieceBytes);
      this.start = 0;
      this.used = 0;
    }
  }
}

const INDENTS: string[] = [];

function indent(depth: number): string {
  return (INDENTS[depth] ??= '  '.repeat(depth));
}

function attributeText(attributes: Attributes): string {
  if (typeof attributes === 'string') return attributes;
  let text = '';
  for (const name in attributes) {
    text += attribute(name, attributes[name]);
  }
  return text;
}

/**
 * Characters XML 1.0 cannot hold at all, not even as a character reference (most C0 controls,
 * lone surrogates, U+FFFE/U+FFFF): each becomes U+FFFD.
 */
function xmlCharacters(text: string): string {
  // Most text has none of them, nor any surrogate: it goes through as it is.
  if (!maybeNotXml(text)) return text;
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    out += allowed ? char : '\uFFFD';
  }
  return out;
}

function maybeNotXml(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) || (code >= 0xd800 && code <= 0xdfff) || code >= 0xfffe) return true;
  }
  return false;
}

export function escapeText(text: string): string {
  if (!TEXT_WORK.test(text)) return text;
  // A carriage return would be read back as a line feed unless it is a reference.
  const characters = xmlCharacters(text);
  if (!TEXT_MARKUP.test(characters)) return characters;
  return characters.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

export function escapeAttribute(text: string): string {
  if (!ATTRIBUTE_WORK.test(text)) return text;
  if (!ATTRIBUTE_MARKUP.test(text)) return xmlCharacters(text);
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

const TEXT_MARKUP = /[&<>\r]/;
const ATTRIBUTE_MARKUP = /[&<>\r"\n\t]/;
// Markup, or a character XML cannot hold (what maybeNotXml looks for): most text has neither and is
// written as it is after one test.
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const TEXT_WORK = /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const ATTRIBUTE_WORK = /[&<>"\r\n\t\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
