// Turns model strings into text safe for XML content and attribute values: the five markup
// characters become entities, and code points XML 1.0 forbids (controls, lone surrogates) become U+FFFD.

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes `text` for use between tags or inside a quoted attribute value. */
export function escapeXml(text: string): string {
  let escaped = '';
  // for…of walks code points, so astral characters (surrogate pairs) pass through whole.
  for (const char of text) {
    escaped += ENTITIES[char] ?? (isXmlChar(char.codePointAt(0)!) ? char : '\uFFFD');
  }
  return escaped;
}

/** XML 1.0 `Char`: tab, newline, carriage return, and the planes minus surrogates and U+FFFE/U+FFFF. */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}
