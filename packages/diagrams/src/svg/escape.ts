// Turns model strings into text safe for XML content and attribute values: the five markup
// characters become entities, and code points XML 1.0 forbids (controls, lone surrogates) become U+FFFD.

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Markup characters, code points XML forbids, and any surrogate (pairs are walked whole below). */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes `text` for use between tags or inside a quoted attribute value. */
export function escapeXml(text: string): string {
  // Most text has nothing to escape or replace: it is returned as it is, without a copy.
  if (!NEEDS_ESCAPING.test(text)) return text;
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
