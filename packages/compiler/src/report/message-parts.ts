// A gea message (prose with ids in backticks, model strings in double quotes) cut into its code
// spans and its text. A backtick inside a quoted model string (a certificate subject, a label) is
// text: it does not open a code span and pair with the next id's.

export interface MessagePart {
  readonly code: boolean;
  readonly text: string;
}

export function messageParts(message: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let text = '';
  let index = 0;
  while (index < message.length) {
    const char = message[index]!;
    const close = char === '"' ? message.indexOf('"', index + 1) : char === '`' ? message.indexOf('`', index + 1) : -1;
    if (char === '"' && close > index) {
      text += message.slice(index, close + 1);
      index = close + 1;
    } else if (char === '`' && close > index + 1) {
      if (text !== '') parts.push({ code: false, text });
      parts.push({ code: true, text: message.slice(index + 1, close) });
      text = '';
      index = close + 1;
    } else {
      text += char;
      index++;
    }
  }
  if (text !== '') parts.push({ code: false, text });
  return parts;
}
