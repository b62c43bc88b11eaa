// Identifiers of the exchange file, derived from qualified names so the same model always gets the
// same ids. Every id is an ASCII xsd:ID (an NCName): letters, digits, `_` and `.` are kept, any
// other character is written `-hex-`. gea names never hold `-`, so a declaration's id
// (`gea-mn.gasr.civil_registry`) reads back into its name; Archi keeps ids it imports, so names
// survive a trip through Archi too.

const KEPT = /[A-Za-z0-9_.]/;
const DECLARATION_PREFIX = 'gea-';

/** Names encoded so far: a national model's diagrams name each element in many ids. Emptied after each export. */
const ENCODED = new Map<string, string>();
const ENCODED_AT_MOST = 1 << 17;

/** Lets go of the names encoded so far: an export remembers them only while it runs. */
export function forgetEncodedNames(): void {
  ENCODED.clear();
}

/** A name as id characters: `Өргөө` → `-4e8--440--433--4e9--4e9-`. */
export function idPart(text: string): string {
  let out = ENCODED.get(text);
  if (out !== undefined) return out;
  out = '';
  for (const char of text) out += KEPT.test(char) ? char : `-${char.codePointAt(0)!.toString(16)}-`;
  if (ENCODED.size >= ENCODED_AT_MOST) ENCODED.clear();
  ENCODED.set(text, out);
  return out;
}

/** The id of the element a declaration exports to. */
export function declarationId(qualifiedName: string): string {
  return `${DECLARATION_PREFIX}${idPart(qualifiedName)}`;
}

/**
 * Any other id: a tag that says what it is (`rel`, `view`, `node`, …) and the names it is derived
 * from. Parts are joined with `..`, which no encoded qualified name contains.
 */
export function derivedId(tag: string, ...parts: readonly string[]): string {
  return [tag, ...parts.map(idPart)].join('..');
}

const IDENTIFIER = /^[\p{L}_][\p{L}\p{M}\p{N}_]*$/u;

/** Whether a text is a gea qualified name: identifiers joined by `.`. */
export function isQualifiedName(text: string): boolean {
  return text.split('.').every((part) => IDENTIFIER.test(part));
}

/** Whether a text is one gea identifier. */
export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text);
}

/**
 * The qualified name a declaration id stands for, when the id is one gea wrote: canonical (it
 * encodes back to itself) and a valid name. Ids other tools made (`id-3f2a…`) give undefined.
 */
export function nameOfDeclarationId(id: string): string | undefined {
  if (!id.startsWith(DECLARATION_PREFIX)) return undefined;
  const encoded = id.slice(DECLARATION_PREFIX.length);
  let name = '';
  for (let index = 0; index < encoded.length;) {
    const char = encoded[index]!;
    if (char !== '-') {
      name += char;
      index++;
      continue;
    }
    const end = encoded.indexOf('-', index + 1);
    const hex = end < 0 ? '' : encoded.slice(index + 1, end);
    if (!/^[0-9a-f]{1,6}$/.test(hex)) return undefined;
    const codePoint = Number.parseInt(hex, 16);
    if (codePoint > 0x10ffff) return undefined;
    name += String.fromCodePoint(codePoint);
    index = end + 1;
  }
  return isQualifiedName(name) && declarationId(name) === id ? name : undefined;
}
