// Line breaking by measured width: at the text's own line breaks, then at spaces, and inside a word
// too wide for a line (after `_`, `.`, `/`, `-` where it can, else between characters).
import type { Fonts } from './fonts.js';

/**
 * How far from the limit a line's width, summed from its words, must be for the sum to decide
 * whether it fits: closer than this, the line is measured whole (kerning and shaping across a
 * space change a width by far less). Measuring every longer line whole made the first sizing of a
 * national model's views seconds of font shaping; words repeat, lines do not.
 */
const SUMMED_WIDTH_SLACK_EM = 0.25;

/**
 * `text` in lines no wider than `maxWidth`: a line break in it (`\n` in a model string) starts a new
 * line, as in the Mermaid, PlantUML and D2 a view is written in; a single word wider than the limit is split.
 */
export function wrapText(fonts: Fonts, given: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const width = (line: string) => fonts.width(line, fontSize, bold);
  const lines = drawableText(fonts, given)
    .trim()
    .split(/\r\n?|\n/)
    .flatMap((line) => wrapLine(line, maxWidth, SUMMED_WIDTH_SLACK_EM * fontSize, width));
  return lines;
}

/** One line of the text in lines no wider than `maxWidth`, broken at spaces; a blank line stays one blank line. */
function wrapLine(text: string, maxWidth: number, slack: number, width: (text: string) => number): string[] {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of words) {
    // Pieces of one long word join without a space when they share a line.
    splitLongWord(word, maxWidth, width).forEach((piece, index) => {
      if (!line) {
        line = piece;
        lineWidth = width(piece);
        return;
      }
      const joiner = index === 0 ? ' ' : '';
      const candidate = `${line}${joiner}${piece}`;
      let candidateWidth = lineWidth + (joiner ? width(joiner) : 0) + width(piece);
      if (Math.abs(candidateWidth - maxWidth) <= slack) candidateWidth = width(candidate);
      if (candidateWidth > maxWidth) {
        lines.push(line);
        line = piece;
        lineWidth = width(piece);
      } else {
        line = candidate;
        lineWidth = candidateWidth;
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

/**
 * Stand-ins for characters Noto Sans has no glyph for (arrows are in Noto Sans Symbols, which is
 * not bundled), so that a label such as `3 → 4` is drawn `3 » 4` rather than with an empty box.
 */
const STAND_INS: Readonly<Record<string, string>> = {
  '→': '»',
  '⟶': '»',
  '⇒': '»',
  '➔': '»',
  '←': '«',
  '⟵': '«',
  '⇐': '«',
  '↔': '«»',
  '⇔': '«»',
};

/** `text` with a stand-in for each character the fonts cannot draw and the table has one for. */
export function drawableText(fonts: Fonts, text: string): string {
  if (!/[^ -\u04ff]/.test(text)) return text;
  let drawable = '';
  for (const char of text) drawable += fonts.hasGlyph(char) ? char : (STAND_INS[char] ?? char);
  return drawable;
}
