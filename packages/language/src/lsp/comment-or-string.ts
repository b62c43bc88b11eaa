// Whether a place in a document is inside a comment or a string, where completion offers nothing:
// read from the start of the document, as the lexer reads it (a string ends at its line's end).

import { BACKSLASH, CR, LF, QUOTE, SLASH, STAR } from '../syntax/char-codes.js';

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
  while (at < text.length && text.charCodeAt(at) !== LF && text.charCodeAt(at) !== CR) at++;
  return at;
}

/** Just after the closing quote of the string opened at `from`, or its line's end when it is not closed. */
function stringEnd(text: string, from: number): number {
  let at = from + 1;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === LF || code === CR) return at;
    if (code === BACKSLASH) at += 2;
    else if (code === QUOTE) return at + 1;
    else at++;
  }
  return at;
}
