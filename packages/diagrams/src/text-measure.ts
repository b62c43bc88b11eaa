// Text measurement with the bundled Noto Sans, the same TTF the PNG renderer uses, so boxes fit
// their labels in the SVG (browsers render Noto Sans or a close fallback) and exactly in the PNG.
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';

export const FONT_FAMILY = 'Noto Sans';

export const FONT_FILES = {
  regular: new URL('../assets/fonts/NotoSans-Regular.ttf', import.meta.url),
  bold: new URL('../assets/fonts/NotoSans-Bold.ttf', import.meta.url),
} as const;

let fonts: { regular: Font; bold: Font } | undefined;

function load(): { regular: Font; bold: Font } {
  fonts ??= {
    regular: create(readFileSync(FONT_FILES.regular)) as Font,
    bold: create(readFileSync(FONT_FILES.bold)) as Font,
  };
  return fonts;
}

const widthCache = new Map<string, number>();

/** Advance width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const key = `${bold ? 'b' : 'r'}${text}`;
  let unitsPerEm = widthCache.get(key);
  if (unitsPerEm === undefined) {
    const font = bold ? load().bold : load().regular;
    unitsPerEm = font.layout(text).advanceWidth / font.unitsPerEm;
    widthCache.set(key, unitsPerEm);
  }
  return unitsPerEm * fontSize;
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces (and after `_`, `.`, `/`, `-` in
 * long names); a single word wider than the limit is split by characters.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    // Pieces of one long word join without a space when they share a line.
    splitLongWord(word, maxWidth, fontSize, bold).forEach((piece, index) => {
      const candidate = line ? `${line}${index === 0 ? ' ' : ''}${piece}` : piece;
      if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
        lines.push(line);
        line = piece;
      } else {
        line = candidate;
      }
    });
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

function splitLongWord(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  if (textWidth(word, fontSize, bold) <= maxWidth) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && textWidth(piece + char, fontSize, bold) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
    if (/[_./-]/.test(char) && textWidth(piece, fontSize, bold) > maxWidth / 2) {
      pieces.push(piece);
      piece = '';
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Line height for a font size (Noto Sans ascender + descender, rounded up). */
export function lineHeight(fontSize: number): number {
  return Math.ceil(fontSize * 1.362);
}
