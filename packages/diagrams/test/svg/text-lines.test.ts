import { describe, expect, it } from 'vitest';
import { textElement } from '../../src/svg/text-lines.js';
import { FONTS } from '../fonts.js';

const AT = { x: 10, top: 0, anchor: 'middle', className: 'label' } as const;

describe('textElement', () => {
  it('sets each line as a span, and says a wrapped label whole, its words apart, for a screen reader', () => {
    const wrapped = textElement(FONTS, { lines: ['Улсын бүртгэлийн', 'ерөнхий', 'газар & Co'], fontSize: 13, bold: false, width: 100 }, AT);
    expect(wrapped.match(/<tspan /g)).toHaveLength(3);
    expect(wrapped).toContain('aria-label="Улсын бүртгэлийн ерөнхий газар &amp; Co"');
  });

  it('adds nothing to a label of one line', () => {
    expect(textElement(FONTS, { lines: ['газар'], fontSize: 13, bold: false, width: 40 }, AT)).not.toContain('aria-label');
  });
});
