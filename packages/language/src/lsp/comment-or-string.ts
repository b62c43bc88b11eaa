// Whether a place in a document is inside a comment or a string, where completion offers nothing:
// read from the start of the document, as the lexer reads it (a string ends at its line's end).

const SLASH = 0x2f;
const STAR = 0x2a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

export function isInCommentOrString(text: string, offset: number): boolean {
  let at = 0;
  while (at < offset) {
    const code = text.charCodeAt(at);
    if (code === SLASH && text.charCodeAt(at + 1) === SLASH) {
      const end = lineEnd(text, at);
      if (offset <= end) return true;
      at = end;
    } else if (code === SLASH && text.charCodeAt(at + 1) === STAR) {
      const close = text.indexOf('*/', at + 2);
      if (close < 0 || offset < close + 2) return true;
      at = close + 2;
    } else if (code === QUOTE) {
      const end = stringEnd(text, at);
      if (offset < end || (offset === end && text.charCodeAt(end - 1) !== QUOTE)) return true;
      at = end;
    } else at++;
  }
  return false;
}

function lineEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && text.charCodeAt(at) !== NEWLINE && text.charCodeAt(at) !== RETURN) at++;
  return at;
}

/** Just after the closing quote of the string opened at `from`, or its line's end when it is not closed. */
function stringEnd(text: string, from: number): number {
  let at = from + 1;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === NEWLINE || code === RETURN) return at;
    if (code === BACKSLASH) at += 2;
    else if (code === QUOTE) return at + 1;
    else at++;
  }
  return at;
}
