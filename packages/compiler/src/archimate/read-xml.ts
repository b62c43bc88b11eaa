// Reads an Open Group exchange file (as Archi and other tools write it) into an exchange model,
// with a namespace-aware XML parser: the ArchiMate namespace under any prefix, `xsi:type` with or
// without a prefix, property values keyed by their definitions' names.
import type {
  AccessType,
  Bounds,
  Diagram,
  DiagramConnection,
  DiagramNode,
  ExchangeElement,
  ExchangeModel,
  ExchangeProperty,
  ExchangeRelationship,
  FilePosition,
  LangString,
  OrganizationItem,
  PropertyDefinition,
  PropertyType,
} from './exchange.js';
import { KEY, SPECIALIZATION_DEFINITION_ID } from './mapping.js';
import { ARCHIMATE_NAMESPACE } from './write-xml.js';
import { attribute, parseXml, XmlSyntaxError, type XmlElement } from './xml-tree.js';

const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/**
 * The file is empty, not XML, or not an exchange file; `reason` says why, `line` and `column` where
 * when known; for a file of another kind, `namespace` is its root element's ('' for none).
 */
export class ExchangeReadError extends Error {
  constructor(
    readonly reason: 'empty' | 'not-xml' | 'not-exchange',
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
    readonly namespace?: string,
  ) {
    super(detail);
    this.name = 'ExchangeReadError';
  }
}

export function readExchangeXml(text: string): ExchangeModel {
  // An empty file (a failed download or export) is said as such, not as XML missing its root.
  if (/^\uFEFF?\s*$/.test(text)) throw new ExchangeReadError('empty', '', 1, 1);
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new ExchangeReadError('not-xml', error.detail, error.line, error.column);
    throw error;
  }
  if (root.local !== 'model' || root.uri !== ARCHIMATE_NAMESPACE)
    throw new ExchangeReadError('not-exchange', `<${root.name}>`, root.line, root.column, root.uri);
  const definitions = readDefinitions(child(root, 'propertyDefinitions'));
  const names = new Map(definitions.map((definition) => [definition.id, definition.name]));
  const properties = (element: XmlElement) => readProperties(element, names);
  const views = child(root, 'views');
  const positions = new Map<ExchangeElement, FilePosition>();
  return {
    id: attribute(root, 'identifier') ?? '',
    names: langStrings(root, 'name'),
    documentation: langStrings(root, 'documentation'),
    properties: properties(root),
    elements: children(child(root, 'elements'), 'element').map((element): ExchangeElement => {
      const read: ExchangeElement = {
        id: attribute(element, 'identifier') ?? '',
        type: typeOf(element),
        names: langStrings(element, 'name'),
        documentation: langStrings(element, 'documentation'),
        properties: properties(element),
      };
      positions.set(read, { line: element.line, column: element.column });
      return read;
    }),
    relationships: children(child(root, 'relationships'), 'relationship').map((element) => readRelationship(element, properties)),
    organizations: children(root, 'organizations').flatMap((organizations) => children(organizations, 'item').map(readItem)),
    propertyDefinitions: definitions,
    diagrams: children(child(views, 'diagrams'), 'view').map((view) => readDiagram(view, properties)),
    positions,
  };
}

function readRelationship(element: XmlElement, properties: (element: XmlElement) => ExchangeProperty[]): ExchangeRelationship {
  const accessType = attribute(element, 'accessType');
  const isDirected = attribute(element, 'isDirected');
  return {
    id: attribute(element, 'identifier') ?? '',
    // Some tools write `ServingRelationship` for `Serving`.
    type: typeOf(element).replace(/Relationship$/, ''),
    source: attribute(element, 'source') ?? '',
    target: attribute(element, 'target') ?? '',
    names: langStrings(element, 'name'),
    documentation: langStrings(element, 'documentation'),
    properties: properties(element),
    ...(accessType ? { accessType: accessType as AccessType } : {}),
    ...(isDirected ? { isDirected: isDirected === 'true' } : {}),
  };
}

