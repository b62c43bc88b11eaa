import { describe, expect, it } from 'vitest';
import { pictureSvg } from '../../src/svg/picture-svg.js';
import { renderSvg } from '../../src/svg/render-svg.js';
import { FONTS } from '../fonts.js';
import { gapLayout, landscapeLayout } from './fixtures.js';
import { parseSvg } from './parse-svg.js';

const drawing = (body: string, style = '.gea-diagram text{fill:#111}\n.gea-diagram .badge text{fill:#fff}') =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="gea-diagram" width="300" height="100" viewBox="0 0 300 100"><style>${style}</style>${body}</svg>`;

/** The glyph ids a picture places, in order. */
const placed = (svg: string) => [...svg.matchAll(/<use href="#gl-([rb])(\d+)"/g)].map(([, face, glyph]) => `${face}${glyph}`);

/** What the fonts would place for `text`, blank glyphs (spaces) left out. */
const expected = (text: string, bold = false) =>
  FONTS.glyphs(text, bold)
    .glyphs.filter(({ glyph }) => FONTS.outline(glyph, bold) !== '')
    .map(({ glyph }) => `${bold ? 'b' : 'r'}${glyph}`);

describe('pictureSvg', () => {
  for (const [name, layout] of [
    ['landscape', landscapeLayout()],
    ['gap', gapLayout()],
  ] as const) {
    it(`sets every label of the ${name} drawing as glyph outlines, in well-formed SVG`, () => {
      const svg = renderSvg(layout, FONTS);
      const picture = pictureSvg(svg, FONTS);
      expect(svg).toMatch(/<text/);
      expect(picture).not.toMatch(/<text|<tspan/);
      const document = parseSvg(picture);
      expect(document.querySelectorAll('g.glyphs').length).toBe((svg.match(/<text\b/g) ?? []).length);
      // Every glyph placed is defined once.
      const defined = [...document.querySelectorAll('defs > path')].map((path) => path.id);
      expect(new Set(defined).size).toBe(defined.length);
      for (const glyph of new Set(placed(picture))) expect(defined).toContain(`gl-${glyph}`);
    });
  }

  it('places each glyph where the fonts measured it: after the advances before it, scaled to the font size', () => {
    const picture = pictureSvg(drawing('<text class="muted" x="10" y="40" font-size="20">Улс AV</text>'), FONTS);
    const run = FONTS.glyphs('Улс AV');
    expect(picture).toContain(
      `<g class="glyphs muted"><g transform="translate(10 40) scale(${20 / run.unitsPerEm} ${-20 / run.unitsPerEm})">`,
    );
    const xs = [...picture.matchAll(/<use href="#gl-r\d+" x="([\d.-]+)"/g)].map(([, x]) => Number(x));
    const inked = run.glyphs.filter(({ glyph }) => FONTS.outline(glyph) !== '');
    expect(xs).toEqual(inked.map(({ x }) => Math.round(x * 10) / 10));
    // Kerning is the fonts' too: A and V are closer than their advance widths.
    expect(run.advance).toBeLessThan(FONTS.glyphs('Улс A').advance + FONTS.glyphs('V').advance);
  });

  it('centres or ends a line on its anchor, by the width it is set in', () => {
    const advance = FONTS.glyphs('Систем', true).advance;
    const middle = pictureSvg(
      drawing('<text class="bold" font-size="13" text-anchor="middle"><tspan x="100" y="20">Систем</tspan></text>'),
      FONTS,
    );
    expect(placed(middle)).toEqual(expected('Систем', true));
    expect(/<use href="#gl-b\d+" x="([\d.-]+)"/.exec(middle)![1]).toBe(String(Math.round((-advance / 2) * 10) / 10));
    const end = pictureSvg(drawing('<text x="100" y="20" font-size="13" text-anchor="end">Систем</text>'), FONTS);
    expect(placed(end)).toEqual(expected('Систем'));
  });

  it('sets each tspan of a block as its own line', () => {
    const picture = pictureSvg(
      drawing(
        '<text class="label" font-size="13" text-anchor="middle"><tspan x="50" y="20">Агентлаг 1</tspan><tspan x="50" y="37.8">7 систем</tspan></text>',
      ),
      FONTS,
    );
    expect(picture).toContain('translate(50 20)');
    expect(picture).toContain('translate(50 37.8)');
    expect(placed(picture)).toEqual([...expected('Агентлаг 1'), ...expected('7 систем')]);
  });

  it('reads entities as the characters they stand for, and white space as SVG sets it', () => {
    const picture = pictureSvg(drawing('<text x="0" y="20" font-size="12">  A&amp;B &lt;script&gt; &#39;x&#x27;  </text>'), FONTS);
    expect(placed(picture)).toEqual(expected(`A&B <script> 'x'`));
    parseSvg(picture);
  });

  it('styles the outlines as the text was styled: `text` selectors become the glyphs class', () => {
    const picture = pictureSvg(
      drawing('<text class="bold" x="0" y="20" font-size="12">A</text>', '.a text{fill:red}\ntext,.b text.c{fill:blue;text-anchor:middle}'),
      FONTS,
    );
    expect(picture).toContain('<style>.a .glyphs{fill:red}\n.glyphs,.b .glyphs.c{fill:blue;text-anchor:middle}</style>');
    expect(picture).toContain('<g class="glyphs bold">');
    expect(placed(picture)).toEqual(expected('A', true));
  });

  it('leaves out the hit areas, which nobody sees', () => {
    const picture = pictureSvg(drawing('<g class="edge"><path class="line" d="M0 0H10"/><path class="hit" d="M0 0H10"/></g>'), FONTS);
    expect(picture).toContain('<path class="line" d="M0 0H10"/>');
    expect(picture).not.toContain('class="hit"');
  });

  it('leaves text it cannot read for resvg, and SVG that gea did not draw as it is', () => {
    const styled = '<text x="0" y="20" font-size="12" style="font-weight:900">A</text>';
    const nested = '<text x="0" y="20" font-size="12">A<tspan font-weight="bold">B</tspan></text>';
    const sized = '<text x="0" y="20">A</text>';
    const listed = '<text x="0 10" y="20" font-size="12">AB</text>';
    const picture = pictureSvg(drawing(styled + nested + sized + listed), FONTS);
    expect(picture).toContain(styled);
    expect(picture).toContain(nested);
    expect(picture).toContain(sized);
    expect(picture).toContain(listed);
    expect(picture).not.toContain('<defs>');
    const foreign =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="0" y="5" font-size="5">A</text><path class="hit" d="M0 0"/></svg>';
    expect(pictureSvg(foreign, FONTS)).toBe(foreign);
  });
});
