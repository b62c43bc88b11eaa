import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_FONT_FAMILY, BUNDLED_FONT_FILES } from '../../src/node/bundled-fonts.js';
import { PNG_PAGE, renderPng } from '../../src/node/render-png.js';
import { renderSvg } from '../../src/svg/render-svg.js';
import { FONTS, textWidth } from '../fonts.js';
import { gapLayout, landscapeLayout } from '../svg/fixtures.js';
import { decodePng, inkBounds, PNG_SIGNATURE } from './decode-png.js';

const svg = renderSvg(landscapeLayout(), FONTS);
const svgWidth = Number(/width="(\d+)"/.exec(svg)![1]);
const svgHeight = Number(/height="(\d+)"/.exec(svg)![1]);

describe('renderPng', () => {
  let png: Uint8Array;
  beforeAll(async () => {
    png = await renderPng(svg);
  });

  it('writes a PNG at twice the SVG size by default', async () => {
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const image = decodePng(png);
    expect([image.width, image.height]).toEqual([svgWidth * 2, svgHeight * 2]);
  });

  it('draws a drawing too large for that smaller: as large as it prints on an A3 page at 300 dpi, in either orientation', async () => {
    expect(PNG_PAGE).toEqual({ long: 4961, short: 3508 });
    const page = { long: 1000, short: 700 };
    const drawing = (width: number, height: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#345"/></svg>`;
    // A national landscape's shape: 5 900 × 16 500 units would be 390 million pixels at twice its size.
    const tall = decodePng(await renderPng(drawing(5900, 16500), { page }));
    expect(tall.height).toBeLessThanOrEqual(1000);
    expect(tall.height).toBeGreaterThan(990);
    expect(tall.width / tall.height).toBeCloseTo(5900 / 16500, 2);
    // Wide and nearly square: the short side is what stops it.
    const wide = decodePng(await renderPng(drawing(16000, 14000), { page }));
    expect(wide.height).toBeLessThanOrEqual(700);
    expect(wide.height).toBeGreaterThan(693);
    expect(wide.width).toBeLessThanOrEqual(1000);
    expect(wide.width / wide.height).toBeCloseTo(16000 / 14000, 2);
    // Small enough: twice its size, as any drawing within the page.
    const small = decodePng(await renderPng(drawing(400, 300), { page }));
    expect([small.width, small.height]).toEqual([800, 600]);
    const asked = decodePng(await renderPng(drawing(5900, 300), { scale: 1 }));
    expect([asked.width, asked.height]).toEqual([5900, 300]);
  });

  it('scales to the size asked for', async () => {
    const image = decodePng(await renderPng(svg, { scale: 1 }));
    expect([image.width, image.height]).toEqual([svgWidth, svgHeight]);
  });

  it('draws something on an opaque white background', async () => {
    const image = decodePng(await renderPng(svg, { scale: 1 }));
    const ink = inkBounds(image)!;
    expect(ink.count / (image.width * image.height)).toBeGreaterThan(0.02);
    // The bottom-right corner is background: white and opaque.
    const corner = ((image.height - 1) * image.width + image.width - 1) * image.channels;
    expect([...image.pixels.subarray(corner, corner + image.channels)]).toEqual(
      image.channels === 4 ? [255, 255, 255, 255] : [255, 255, 255],
    );
  });

  it('sets text in the bundled Noto Sans, at the width it was measured with', async () => {
    const text = 'ӨҮөү Монгол Улс';
    const probe =
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60" viewBox="0 0 400 60">` +
      `<text x="10" y="40" font-size="24" style="font-family:'Noto Sans',sans-serif">${text}</text></svg>`;
    const ink = inkBounds(decodePng(await renderPng(probe, { scale: 1 })))!;
    const measured = textWidth(text, 24);
    // Ink is a little narrower than the advance width (side bearings); a fallback font would differ by far more.
    expect(ink.right - ink.left + 1).toBeGreaterThan(measured - 6);
    expect(ink.right - ink.left + 1).toBeLessThanOrEqual(measured + 1);
  });

  it('draws the text of a drawing gea rendered as glyph outlines, the picture resvg would set from the font files', async () => {
    const options = {
      fitTo: { mode: 'zoom', value: 2 },
      background: '#ffffff',
      font: {
        fontFiles: [BUNDLED_FONT_FILES.regular, BUNDLED_FONT_FILES.bold],
        loadSystemFonts: false,
        defaultFontFamily: BUNDLED_FONT_FAMILY,
      },
    } as const;
    /** The share of bytes that differ between two pictures of the same size. */
    const differing = (a: Uint8Array, b: Uint8Array) => {
      expect(a.length).toBe(b.length);
      let count = 0;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) count++;
      return count / a.length;
    };
    for (const drawing of [svg, renderSvg(gapLayout(), FONTS)]) {
      const outlined = decodePng(await renderPng(drawing)).pixels;
      const setByResvg = new Resvg(drawing, options).render().pixels;
      const withoutText = new Resvg(drawing.replace(/<text\b[^>]*>.*?<\/text>/g, ''), options).render().pixels;
      expect(differing(withoutText, setByResvg)).toBeGreaterThan(0.003);
      expect(differing(outlined, setByResvg)).toBeLessThan(0.0001);
    }
  });

  it('gives the same bytes twice', async () => {
    expect(Buffer.from(await renderPng(svg)).equals(Buffer.from(png))).toBe(true);
  });
});
