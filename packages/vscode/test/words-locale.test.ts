// The locale of the extension's own words follows the setting, else the server, else the editor.
import { describe, expect, it } from 'vitest';
import { wordsLocale } from '../src/words-locale.js';

const SERVER_EN = { experimental: { gea: { locale: 'en' } } };

describe('the locale of the extension’s words', () => {
  it('is the gea.locale setting, else the one the server speaks, else the editor’s language', () => {
    expect(wordsLocale('mn', SERVER_EN, 'en')).toBe('mn');
    expect(wordsLocale('', SERVER_EN, 'mn')).toBe('en');
    expect(wordsLocale(undefined, SERVER_EN, 'mn')).toBe('en');
    expect(wordsLocale(undefined, undefined, 'mn')).toBe('mn');
    expect(wordsLocale(undefined, { experimental: {} }, 'en-GB')).toBe('en-GB');
  });
});
