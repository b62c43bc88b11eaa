// Parses rendered SVG text as XML with jsdom's DOMParser, failing on any parse error.
import { JSDOM } from 'jsdom';

const { DOMParser } = new JSDOM('').window;

export function parseSvg(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`SVG is not well-formed XML: ${error.textContent}`);
  return document;
}

/** The element's direct `<title>` child's text. */
export function ownTitle(element: Element): string | undefined {
  return [...element.children].find((child) => child.localName === 'title')?.textContent ?? undefined;
}
