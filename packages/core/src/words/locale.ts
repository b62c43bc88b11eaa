// The languages gea speaks: Mongolian (the default) and English. A locale tag such as `mn-MN` or
// `en-GB` speaks its language; any other language falls back to English, the one more readers share.
export const WORD_LOCALES = ['mn', 'en'] as const;
export type WordLocale = (typeof WORD_LOCALES)[number];

export const DEFAULT_WORD_LOCALE: WordLocale = 'mn';

/** `mn`, `mn-MN`, `mn_MN.UTF-8` → `mn`; `en-US` → `en`; no locale → `mn`; others → `en`. */
export function wordLocale(tag: string | undefined): WordLocale {
  if (tag === undefined || tag.trim() === '') return DEFAULT_WORD_LOCALE;
  const language = tag
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return (WORD_LOCALES as readonly string[]).includes(language!) ? (language as WordLocale) : 'en';
}
