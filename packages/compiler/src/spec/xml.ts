// A small XML writer: elements with attributes and children (elements or text), written with
// two-space indents, every attribute value and text escaped.
import { xmlText } from './text-formats.js';

export interface XmlElement {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string | undefined>>;
  readonly children?: readonly (XmlElement | string)[];
}

export function element(name: string, attributes: XmlElement['attributes'] = {}, children: XmlElement['children'] = []): XmlElement {
  return { name, attributes, children };
}

/** The element and its children as lines of XML, indented from `depth`. */
export function xmlLines(node: XmlElement, depth = 0): string[] {
  const indent = '  '.repeat(depth);
  const attributes = Object.entries(node.attributes ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlText(value)}"`)
    .join('');
  const children = node.children ?? [];
  if (children.length === 0) return [`${indent}<${node.name}${attributes}/>`];
  if (children.every((child) => typeof child === 'string')) {
    return [`${indent}<${node.name}${attributes}>${children.map((text) => xmlText(text as string)).join('')}</${node.name}>`];
  }
  return [
    `${indent}<${node.name}${attributes}>`,
    ...children.flatMap((child) => (typeof child === 'string' ? [`${indent}  ${xmlText(child)}`] : xmlLines(child, depth + 1))),
    `${indent}</${node.name}>`,
  ];
}

export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xmlLines(root).join('\n')}\n`;
}
