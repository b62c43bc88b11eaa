// The font gea ships (Node.js only): Noto Sans, a full TTF with Latin and Cyrillic including Ө and
// Ү, read from the package's assets. The same files measure the text and render the PNG.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createFonts, type FontFaces, type Fonts } from '../fonts/fonts.js';

export const BUNDLED_FONT_FAMILY = 'Noto Sans';

/** Paths of the bundled faces. */
export const BUNDLED_FONT_FILES = {
  regular: fileURLToPath(new URL('../../assets/fonts/NotoSans-Regular.ttf', import.meta.url)),
  bold: fileURLToPath(new URL('../../assets/fonts/NotoSans-Bold.ttf', import.meta.url)),
} as const;

export function bundledFontFaces(): FontFaces {
  return { family: BUNDLED_FONT_FAMILY, regular: readFileSync(BUNDLED_FONT_FILES.regular), bold: readFileSync(BUNDLED_FONT_FILES.bold) };
}

/** Fonts from the bundled Noto Sans; read once by whoever needs them and passed along. */
export function loadBundledFonts(): Fonts {
  return createFonts(bundledFontFaces());
}
