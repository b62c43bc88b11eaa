import { describe, expect, it } from 'vitest';
import { wrapText as wrap } from '../src/fonts/wrap-text.js';
import { FONTS, textWidth } from './fonts.js';

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

  it('splits a word wider than the line without inventing spaces', () => {
    const word = 'very_long_interface_name_for_the_national_exchange_v2';
    const lines = wrapText(`${word} ok`, 90, 13);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(90);
    const joined = lines.join('');
    expect([`${word}ok`, `${word} ok`]).toContain(joined);
    expect(lines.filter((line) => line.includes(' ') && !line.endsWith(' ok'))).toEqual([]);
  });
});
