// The font diagrams are measured and drawn with, made from font bytes (fontkit) by whoever runs
// them: the CLI reads the bundled Noto Sans from disk, an editor preview or a browser fetches it.
// Widths are remembered per Fonts object, never in module state.
import { create, type Font } from 'fontkit';

/** A font family as bytes: a regular and a bold face (TrueType or OpenType, not WOFF). */
export interface FontFaces {
  /** The family the SVG asks for, as its `font-family`. */
  readonly family: string;
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

/** Text measurement with one font family. */
export interface Fonts {
  readonly faces: FontFaces;
  /** Advance width of `text` in pixels at `fontSize`. */
  width(text: string, fontSize: number, bold?: boolean): number;
  /** Height of one line of text: the font's ascender plus descender, rounded up to a pixel. */
  lineHeight(fontSize: number): number;
  /** How far below the top of a line's glyph box its baseline lies, in em. */
  readonly ascent: number;
  /** Ascender plus descender, in em. */
  readonly glyphHeight: number;
  /** True when both faces have a glyph for the character. */
  hasGlyph(character: string): boolean;
}

export function createFonts(faces: FontFaces): Fonts {
  // The family is written into the SVG's style sheet as it is.
  if (!/^[\p{L}\p{N} _-]+$/u.test(faces.family))
    throw new Error(`font family ${JSON.stringify(faces.family)}: use letters, digits, spaces, _ and -`);
  const regular = face(faces.regular, 'regular');
  const bold = face(faces.bold, 'bold');
  const ascent = regular.ascent / regular.unitsPerEm;
  const glyphHeight = (regular.ascent - regular.descent) / regular.unitsPerEm;
  // Em-widths by face and text: a diagram measures the same few hundred strings many times.
  const widths = new Map<string, number>();
  return {
    faces,
    ascent,
    glyphHeight,
    width(text, fontSize, isBold = false) {
      const key = `${isBold ? 'b' : 'r'}${text}`;
      let em = widths.get(key);
      if (em === undefined) {
        const font = isBold ? bold : regular;
        em = font.layout(text).advanceWidth / font.unitsPerEm;
        widths.set(key, em);
      }
      return em * fontSize;
    },
    lineHeight: (fontSize) => Math.ceil(fontSize * glyphHeight),
    hasGlyph: (character) => [regular, bold].every((font) => font.hasGlyphForCodePoint(character.codePointAt(0)!)),
  };
}

function face(bytes: Uint8Array, which: string): Font {
  const font = create(bytes as Parameters<typeof create>[0]);
  if (!('layout' in font)) throw new Error(`the ${which} font is a font collection; give a single TrueType or OpenType face`);
  return font;
}
