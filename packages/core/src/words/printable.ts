// Text from the model or the file system shown to a person: control characters (ESC, NUL, …),
// line and paragraph separators, the byte order mark and the bidirectional controls that could
// reorder a line are written as escapes, so nothing a model holds can drive the reader's terminal.

const INVISIBLE = new Set([0x2028, 0x2029, 0xfeff, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

/** `\u{1b}` for an ESC byte, `\t` for a tab, `\n` for a line break; every other character as it is. */
export function printableCharacter(char: string): string {
  if (char === '\t') return '\\t';
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  const code = char.codePointAt(0)!;
  const isControl = code < 0x20 || (code >= 0x7f && code < 0xa0) || INVISIBLE.has(code);
  return isControl ? `\\u{${code.toString(16)}}` : char;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** One line of text, safe to print. */
export function printable(text: string): string {
  // Most text has nothing to escape: check before splitting it into code points.
  if (!UNPRINTABLE.test(text)) return text;
  return Array.from(text, printableCharacter).join('');
}

const UNPRINTABLES = new RegExp(`\\r\\n|${UNPRINTABLE.source}`, 'g');

/** Text as one line of a table: each line break (CRLF too), tab and other control character a space. */
export function spacedLine(text: string): string {
  return text.replace(UNPRINTABLES, ' ');
}
