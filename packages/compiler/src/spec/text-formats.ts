// Writing model strings safely into the text formats of the specs: YAML through the yaml
// library (which quotes what needs quoting), XML with every markup character escaped, and
// Markdown with every character that could start markup escaped and line breaks folded.
import { Document, isScalar, visit, type Tags } from 'yaml';

/**
 * A YAML document of plain data: block style, no anchors or aliases, no folded lines, so the same
 * data gives the same bytes. Strings are quoted as YAML 1.1 needs (`no`, `on`, `12:30`,
 * `2026-01-01`, `1_000`, `<<`, `=`), so that readers still on 1.1 (PyYAML, and the OpenAPI tools
 * built on it) read every string as a string; YAML 1.2 readers read the same values.
 */
export function yamlDocument(data: unknown): string {
  // Without the merge tag, whose writer prints `<<` bare whatever the scalar's style.
  const customTags = (tags: Tags) => tags.filter((tag) => typeof tag !== 'object' || tag.tag !== MERGE_TAG);
  const document = new Document(data, { version: '1.1', aliasDuplicateObjects: false, customTags });
  visit(document, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && YAML_11_TYPES.has(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return document.toString({ lineWidth: 0, minContentWidth: 0 });
}

/** Plain scalars that are no strings in YAML 1.1's type repository (merge keys and `value`), which the 1.1 schema writes bare. */
const YAML_11_TYPES = new Set(['<<', '=']);
const MERGE_TAG = 'tag:yaml.org,2002:merge';

/** A JSON document: two-space indents and a final newline. */
export function jsonDocument(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or an attribute value in XML: markup characters as entities, characters XML forbids as U+FFFD. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

/**
 * A model string as inline Markdown: on one line, HTML characters as entities, and every
 * character that could open emphasis, code, a link, a table cell, strike-through or close a
 * heading escaped.
 */
export function mdText(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#]/g, (char) => `\\${char}`);
}

/** A model string as a paragraph of its own: inline Markdown that also cannot start a list or a rule. */
export function mdParagraph(text: string): string {
  return mdText(text)
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Code as a Markdown code span: identifiers, which hold no backtick, go in as they are. */
export function mdCode(code: string): string {
  const fence = code.includes('`') ? '``' : '`';
  return `${fence}${code.includes('`') ? ` ${code} ` : code}${fence}`;
}

/** A Markdown table of cells already written as Markdown. */
export function mdTable(headings: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`;
  return [line(headings), line(headings.map(() => '---')), ...rows.map(line)].join('\n');
}
