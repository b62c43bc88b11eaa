// Model text as a D2 double-quoted string. Inside one, D2 reads only `\` escapes, `"` as the end,
// `$` as the start of a `${variable}` substitution and a raw line break as an error; `{}`, `;`,
// `|`, `#` and leading or trailing spaces are plain text there, so quoting every string is enough.
const ESCAPED: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', $: '\\$' };

/** One line of text, with no breaks in it: escapes as above, control characters as spaces. */
function d2Line(line: string): string {
  let escaped = '';
  for (const character of line) {
    const escape = ESCAPED[character];
    if (escape !== undefined) escaped += escape;
    else if (/[\p{Cc}]/u.test(character)) escaped += ' ';
    // A lone surrogate is not a character D2 can read: written out as UTF-8 it becomes U+FFFD anyway.
    else if (/^[\uD800-\uDFFF]$/.test(character)) escaped += '\uFFFD';
    else escaped += character;
  }
  return escaped;
}

/** Lines (each of which may hold line breaks of its own) as a D2 double-quoted string, quotes included. */
export function d2String(lines: readonly string[]): string {
  return `"${lines
    .flatMap((line) => line.split(/\r\n|\r|\n|\u2028|\u2029/))
    .map(d2Line)
    .join('\\n')}"`;
}
