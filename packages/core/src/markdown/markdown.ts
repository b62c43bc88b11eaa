// Writing Markdown (CommonMark with GitHub/GitLab tables) that no model string can break: text is
// backslash-escaped, line breaks become spaces, code spans get a fence longer than any run of
// backticks inside, and every cell of a table escapes its pipes (which GFM reads even in code).
import { messageParts } from './message-parts.js';

/** Punctuation that makes markup anywhere in a line: emphasis, code, links, HTML, entities, math (`|` is left to `table`). */
const INLINE = /[\\`*_[\]<>!&~$]/g;
/** What makes a block when it starts a line: a heading, list item, quote or setext underline. */
const LEADING = /^(?:[#+\-=>]|\d+[.)])/;

/** Any text as literal Markdown inline text: no emphasis, links, HTML, entities, blocks or line breaks. */
export function text(value: string): string {
  return guardLineStart(escapeInline(oneLine(value).trim()));
}

function escapeInline(value: string): string {
  return value.replace(INLINE, (ch) => `\\${ch}`);
}

function guardLineStart(markdown: string): string {
  return markdown.replace(LEADING, (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`);
}

/** A code span holding `value` literally, whatever backticks it holds. */
export function code(value: string): string {
  const line = oneLine(value);
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') || (line.startsWith(' ') && line.endsWith(' ') && line.trim() !== '') ? ' ' : '';
  return line === '' ? '' : `${fence}${pad}${line}${pad}${fence}`;
}

/**
 * A message as gea writes them (prose with ids in backticks) as Markdown: the code spans stay code,
 * everything else is text. A stray backtick, or one in a quoted model string, is text.
 */
export function message(value: string): string {
  const parts = messageParts(oneLine(value).trim());
  return guardLineStart(parts.map((part) => (part.code ? code(part.text) : escapeInline(part.text))).join(''));
}

/**
 * A link whose text is given as Markdown. The destination is a URL already (its path segments
 * percent-encoded once); only what would end a Markdown destination is encoded here.
 */
export function link(label: string, href: string): string {
  return `[${label}](${href.replace(/[\s()<>]/g, destinationChar)})`;
}

function destinationChar(char: string): string {
  return char === '(' || char === ')' ? `%${char.charCodeAt(0).toString(16).toUpperCase()}` : encodeURIComponent(char);
}

export function heading(level: number, content: string): string {
  return `${'#'.repeat(level)} ${content}`;
}

/** A table; cells are Markdown already (made with `text`, `code`, …); their pipes are escaped here. */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const row = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|') || ' ').join(' | ')} |`;
  return [row(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(row)].join('\n');
}

/** A bulleted list of Markdown items. */
export function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/** Blocks joined by blank lines, with one newline at the end. */
export function document(blocks: ReadonlyArray<string | undefined | false>): string {
  return `${blocks.filter((block): block is string => typeof block === 'string' && block !== '').join('\n\n')}\n`;
}

function oneLine(value: string): string {
  return value.replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ');
}
