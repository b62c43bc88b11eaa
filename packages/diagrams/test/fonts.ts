// The fonts the tests measure and draw with: the bundled Noto Sans, read once per test file.
import { loadBundledFonts } from '../src/node/index.js';

export const FONTS = loadBundledFonts();

export const textWidth = (text: string, fontSize: number, bold = false): number => FONTS.width(text, fontSize, bold);
export const lineHeight = (fontSize: number): number => FONTS.lineHeight(fontSize);
