import { describe, expect, it, vi } from 'vitest';
import { renderPng } from '../../src/node/render-png.js';
import { pictureSvg } from '../../src/svg/picture-svg.js';
import { renderSvg } from '../../src/svg/render-svg.js';
import { FONTS } from '../fonts.js';
import { landscapeLayout } from '../svg/fixtures.js';

vi.mock('../../src/svg/picture-svg.js', async (original) => {
  const actual = await original<{ pictureSvg: typeof pictureSvg }>();
  return { pictureSvg: vi.fn(actual.pictureSvg) };
});

describe('renderPng', () => {
  it('hands resvg the drawing as a picture, its text set with the fonts it was measured with', async () => {
    const svg = renderSvg(landscapeLayout(), FONTS);
    await renderPng(svg);
    expect(pictureSvg).toHaveBeenCalledTimes(1);
    const [drawing, fonts] = vi.mocked(pictureSvg).mock.calls[0]!;
    expect(drawing).toBe(svg);
    expect(fonts.faces.family).toBe(FONTS.faces.family);
    expect(Buffer.from(fonts.faces.regular).equals(Buffer.from(FONTS.faces.regular))).toBe(true);
    expect(Buffer.from(fonts.faces.bold).equals(Buffer.from(FONTS.faces.bold))).toBe(true);
  });
});
