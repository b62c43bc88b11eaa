// Source text quoted in a message: cut to a readable length, with control characters escaped,
// so neither a 1 MB line nor a NUL or ESC byte ever lands in a finding.

export const EXCERPT_LIMIT = 40;

/** `text` as it may appear between backticks in a message. */
export function excerpt(text: string, limit = EXCERPT_LIMIT): string {
  // A code point takes at most two UTF-16 units: slice before splitting a long text.
  const codePoints = Array.from(text.slice(0, 2 * limit + 2));
  const cut = codePoints.length > limit ? [...codePoints.slice(0, limit), '…'] : codePoints;
  return cut.map(escapeControl).join('');
}

/** Line separators, byte order mark and the bidirectional controls that could reorder a message. */
const INVISIBLE = new Set([0x2028, 0x2029, 0xfeff, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

/** `\u{1b}` for an ESC byte, `\t` for a tab; every other character as it is. */
function escapeControl(char: string): string {
  if (char === '\t') return '\\t';
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  const code = char.codePointAt(0)!;
  const isControl = code < 0x20 || (code >= 0x7f && code < 0xa0) || INVISIBLE.has(code);
  return isControl ? `\\u{${code.toString(16)}}` : char;
}

/**
 * The word written at `offset`: the run of characters up to the next space, bracket, comma
 * or quote (`1.0.0`, `2026-1-1`), or the single character there when it is one of those.
 */
export function writtenAt(text: string, offset: number): string {
  const run = /[^\s{}()[\],"]+/y;
  run.lastIndex = offset;
  return run.exec(text)?.[0] ?? text.slice(offset, offset + 1);
}
