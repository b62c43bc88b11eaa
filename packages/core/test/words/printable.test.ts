import { describe, expect, it } from 'vitest';
import { printable } from '@gea-arch/core';

describe('printable', () => {
  it('escapes control, separator and bidirectional characters, and keeps everything else', () => {
    expect(printable('Өргөө\u001b[2J\u0000\u0007')).toBe('Өргөө\\u{1b}[2J\\u{0}\\u{7}');
    expect(printable('a\nb\tc\u2028d\u202ee')).toBe('a\\nb\\tc\\u{2028}d\\u{202e}e');
    expect(printable('Улсын бүртгэл — `mn.gasr`')).toBe('Улсын бүртгэл — `mn.gasr`');
  });
});
