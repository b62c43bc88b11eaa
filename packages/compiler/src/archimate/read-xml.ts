// Reads an Open Group exchange file (as Archi and other tools write it) into an exchange model,
// with a namespace-aware XML parser: the ArchiMate namespace under any prefix, `xsi:type` with or
// without a prefix, property values keyed by their definitions' names.
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
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
  LangString,
  OrganizationItem,
  PropertyDefinition,
  PropertyType,
} from './exchange.js';
import { KEY, SPECIALIZATION_DEFINITION_ID } from './mapping.js';
import { ARCHIMATE_NAMESPACE } from './write-xml.js';

const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** The file is not XML, or not an exchange file; `reason` says why, `line` where when known. */
export class ExchangeReadError extends Error {
  constructor(
    readonly reason: 'not-xml' | 'not-exchange',
    readonly detail: string,
    readonly line?: number,
  ) {
    super(detail);
    this.name = 'ExchangeReadError';
  }
}

export function readExchangeXml(text: string): ExchangeModel {
  let problem: { message: string; line?: number } | undefined;
  const parser = new DOMParser({
    // XML 1.0 line ends only: the default also folds U+2028 and NEL, which would change model text.
    normalizeLineEndings: (source) => source.replace(/\r\n?/g, '\n'),
    onError: (level, message, context?: { locator?: { lineNumber?: number } }) => {
      if (level === 'warning') return;
      problem ??= { message, line: context?.locator?.lineNumber };
      throw new Error(message);
    },
  });
  let root: XmlElement | null;
  try {
    root = parser.parseFromString(text, 'text/xml').documentElement;
  } catch (error) {
    const message = problem?.message ?? (error as Error).message;
    throw new ExchangeReadError('not-xml', message.split('\n')[0]!, problem?.line);
  }
  if (!root || root.localName !== 'model' || root.namespaceURI !== ARCHIMATE_NAMESPACE) {
    throw new ExchangeReadError('not-exchange', `<${root?.tagName ?? ''}>`);
  }
  const definitions = readDefinitions(child(root, 'propertyDefinitions'));
  const names = new Map(definitions.map((definition) => [definition.id, definition.name]));
  const properties = (element: XmlElement) => readProperties(element, names);
  const views = child(root, 'views');
  return {
    id: root.getAttribute('identifier') ?? '',
    names: langStrings(root, 'name'),
    documentation: langStrings(root, 'documentation'),
    properties: properties(root),
    elements: children(child(root, 'elements'), 'element').map((element): ExchangeElement => ({
      id: element.getAttribute('identifier') ?? '',
      type: typeOf(element),
      names: langStrings(element, 'name'),
      documentation: langStrings(element, 'documentation'),
      properties: properties(element),
    })),
    relationships: children(child(root, 'relationships'), 'relationship').map((element) => readRelationship(element, properties)),
    organizations: children(root, 'organizations').flatMap((organizations) => children(organizations, 'item').map(readItem)),
    propertyDefinitions: definitions,
    diagrams: children(child(views, 'diagrams'), 'view').map((view) => readDiagram(view, properties)),
  };
}

function readRelationship(element: XmlElement, properties: (element: XmlElement) => ExchangeProperty[]): ExchangeRelationship {
  const accessType = element.getAttribute('accessType');
  const isDirected = element.getAttribute('isDirected');
  return {
    id: element.getAttribute('identifier') ?? '',
    // Some tools write `ServingRelationship` for `Serving`.
    type: typeOf(element).replace(/Relationship$/, ''),
    source: element.getAttribute('source') ?? '',
    target: element.getAttribute('target') ?? '',
    names: langStrings(element, 'name'),
    documentation: langStrings(element, 'documentation'),
    properties: properties(element),
    ...(accessType ? { accessType: accessType as AccessType } : {}),
    ...(isDirected ? { isDirected: isDirected === 'true' } : {}),
  };
}

function readItem(element: XmlElement): OrganizationItem {
  const id = element.getAttribute('identifier');
  const ref = element.getAttribute('identifierRef');
  return {
    ...(id ? { id } : {}),
    labels: langStrings(element, 'label'),
    ...(ref ? { ref } : {}),
    items: children(element, 'item').map(readItem),
  };
}

function readDefinitions(element: XmlElement | undefined): PropertyDefinition[] {
  return children(element, 'propertyDefinition').map((definition) => {
    const id = definition.getAttribute('identifier') ?? '';
    // Archi reads this definition as the element's specialization, whatever it is named.
    const name = id === SPECIALIZATION_DEFINITION_ID ? KEY.specialization : (langStrings(definition, 'name')[0]?.text ?? id);
    return { id, name, type: (definition.getAttribute('type') ?? 'string') as PropertyType };
  });
}

function readProperties(element: XmlElement, names: ReadonlyMap<string, string>): ExchangeProperty[] {
  return children(child(element, 'properties'), 'property').map((property) => {
    const ref = property.getAttribute('propertyDefinitionRef') ?? '';
    return { key: names.get(ref) ?? ref, value: langStrings(property, 'value')[0]?.text ?? '' };
  });
}

function readDiagram(view: XmlElement, properties: (element: XmlElement) => ExchangeProperty[]): Diagram {
  const viewpoint = view.getAttribute('viewpoint');
  return {
    id: view.getAttribute('identifier') ?? '',
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
  const elementRef = node.getAttribute('elementRef');
  return {
    id: node.getAttribute('identifier') ?? '',
    type: type === 'Container' || type === 'Label' ? type : 'Element',
    ...(elementRef ? { elementRef } : {}),
    labels: langStrings(node, 'label'),
    nodes: children(node, 'node').map(readNode),
    ...bounds(node),
  };
}

function readConnection(connection: XmlElement): DiagramConnection {
  const relationshipRef = connection.getAttribute('relationshipRef');
  return {
    id: connection.getAttribute('identifier') ?? '',
    type: relationshipRef ? 'Relationship' : 'Line',
    ...(relationshipRef ? { relationshipRef } : {}),
    source: connection.getAttribute('source') ?? '',
    target: connection.getAttribute('target') ?? '',
    labels: langStrings(connection, 'label'),
    bendpoints: children(connection, 'bendpoint').map((point) => ({ x: number(point, 'x'), y: number(point, 'y') })),
  };
}

function bounds(node: XmlElement): Bounds {
  return { x: number(node, 'x'), y: number(node, 'y'), w: number(node, 'w'), h: number(node, 'h') };
}

function number(element: XmlElement, attribute: string): number {
  const value = Number(element.getAttribute(attribute));
  return Number.isFinite(value) ? value : 0;
}

/** `xsi:type` without a prefix: `archimate:BusinessActor` → `BusinessActor`. */
function typeOf(element: XmlElement): string {
  const type = element.getAttributeNS(XSI_NAMESPACE, 'type') ?? '';
  return type.slice(type.indexOf(':') + 1);
}

function langStrings(element: XmlElement, tag: string): LangString[] {
  return children(element, tag).map((text) => {
    const lang = text.getAttributeNS(XML_NAMESPACE, 'lang');
    return { text: text.textContent ?? '', ...(lang ? { lang } : {}) };
  });
}

function children(element: XmlElement | undefined, localName: string): XmlElement[] {
  if (!element) return [];
  const found: XmlElement[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) {
      const child = node as XmlElement;
      if (child.localName === localName && child.namespaceURI === ARCHIMATE_NAMESPACE) found.push(child);
    }
  }
  return found;
}

function child(element: XmlElement | undefined, localName: string): XmlElement | undefined {
  return children(element, localName)[0];
}
