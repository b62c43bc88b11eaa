// Fonts made from bytes: measurement with the bundled Noto Sans (Latin and Cyrillic with Ө, Ү),
// line metrics from the font itself, and line breaking by measured width.
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { createFonts } from '../../src/fonts/fonts.js';
import { drawableText, wrapText as wrap } from '../../src/fonts/wrap-text.js';
import { renderTitleBar, titleBarWidth, titleLines } from '../../src/svg/title-bar.js';
import { BUNDLED_FONT_FILES } from '../../src/node/index.js';
import { FONTS, textWidth } from '../fonts.js';

const wrapText = (text: string, maxWidth: number, fontSize: number) => wrap(FONTS, text, maxWidth, fontSize);

describe('text measurement', () => {
  it('measures Latin and Cyrillic with the bundled Noto Sans', () => {
    expect(textWidth('', 13)).toBe(0);
    expect(textWidth('ӨҮ', 13)).toBeGreaterThan(10);
    expect(textWidth('Иргэний бүртгэл', 13, true)).toBeGreaterThan(textWidth('Иргэний бүртгэл', 13));
  });

  it('wraps at spaces within the width', () => {
    const lines = wrapText('Улсын бүртгэлийн ерөнхий газрын иргэний бүртгэлийн систем', 120, 13);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('Улсын бүртгэлийн ерөнхий газрын иргэний бүртгэлийн систем');
  });

  it("breaks at the text's own line breaks first, then wraps each line within the width", () => {
    expect(wrapText('Line1\nLine2', 500, 13)).toEqual(['Line1', 'Line2']);
    expect(wrapText('\nA\r\nB\rC\n\nD\n', 500, 13)).toEqual(['A', 'B', 'C', '', 'D']);
    const long = 'Улсын бүртгэлийн ерөнхий газрын иргэний бүртгэлийн систем';
    const lines = wrapText(`${long}\nШинэ`, 120, 13);
    expect(lines.at(-1)).toBe('Шинэ');
    expect(lines.slice(0, -1)).toEqual(wrapText(long, 120, 13));
  });

  it('breaks greedily: each line as full as the width allows, also when a line ends right at the limit', () => {
    const text = 'Улсын бүртгэлийн ерөнхий газар AV Ta To Yo Иргэний бүртгэлийн систем LT Wa';
    const words = text.split(' ');
    const prefixes = words.map((_, index) => words.slice(0, index + 1).join(' '));
    // The widths of the first line's candidates, and a hair either side: where a summed width must not decide alone.
    const widest = Math.max(...words.map((word) => textWidth(word, 13)));
    const limits = prefixes
      .flatMap((prefix) => [-0.01, 0, 0.01].map((delta) => textWidth(prefix, 13) + delta))
      .filter((limit) => limit >= widest);
    expect(limits.length).toBeGreaterThan(20);
    for (const limit of limits) {
      const lines = wrapText(text, limit, 13);
      expect(lines.join(' ')).toBe(text);
      lines.forEach((line, index) => {
        if (line.includes(' ')) expect(textWidth(line, 13)).toBeLessThanOrEqual(limit);
        const next = lines[index + 1]?.split(' ')[0];
        if (next !== undefined) expect(textWidth(`${line} ${next}`, 13)).toBeGreaterThan(limit);
      });
    }
  });

  it('measures and sets a text with spaces as the font shapes it whole', () => {
    const faces = [false, true].map((bold) => ({
      bold,
      font: create(readFileSync(bold ? BUNDLED_FONT_FILES.bold : BUNDLED_FONT_FILES.regular)) as Font,
    }));
    for (const text of ['AV Ta To. Yo', 'LT W. Va', 'Өргөө Үйлчилгээ ТТ УУ', '  two  spaces ', 'fi fl ffi', 'Систем 10-5 Систем 10-5']) {
      for (const { bold, font } of faces) {
        const whole = font.layout(text);
        let pen = 0;
        const placed = whole.glyphs.map((glyph, index) => {
          const position = whole.positions[index]!;
          const at = { glyph: glyph.id, x: pen + position.xOffset, y: position.yOffset };
          pen += position.xAdvance;
          return at;
        });
        // Twice: the second time from the words already shaped.
        for (let time = 0; time < 2; time++) {
          const run = FONTS.glyphs(text, bold);
          expect(run.glyphs).toEqual(placed);
          expect(run.advance).toBe(whole.advanceWidth);
          expect(FONTS.width(text, 1000, bold)).toBeCloseTo((whole.advanceWidth / font.unitsPerEm) * 1000, 9);
        }
      }
    }
  });

  it('splits a word wider than the line without inventing spaces', () => {
    const word = 'very_long_interface_name_for_the_national_exchange_v2';
    const lines = wrapText(`${word} ok`, 90, 13);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(90);
    const joined = lines.join('');
    expect([`${word}ok`, `${word} ok`]).toContain(joined);
    expect(lines.filter((line) => line.includes(' ') && !line.endsWith(' ok'))).toEqual([]);
  });
});

describe('createFonts', () => {
  const bytes = {
    regular: new Uint8Array(readFileSync(BUNDLED_FONT_FILES.regular)),
    bold: new Uint8Array(readFileSync(BUNDLED_FONT_FILES.bold)),
  };

  it('measures from plain bytes, as a browser that fetched the font would give them', () => {
    const fonts = createFonts({ family: 'Noto Sans', ...bytes });
    expect(fonts.width('Өргөө Үйлчилгээ', 13)).toBe(textWidth('Өргөө Үйлчилгээ', 13));
    expect(fonts.hasGlyph('Ө') && fonts.hasGlyph('Ү')).toBe(true);
  });

  it("takes its line metrics from the font: Noto Sans' ascender 1069 and descender 293 per 1000", () => {
    expect(FONTS.ascent).toBe(1.069);
    expect(FONTS.glyphHeight).toBe(1.362);
    expect(FONTS.lineHeight(13)).toBe(Math.ceil(13 * 1.362));
  });

  it('refuses a family name that the style sheet could not hold as it is', () => {
    expect(() => createFonts({ family: 'Noto"}svg{fill:red', ...bytes })).toThrow(/font family/);
  });
});

describe('characters the bundled fonts cannot draw', () => {
  it('draws an arrow Noto Sans lacks as a guillemet it has, in labels and the title bar alike', () => {
    expect(FONTS.hasGlyph('→')).toBe(false);
    expect(wrapText('3 → 4 ×4', 500, 13)).toEqual(['3 » 4 ×4']);
    expect(wrapText('2026 ← 2028 ↔ x', 500, 13)).toEqual(['2026 « 2028 «» x']);
    expect(drawableText(FONTS, 'Иргэн — Ө')).toBe('Иргэн — Ө');
    const lines = (title: string) => titleLines(FONTS, { title }, 400);
    expect(renderTitleBar(FONTS, lines('Шилжилт 2026 → 2028'), 400, 10)).toContain('Шилжилт 2026 » 2028');
    expect(titleBarWidth(FONTS, lines('a → b'))).toBe(titleBarWidth(FONTS, lines('a » b')));
  });
});
