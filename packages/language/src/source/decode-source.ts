// Source files are UTF-8 text. Bytes that are not (a binary file, NUL bytes, another encoding such
// as Windows-1251) become one problem at the place it starts, instead of a flood of syntax errors
// or Cyrillic silently turned into replacement characters.

export type SourceProblem =
  | { readonly kind: 'binary'; readonly line: number; readonly column: number }
  | {
      readonly kind: 'not-utf8';
      readonly line: number;
      readonly column: number;
      readonly byteOffset: number;
      /**
       * The file reads as this encoding instead (Windows-1251 is the usual one for Mongolian;
       * UTF-16 is what Windows editors call "Unicode").
       */
      readonly looksLike?: 'windows-1251' | 'UTF-16';
    };

export type DecodedSource =
  { readonly text: string; readonly problem?: undefined } | { readonly text: ''; readonly problem: SourceProblem };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The text of a source file (a BOM dropped), or the problem that keeps it from being read as text. */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  const start = UTF8_BOM.every((byte, index) => bytes[index] === byte) ? 3 : 0;
  // UTF-16 holds NUL bytes too, but it is text in the wrong encoding, not a binary file.
  if (start === 0 && isUtf16(bytes))
    return { text: '', problem: { kind: 'not-utf8', line: 1, column: 1, byteOffset: 0, looksLike: 'UTF-16' } };
  const nul = bytes.indexOf(0, start);
  if (nul >= 0) return { text: '', problem: { kind: 'binary', ...position(bytes, start, nul) } };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)) };
  } catch {
    const byteOffset = firstInvalidUtf8(bytes, start);
    const looksLike = readsAsWindows1251(bytes.subarray(start)) ? 'windows-1251' : undefined;
    return {
      text: '',
      problem: { kind: 'not-utf8', ...position(bytes, start, byteOffset), byteOffset, ...(looksLike ? { looksLike } : {}) },
    };
  }
}

/** 1-based line and column (in characters of the valid text before it) of a byte offset. */
function position(bytes: Uint8Array, start: number, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = start;
  for (let index = start; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let index = start;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
    }
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(index, index + length));
    } catch {
      return index; // overlong or surrogate encodings
    }
    index += length;
  }
  return bytes.length;
}

/**
 * A UTF-16 byte-order mark, or (without one) NUL bytes at every other place only, as the ASCII
 * of a UTF-16 text has them: keywords, braces and line ends are ASCII in any .gea file.
 */
function isUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const head = bytes.subarray(0, 512);
  const nulsAt = [0, 0];
  head.forEach((byte, index) => {
    if (byte === 0) nulsAt[index % 2]!++;
  });
  const [even, odd] = nulsAt as [number, number];
  return head.length >= 4 && (even === 0) !== (odd === 0) && Math.max(even, odd) >= head.length / 6;
}

/** Most of the bytes above 0x7f decode to Cyrillic letters in Windows-1251. */
function readsAsWindows1251(bytes: Uint8Array): boolean {
  const high = bytes.filter((byte) => byte >= 0x80);
  if (high.length === 0) return false;
  const text = new TextDecoder('windows-1251').decode(high);
  const cyrillic = [...text].filter((char) => /[\u0400-\u04FF]/.test(char)).length;
  return cyrillic / high.length > 0.8;
}
