// Rasterises a rendered SVG with resvg (Node.js only), using only the given font files — the
// bundled Noto Sans by default, never system fonts — so text has exactly the widths it was
// measured with, on a white background.
import { Resvg } from '@resvg/resvg-js';
import { BUNDLED_FONT_FAMILY, BUNDLED_FONT_FILES } from './bundled-fonts.js';

export interface PngOptions {
  /** Pixels per SVG unit; 2 by default, for sharp text on high-density screens and in documents. */
  readonly scale?: number;
  /** The font the SVG was measured with, as files resvg can read; the bundled Noto Sans by default. */
  readonly font?: { readonly family: string; readonly files: readonly string[] };
}

export function renderPng(svg: string, options: PngOptions = {}): Uint8Array {
  const font = options.font ?? { family: BUNDLED_FONT_FAMILY, files: [BUNDLED_FONT_FILES.regular, BUNDLED_FONT_FILES.bold] };
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    background: '#ffffff',
    font: {
      fontFiles: [...font.files],
      loadSystemFonts: false,
      defaultFontFamily: font.family,
      sansSerifFamily: font.family,
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
