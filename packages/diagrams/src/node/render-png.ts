// Rasterises a rendered SVG with resvg (Node.js only), using only the given font files — the
// bundled Noto Sans by default, never system fonts — so text has exactly the widths it was
// measured with, on a white background. A drawing gea rendered has its text set as outlines of
// those fonts' glyphs first (picture-svg.ts), and the pixels are encoded here (encode-png.ts).
// resvg is loaded by the first picture (resvg.ts).
import { readFileSync } from 'node:fs';
import { createFonts, type Fonts } from '../fonts/fonts.js';
import { pictureSvg } from '../svg/picture-svg.js';
import { BUNDLED_FONT_FAMILY, BUNDLED_FONT_FILES } from './bundled-fonts.js';
import { encodePng, type RgbaPixels } from './encode-png.js';
import { resvg } from './resvg.js';

/**
 * The largest picture a PNG is drawn as: an A3 page at 300 dpi (4 961 × 3 508 pixels), the largest
 * print a reviewer makes, in whichever orientation fits the drawing. A national view can be 5 900 ×
 * 16 500 SVG units; at twice that it would be 390 million pixels, 1.5 GB to draw, for a picture no
 * page or screen shows whole. Such a view is drawn smaller (its SVG zooms): as large as it prints on
 * the page at 300 dpi, no larger. A cap on the pixel count alone gave a tall agency landscape 2 515 ×
 * 6 918 pixels, 418 dpi on the page, twice the pixels to draw and encode (decision 0028).
 */
export const PNG_PAGE: PngPage = { long: 4961, short: 3508 };

/** A page in pixels: its long and its short side. */
export interface PngPage {
  readonly long: number;
  readonly short: number;
}

/** Pixels per SVG unit by default: sharp text on high-density screens and in documents. */
const DEFAULT_SCALE = 2;

export interface PngOptions {
  /**
   * Pixels per SVG unit; 2 by default, less for a drawing that would not fit `PNG_PAGE` (an
   * asked-for scale is kept as asked).
   */
  readonly scale?: number;
  /** The page the default scale fits a drawing on; `PNG_PAGE` by default. */
  readonly page?: PngPage;
  /**
   * The font the SVG was measured with, as TrueType or OpenType files: the regular face, then the
   * bold (the regular again when there is none); the bundled Noto Sans by default.
   */
  readonly font?: { readonly family: string; readonly files: readonly string[] };
}

export async function renderPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
  return encodePng(await drawPixels(svg, options));
}

/**
 * `svg` drawn as `renderPng` draws it, not yet encoded. resvg's own copy of the pixels is freed only
 * once the garbage collector has found it unreachable, which a thread drawing many pictures can
 * ask for before it encodes this one.
 */
export async function drawPixels(svg: string, options: PngOptions = {}): Promise<RgbaPixels> {
  const font = options.font ?? { family: BUNDLED_FONT_FAMILY, files: [BUNDLED_FONT_FILES.regular, BUNDLED_FONT_FILES.bold] };
  const { Resvg } = await resvg();
  const drawing = new Resvg(pictureSvg(svg, fontsOf(font)), {
    fitTo: { mode: 'zoom', value: options.scale ?? defaultScale(svg, options.page ?? PNG_PAGE) },
    background: '#ffffff',
    crop: NO_CROP,
    font: {
      fontFiles: [...font.files],
      loadSystemFonts: false,
      defaultFontFamily: font.family,
      sansSerifFamily: font.family,
    },
  });
  const image = drawing.render();
  return { width: image.width, height: image.height, rgba: image.pixels };
}

/**
 * resvg-js crops every picture it renders to this rectangle, by default the whole picture: a copy of
 * all its pixels (70 MB at A3; a quarter of a second where its pages are new). An empty rectangle is
 * no crop at all.
 */
const NO_CROP = { left: 0, top: 0, right: 0, bottom: 0 } as const;

/** The same fonts for every picture drawn with the same files: their glyph outlines are kept. */
const fontsByFiles = new Map<string, Fonts>();

function fontsOf(font: { readonly family: string; readonly files: readonly string[] }): Fonts {
  const key = JSON.stringify([font.family, font.files]);
  let fonts = fontsByFiles.get(key);
  if (!fonts) {
    const [regular, bold] = font.files.map((file) => readFileSync(file));
    if (!regular) throw new Error(`no font files for ${font.family}`);
    fonts = createFonts({ family: font.family, regular, bold: bold ?? regular });
    fontsByFiles.set(key, fonts);
  }
  return fonts;
}

/** 2, or less for a drawing so large that twice its size would not fit `page` in either orientation. */
function defaultScale(svg: string, page: PngPage): number {
  // The root element's own size, as render-svg.ts writes it; an SVG without one keeps the default.
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) return DEFAULT_SCALE;
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  let scale = Math.min(DEFAULT_SCALE, page.long / long, page.short / short);
  // resvg rounds each side up to whole pixels.
  while (scale > 0 && (Math.ceil(long * scale) > page.long || Math.ceil(short * scale) > page.short)) scale *= 0.999;
  return scale;
}
