import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/svg/escape.js';
import { num } from '../../src/svg/format.js';

describe('escapeXml', () => {
  it('replaces the five markup characters with entities', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
  });

  it('keeps Cyrillic and astral characters whole', () => {
    expect(escapeXml('Өөрчлөлт Үүрэг 𝔊𝔢𝔞 😀')).toBe('Өөрчлөлт Үүрэг 𝔊𝔢𝔞 😀');
  });

  it('replaces what XML 1.0 cannot hold: controls and lone surrogates', () => {
    expect(escapeXml('a\u0000b\u0008c\tok\n')).toBe('a\uFFFDb\uFFFDc\tok\n');
    expect(escapeXml('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(escapeXml('\uFFFE')).toBe('\uFFFD');
  });
});

describe('num', () => {
  it('rounds to one decimal and drops a trailing .0', () => {
    expect([num(12.25), num(7), num(7.04), num(0.1 + 0.2), num(1234.5678)]).toEqual(['12.3', '7', '7', '0.3', '1234.6']);
  });

  it('never writes -0', () => {
    expect([num(-0), num(-0.04), num(-0.05), num(-1.26)]).toEqual(['0', '0', '0', '-1.3']);
  });
});
