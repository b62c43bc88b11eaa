// Model strings in the editor's Markdown (hovers, completion details): written as literal text, so
// that a name, description, reason or certificate subject holding `*`, `[…](…)`, `<b>` or a
// backtick shows as typed and makes no emphasis, link, HTML or code. The same escapes as the
// compiler's reports (compiler/src/report/markdown.ts), which this package cannot import.

/** Punctuation that makes markup anywhere in a line: emphasis, code, links, HTML, entities, tables. */
const INLINE = /[\\`*_[\]<>!&~$|]/g;
/** What makes a block when it starts a line: a heading, list item, quote or setext underline. */
const LEADING = /^(?:[#+\-=>]|\d+[.)])/;
/** A quoted model string (kept as text) or a code span (its content the first group), in a message. */
const QUOTED_OR_CODE = /"[^"]*"|`([^`]+)`/g;

/** A model string as literal inline Markdown, on one line. */
export function markdownText(value: string): string {
  return guardLineStart(escapeInline(oneLine(value).trim()));
}

/** A model string of several lines (a description) as literal Markdown, its line breaks kept. */
export function markdownLines(value: string): string {
  return value
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map(markdownText)
    .filter((line) => line !== '')
    .join('\\\n');
}

/**
 * A message as gea writes them (prose with ids in backticks, model strings in double quotes): the
 * code spans stay code, everything else, a quoted model string included, is literal text.
 */
export function markdownMessage(value: string): string {
  const message = oneLine(value).trim();
  let out = '';
  let from = 0;
  for (const match of message.matchAll(QUOTED_OR_CODE)) {
    if (match[1] === undefined) continue;
    out += escapeInline(message.slice(from, match.index)) + `\`${match[1]}\``;
    from = match.index + match[0].length;
  }
  return guardLineStart(out + escapeInline(message.slice(from)));
}

function escapeInline(value: string): string {
  return value.replace(INLINE, (char) => `\\${char}`);
}

function guardLineStart(markdown: string): string {
  return markdown.replace(LEADING, (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`);
}

function oneLine(value: string): string {
  return value.replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ');
}
