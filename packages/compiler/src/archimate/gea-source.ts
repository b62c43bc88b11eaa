// Writes gea source from pieces: words, strings (always escaped), references (written as short as
// they resolve from the file's namespace) and blocks. The importer builds declarations from these,
// never from text, so whatever an exchange file holds comes out as valid gea or as a comment.
import { geaString } from './fragments.js';

export type Piece =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'ref'; readonly name: string }
  /** Written right after the piece before it: `,`, `[]`. */
  | { readonly kind: 'glue'; readonly text: string }
  /** `{ … }` on the same line. */
  | { readonly kind: 'inline'; readonly pieces: readonly Piece[] }
  /** `( … )`: a statement's lifecycle. */
  | { readonly kind: 'parens'; readonly pieces: readonly Piece[] }
  /** `{` then one member a line, then `}`. */
  | { readonly kind: 'block'; readonly lines: readonly Line[] };

export type Line = readonly Piece[];

export const word = (text: string): Piece => ({ kind: 'word', text });
export const str = (text: string): Piece => ({ kind: 'string', text });
export const ref = (name: string): Piece => ({ kind: 'ref', name });
export const glue = (text: string): Piece => ({ kind: 'glue', text });
export const inline = (pieces: readonly Piece[]): Piece => ({ kind: 'inline', pieces });
export const parens = (pieces: readonly Piece[]): Piece => ({ kind: 'parens', pieces });
export const block = (lines: readonly Line[]): Piece => ({ kind: 'block', lines });

/** `a, b, c` as pieces, with `piece` making each. */
export function commaList<T>(items: readonly T[], piece: (item: T) => Piece): Piece[] {
  return items.flatMap((item, index) => (index === 0 ? [piece(item)] : [glue(','), piece(item)]));
}

export interface GeaDeclaration {
  readonly keyword: string;
  /** Full name; the file's namespace is cut off when written. */
  readonly name: string;
  readonly title?: string;
  readonly lines: readonly Line[];
  /** Comment lines written above it, without `//`. */
  readonly comments: readonly string[];
}

export interface GeaFile {
  /** Relative to the folder the import writes into, with `/`. */
  readonly path: string;
  readonly namespace?: string;
  /** Comment lines at the top of the file. */
  readonly header: readonly string[];
  readonly declarations: readonly GeaDeclaration[];
  /** Comment blocks after the declarations (what could not be imported). */
  readonly trailer: readonly string[];
}

/** Writes a reference so that, from `namespace`, it resolves to `name` among `declared`. */
export function referenceText(name: string, namespace: string | undefined, declared: ReadonlySet<string>): string {
  const parts = name.split('.');
  const prefixes: string[] = [];
  if (namespace) {
    const spaces = namespace.split('.');
    for (let length = spaces.length; length > 0; length--) prefixes.push(spaces.slice(0, length).join('.'));
  }
  const resolve = (candidate: string) => {
    for (const prefix of prefixes) if (declared.has(`${prefix}.${candidate}`)) return `${prefix}.${candidate}`;
    return declared.has(candidate) ? candidate : undefined;
  };
  for (let length = 1; length < parts.length; length++) {
    const candidate = parts.slice(parts.length - length).join('.');
    if (resolve(candidate) === name) return candidate;
  }
  return name;
}

export function renderFile(file: GeaFile, declared: ReadonlySet<string>): string {
  const out: string[] = [];
  for (const line of file.header) out.push(comment(line));
  if (file.namespace) out.push(`namespace ${file.namespace}`);
  for (const declaration of file.declarations) {
    if (out.length > 0) out.push('');
    for (const line of declaration.comments) out.push(comment(line));
    out.push(...renderDeclaration(declaration, file.namespace, declared));
  }
  if (file.trailer.length > 0) {
    if (out.length > 0) out.push('');
    for (const line of file.trailer) out.push(comment(line));
  }
  return `${out.join('\n')}\n`;
}

/** A comment line; a line break or `*\/` in it cannot end the comment early. */
function comment(text: string): string {
  return text === '' ? '//' : `// ${text.replace(/[\r\n\u2028\u2029]+/g, ' ')}`;
}

function renderDeclaration(declaration: GeaDeclaration, namespace: string | undefined, declared: ReadonlySet<string>): string[] {
  const local = namespace && declaration.name.startsWith(`${namespace}.`) ? declaration.name.slice(namespace.length + 1) : declaration.name;
  const head = [declaration.keyword, local, ...(declaration.title !== undefined ? [geaString(declaration.title)] : [])].join(' ');
  if (declaration.lines.length === 0) return [head];
  return [`${head} {`, ...declaration.lines.flatMap((line) => renderLine(line, 1, namespace, declared)), '}'];
}

function renderLine(line: Line, depth: number, namespace: string | undefined, declared: ReadonlySet<string>): string[] {
  const indent = '  '.repeat(depth);
  const out: string[] = [];
  let current = indent;
  const append = (text: string, glued: boolean) => {
    current += current === indent || glued ? text : ` ${text}`;
  };
  const piecesText = (pieces: readonly Piece[]): string => {
    let text = '';
    for (const piece of pieces) {
      const part = pieceText(piece);
      text += text === '' || piece.kind === 'glue' ? part : ` ${part}`;
    }
    return text;
  };
  const pieceText = (piece: Piece): string => {
    switch (piece.kind) {
      case 'word':
      case 'glue':
        return piece.text;
      case 'string':
        return geaString(piece.text);
      case 'ref':
        return referenceText(piece.name, namespace, declared);
      case 'inline':
        return piece.pieces.length > 0 ? `{ ${piecesText(piece.pieces)} }` : '{ }';
      case 'parens':
        return `(${piecesText(piece.pieces)})`;
      case 'block':
        return '{';
    }
  };
  for (const piece of line) {
    if (piece.kind !== 'block') {
      append(pieceText(piece), piece.kind === 'glue');
      continue;
    }
    if (piece.lines.length === 0) {
      append('{ }', false);
      continue;
    }
    append('{', false);
    out.push(current);
    for (const inner of piece.lines) out.push(...renderLine(inner, depth + 1, namespace, declared));
    current = `${indent}}`;
  }
  out.push(current);
  return out;
}
