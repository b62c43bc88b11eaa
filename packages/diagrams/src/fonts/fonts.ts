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
  /** The glyphs that set `text`, placed as `width` measures them: a picture draws these outlines. */
  glyphs(text: string, bold?: boolean): GlyphRun;
  /** A glyph's outline as SVG path data, in font units with y pointing up; empty for a blank glyph. */
  outline(glyph: number, bold?: boolean): string;
}

/** Glyphs of one line of text, in font units from the start of the line on its baseline. */
export interface GlyphRun {
  readonly unitsPerEm: number;
  /** The line's advance width. */
  readonly advance: number;
  readonly glyphs: readonly PlacedGlyph[];
}

export interface PlacedGlyph {
  readonly glyph: number;
  readonly x: number;
  /** Upwards from the baseline. */
  readonly y: number;
}

export function createFonts(faces: FontFaces): Fonts {
  // The family is written into the SVG's style sheet as it is.
  if (!/^[\p{L}\p{N} _-]+$/u.test(faces.family))
    throw new Error(`font family ${JSON.stringify(faces.family)}: use letters, digits, spaces, _ and -`);
  const regular = face(faces.regular, 'regular');
  const bold = face(faces.bold, 'bold');
  const ascent = regular.ascent / regular.unitsPerEm;
  const glyphHeight = (regular.ascent - regular.descent) / regular.unitsPerEm;
  // Advances (font units) by face and text: a diagram measures the same few hundred strings many times.
  const advances = new Map<string, number>();
  // Outlines by face and glyph: a few hundred glyphs draw every label.
  const outlines = new Map<string, string>();
  // Glyph runs by face and word, shaped once for measuring and drawing alike: shaping is most of
  // the time a picture's text takes.
  const runs = new Map<string, GlyphRun>();
  const wordRun = (word: string, isBold: boolean): GlyphRun => {
    const key = `${isBold ? 'b' : 'r'}${word}`;
    let run = runs.get(key);
    if (run === undefined) {
      const font = isBold ? bold : regular;
      const shaped = font.layout(word);
      const glyphs: PlacedGlyph[] = [];
      let pen = 0;
      shaped.glyphs.forEach((glyph, index) => {
        const position = shaped.positions[index]!;
        glyphs.push({ glyph: glyph.id, x: pen + position.xOffset, y: position.yOffset });
        pen += position.xAdvance;
      });
      run = { unitsPerEm: font.unitsPerEm, advance: shaped.advanceWidth, glyphs };
      runs.set(key, run);
    }
    return run;
  };
  // A text with spaces is measured as its words and spaces: the bundled font shapes no pair across
  // a space (kerning, ligatures), and while a label's lines are new strings, its words are not.
  const advance = (text: string, isBold: boolean): number => {
    const key = `${isBold ? 'b' : 'r'}${text}`;
    let units = advances.get(key);
    if (units === undefined) {
      const words = text.length > 1 ? text.split(' ') : [text];
      if (words.length > 1) {
        units = (words.length - 1) * advance(' ', isBold);
        for (const word of words) if (word) units += advance(word, isBold);
      } else {
        units = wordRun(text, isBold).advance;
      }
      advances.set(key, units);
    }
    return units;
  };
  return {
    faces,
    ascent,
    glyphHeight,
    width(text, fontSize, isBold = false) {
      const font = isBold ? bold : regular;
      return (advance(text, isBold) / font.unitsPerEm) * fontSize;
    },
    lineHeight: (fontSize) => Math.ceil(fontSize * glyphHeight),
    hasGlyph: (character) => [regular, bold].every((font) => font.hasGlyphForCodePoint(character.codePointAt(0)!)),
    glyphs(text, isBold = false) {
      const font = isBold ? bold : regular;
      // Set word by word, as `width` measures: a picture's labels are new strings, their words are not.
      const words = text.length > 1 ? text.split(' ') : [text];
      if (words.length === 1) return wordRun(text, isBold);
      const glyphs: PlacedGlyph[] = [];
      let pen = 0;
      const place = (run: GlyphRun): void => {
        for (const glyph of run.glyphs) glyphs.push({ glyph: glyph.glyph, x: pen + glyph.x, y: glyph.y });
        pen += run.advance;
      };
      words.forEach((word, index) => {
        if (index > 0) place(wordRun(' ', isBold));
        if (word) place(wordRun(word, isBold));
      });
      return { unitsPerEm: font.unitsPerEm, advance: pen, glyphs };
    },
    outline(glyph, isBold = false) {
      const key = `${isBold ? 'b' : 'r'}${glyph}`;
      let path = outlines.get(key);
      if (path === undefined) {
        path = (isBold ? bold : regular).getGlyph(glyph).path.toSVG();
        outlines.set(key, path);
      }
      return path;
    },
  };
}

function face(bytes: Uint8Array, which: string): Font {
  const font = create(bytes as Parameters<typeof create>[0]);
  if (!('layout' in font)) throw new Error(`the ${which} font is a font collection; give a single TrueType or OpenType face`);
  return font;
}
