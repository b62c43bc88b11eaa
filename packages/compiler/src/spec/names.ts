// Names that specs give to what the model names: keys for schema components, channels and
// operations (OpenAPI and AsyncAPI allow only `[A-Za-z0-9._-]`, so Cyrillic is transliterated),
// XML names for WSDL and XSD, and the URNs that name model elements in JSON-LD.
import { latinSpelling, type Element } from '@gea-arch/core';

/** `Иргэн.регистр` → `Irgen.registr`: letters outside `[A-Za-z0-9._-]` spelled in Latin or replaced by `_`. */
export function asciiKey(name: string): string {
  let key = '';
  for (const char of name) {
    key += /[A-Za-z0-9._-]/.test(char) ? char : (latinSpelling(char) ?? '_');
  }
  return key === '' ? '_' : key;
}

/**
 * Hands out distinct keys, in the order asked: each (kind, name) keeps its key, and a second one
 * whose name shapes to a key already taken gets `_2`, `_3`, ….
 */
export class KeyRegistry {
  private readonly keys = new Map<string, string>();
  private readonly taken = new Set<string>();

  constructor(private readonly shape: (name: string) => string = asciiKey) {}

  key(kind: string, name: string): string {
    const identity = `${kind}\u0000${name}`;
    const known = this.keys.get(identity);
    if (known !== undefined) return known;
    const base = this.shape(name);
    let key = base;
    for (let n = 2; this.taken.has(key); n++) key = `${base}_${n}`;
    this.keys.set(identity, key);
    this.taken.add(key);
    return key;
  }
}

/** An XML NCName for a model name: identifiers are NCNames already, but for the few letters below U+00C0 that XML leaves out. */
export function xmlName(name: string): string {
  const allowed = (char: string) => /[A-Za-z0-9._-]/.test(char) || (char.codePointAt(0)! >= 0xc0 && /[\p{L}\p{N}]/u.test(char));
  const body = [...name].map((char) => (allowed(char) ? char : '_')).join('');
  return /^[\p{L}_]/u.test(body) ? body : `_${body}`;
}

/** The IRI that names a model element in JSON-LD: `urn:gea:mn.gasr.citizen`. */
export function elementIri(element: Element | string): string {
  return `urn:gea:${encodeIriPart(typeof element === 'string' ? element : element.id)}`;
}

/** Keeps letters and digits of any script (IRIs allow them) and percent-encodes the rest of what is not unreserved. */
export function encodeIriPart(text: string): string {
  return [...text].map((char) => (/[\p{L}\p{N}._~-]/u.test(char) ? char : percentEncoded(char))).join('');
}

/**
 * Percent-encodes all but ASCII unreserved characters: for what must be a URI, not an IRI (a JSON
 * Schema `$id`, an XML namespace, a SOAP address), which validators reject with Cyrillic in it.
 */
export function encodeUriPart(text: string): string {
  return [...text].map((char) => (/[A-Za-z0-9._~-]/.test(char) ? char : percentEncoded(char))).join('');
}

/** A lone surrogate (a model string may hold one) has no UTF-8 form: it is encoded as U+FFFD. */
function percentEncoded(char: string): string {
  return encodeURIComponent(/^[\uD800-\uDFFF]$/.test(char) ? '\uFFFD' : char);
}
