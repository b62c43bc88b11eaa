// A gea message (prose with ids in backticks, model strings in double quotes) cut into its code
// spans and its text. A backtick inside a quoted model string (a certificate subject, a label) is
// text: it does not open a code span and pair with the next id's.

export interface MessagePart {
  readonly code: boolean;
  readonly text: string;
}

/** A quoted model string (kept as text), or a code span (its content the first group). */
const QUOTED_OR_CODE = /"[^"]*"|`([^`]+)`/g;

export function messageParts(message: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let from = 0;
  for (const match of message.matchAll(QUOTED_OR_CODE)) {
    if (match[1] === undefined) continue;
    if (match.index > from) parts.push({ code: false, text: message.slice(from, match.index) });
    parts.push({ code: true, text: match[1] });
    from = match.index + match[0].length;
  }
  if (from < message.length) parts.push({ code: false, text: message.slice(from) });
  return parts;
}
