// Line breaking by measured width: at spaces, and inside a word too wide for a line (after `_`,
// `.`, `/`, `-` where it can, else between characters).
import type { Fonts } from './fonts.js';

/** `text` in lines no wider than `maxWidth`; a single word wider than the limit is split. */
export function wrapText(fonts: Fonts, text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const width = (line: string) => fonts.width(line, fontSize, bold);
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    // Pieces of one long word join without a space when they share a line.
    splitLongWord(word, maxWidth, width).forEach((piece, index) => {
      const candidate = line ? `${line}${index === 0 ? ' ' : ''}${piece}` : piece;
      if (line && width(candidate) > maxWidth) {
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

function splitLongWord(word: string, maxWidth: number, width: (text: string) => number): string[] {
  if (width(word) <= maxWidth) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && width(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
    if (/[_./-]/.test(char) && width(piece) > maxWidth / 2) {
      pieces.push(piece);
      piece = '';
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}
