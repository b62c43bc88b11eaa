// Model text inside a Mermaid quoted string: the characters Mermaid or the HTML it renders would
// read as syntax become Mermaid entity codes (`#quot;`, `#35;`), line breaks become `<br/>`.
const MERMAID_ENTITY: Readonly<Record<string, string>> = {
  '#': '#35;',
  '"': '#quot;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '|': '#124;',
  '`': '#96;',
  '%': '#37;',
};

/** One line of text, with no breaks in it. */
function mermaidLine(line: string): string {
  let escaped = '';
  for (const character of line) {
    const entity = MERMAID_ENTITY[character];
    if (entity !== undefined) escaped += entity;
    else if (/[\p{Cc}\p{Zl}\p{Zp}]/u.test(character)) escaped += ' ';
    else escaped += character;
  }
  return escaped;
}

/** Lines (each of which may hold line breaks of its own) as the inside of a Mermaid quoted string. */
export function mermaidLabel(lines: readonly string[]): string {
  return lines
    .flatMap((line) => line.split(/\r\n|\r|\n|\u2028|\u2029/))
    .map(mermaidLine)
    .join('<br/>');
}
