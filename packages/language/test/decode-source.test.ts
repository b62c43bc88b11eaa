// Source files are UTF-8: anything else is one clear problem where it starts.
import { describe, expect, it } from 'vitest';
import { decodeSource } from '@gea-arch/language';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(decodeSource(utf8('\uFEFFagency а "Ө" {}'))).toEqual({ text: 'agency а "Ө" {}' });
    expect(decodeSource(utf8('a\r\nb\nc'))).toEqual({ text: 'a\r\nb\nc' });
  });

  it('calls a file with NUL bytes not a text file, at the first NUL', () => {
    const bytes = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x0a, 0x41, 0x00, 0x00]);
    expect(decodeSource(bytes)).toEqual({ text: '', problem: { kind: 'binary', line: 2, column: 2 } });
  });

  it('names the line, column and byte of the first byte that is not UTF-8, and recognises Windows-1251', () => {
    // `agency a "Болор"` written in Windows-1251 on the second line.
    const cp1251 = new Uint8Array([...utf8('// ok\nagency a "'), 0xc1, 0xee, 0xeb, 0xee, 0xf0, ...utf8('" {}')]);
    expect(decodeSource(cp1251)).toEqual({
      text: '',
      problem: { kind: 'not-utf8', line: 2, column: 11, byteOffset: 16, looksLike: 'windows-1251' },
    });
  });

  it('says a UTF-16 file (what Windows editors call "Unicode") is text in another encoding, with or without a BOM', () => {
    const utf16 = (text: string, bigEndian = false) =>
      new Uint8Array(
        [...text].flatMap((char) => {
          const code = char.charCodeAt(0);
          return bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8];
        }),
      );
    const problem = { kind: 'not-utf8', line: 1, column: 1, byteOffset: 0, looksLike: 'UTF-16' };
    expect(decodeSource(utf16('\uFEFFagency а "Ө"\n')).problem).toEqual(problem);
    expect(decodeSource(utf16('\uFEFFagency а "Ө"\n', true)).problem).toEqual(problem);
    expect(decodeSource(utf16('agency а "Ө" {}\n')).problem).toEqual(problem);
    expect(decodeSource(utf16('agency а "Ө" {}\n', true)).problem).toEqual(problem);
    // A binary file's NULs are not one in two.
    expect(decodeSource(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00, 0x00, 0x00])).problem).toMatchObject({ kind: 'binary' });
  });

  it('does not guess an encoding for bytes that are not Cyrillic in Windows-1251 either', () => {
    const problem = decodeSource(new Uint8Array([0x61, 0xa9, 0xb0, 0x62])).problem; // © ° in Windows-1251
    expect(problem).toEqual({ kind: 'not-utf8', line: 1, column: 2, byteOffset: 1 });
  });

  it('rejects overlong and truncated sequences', () => {
    expect(decodeSource(new Uint8Array([0x61, 0xc0, 0xaf])).problem).toMatchObject({ kind: 'not-utf8', byteOffset: 1 });
    expect(decodeSource(new Uint8Array([0x61, 0x62, 0xe2, 0x82])).problem).toMatchObject({ kind: 'not-utf8', byteOffset: 2 });
  });
});
