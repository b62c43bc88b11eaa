// Writing model strings safely into the text formats of the specs (YAML is yaml-document.ts's):
// JSON, XML with every markup character escaped, and Markdown with every character that could
// start markup escaped, inline on one line or as a paragraph that keeps the model's line breaks.

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
 * A model string as inline Markdown: on one line without blanks at either end, HTML characters as
 * entities, and every character that could open emphasis, code, a link, a table cell,
 * strike-through or close a heading escaped.
 */
export function mdText(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#]/g, (char) => `\\${char}`);
}

/**
 * A model string as a paragraph of its own (a description, in the drafts and in OpenAPI and
 * AsyncAPI, which are CommonMark): each line inline Markdown that cannot start a list, a heading
 * or a rule, its leading blanks gone (four would make it code), the model's line breaks kept as
 * hard line breaks (a backslash at the end of the line) and its blank lines dropped.
 */
export function mdParagraph(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) =>
      mdText(line)
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .filter((line) => line !== '')
    .join('\\\n');
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