function readItem(element: XmlElement): OrganizationItem {
  const id = attribute(element, 'identifier');
  const ref = attribute(element, 'identifierRef');
  return {
    ...(id ? { id } : {}),
    labels: langStrings(element, 'label'),
    ...(ref ? { ref } : {}),
    items: children(element, 'item').map(readItem),
  };
}

function readDefinitions(element: XmlElement | undefined): PropertyDefinition[] {
  return children(element, 'propertyDefinition').map((definition) => {
    const id = attribute(definition, 'identifier') ?? '';
    // Archi reads this definition as the element's specialization, whatever it is named.
    const name = id === SPECIALIZATION_DEFINITION_ID ? KEY.specialization : (langStrings(definition, 'name')[0]?.text ?? id);
    return { id, name, type: (attribute(definition, 'type') ?? 'string') as PropertyType };
  });
}

function readProperties(element: XmlElement, names: ReadonlyMap<string, string>): ExchangeProperty[] {
  return children(child(element, 'properties'), 'property').map((property) => {
    const ref = attribute(property, 'propertyDefinitionRef') ?? '';
    return { key: names.get(ref) ?? ref, value: langStrings(property, 'value')[0]?.text ?? '' };
  });
}

function readDiagram(view: XmlElement, properties: (element: XmlElement) => ExchangeProperty[]): Diagram {
  const viewpoint = attribute(view, 'viewpoint');
  return {
    id: attribute(view, 'identifier') ?? '',
    names: langStrings(view, 'name'),
    documentation: langStrings(view, 'documentation'),
    properties: properties(view),
    ...(viewpoint ? { viewpoint } : {}),
    nodes: children(view, 'node').map(readNode),
    connections: children(view, 'connection').map(readConnection),
  };
}

function readNode(node: XmlElement): DiagramNode {
  const type = typeOf(node);
  const elementRef = attribute(node, 'elementRef');
  return {
    id: attribute(node, 'identifier') ?? '',
    type: type === 'Container' || type === 'Label' ? type : 'Element',
    ...(elementRef ? { elementRef } : {}),
    labels: langStrings(node, 'label'),
    nodes: children(node, 'node').map(readNode),
    ...bounds(node),
  };
}

function readConnection(connection: XmlElement): DiagramConnection {
  const relationshipRef = attribute(connection, 'relationshipRef');
  return {
    id: attribute(connection, 'identifier') ?? '',
    type: relationshipRef ? 'Relationship' : 'Line',
    ...(relationshipRef ? { relationshipRef } : {}),
    source: attribute(connection, 'source') ?? '',
    target: attribute(connection, 'target') ?? '',
    labels: langStrings(connection, 'label'),
    bendpoints: children(connection, 'bendpoint').map((point) => ({ x: number(point, 'x'), y: number(point, 'y') })),
  };
}

function bounds(node: XmlElement): Bounds {
  return { x: number(node, 'x'), y: number(node, 'y'), w: number(node, 'w'), h: number(node, 'h') };
}

function number(element: XmlElement, name: string): number {
  const value = Number(attribute(element, name));
  return Number.isFinite(value) ? value : 0;
}

/** `xsi:type` without a prefix: `archimate:BusinessActor` → `BusinessActor`. */
function typeOf(element: XmlElement): string {
  const type = attribute(element, 'type', XSI_NAMESPACE) ?? '';
  return type.slice(type.indexOf(':') + 1);
}

function langStrings(element: XmlElement, tag: string): LangString[] {
  return children(element, tag).map((text) => {
    const lang = attribute(text, 'lang', XML_NAMESPACE);
    return { text: text.text, ...(lang ? { lang } : {}) };
  });
}

function children(element: XmlElement | undefined, localName: string): XmlElement[] {
  return element ? element.children.filter((child) => child.local === localName && child.uri === ARCHIMATE_NAMESPACE) : [];
}

function child(element: XmlElement | undefined, localName: string): XmlElement | undefined {
  return children(element, localName)[0];
}
