// Rasterises a rendered SVG with resvg, using only the bundled Noto Sans (never system fonts) so
// that text has exactly the widths it was measured with, on a white background.
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, FONT_FILES } from '../text-measure.js';

export interface PngOptions {
  /** Pixels per SVG unit; 2 by default, for sharp text on high-density screens and in documents. */
  readonly scale?: number;
}

export function renderPng(svg: string, options: PngOptions = {}): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    background: '#ffffff',
    font: {
      fontFiles: [fileURLToPath(FONT_FILES.regular), fileURLToPath(FONT_FILES.bold)],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
