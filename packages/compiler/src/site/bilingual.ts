// The site speaks Mongolian and English at once: every label and model name is written in both,
// each in an element with its `lang`, and the locale switch shows one (site.css hides the other).
// One page tree serves both languages, so links and the search index are shared.
import { wordsFor, WORD_LOCALES, type Element, type Words, type WordLocale } from '@gea-arch/core';
import { escapeHtml } from '../report/html.js';

export const SITE_LOCALES: readonly WordLocale[] = WORD_LOCALES;

/** Each language named in itself, on the locale switch. */
export const LOCALE_NAMES: Readonly<Record<WordLocale, string>> = { mn: 'Монгол', en: 'English' };

/** The same HTML in every locale, or one span per locale where they differ. */
export function inBoth(html: Readonly<Record<WordLocale, string>>): string {
  const [first, ...rest] = SITE_LOCALES.map((locale) => html[locale]);
  if (rest.every((other) => other === first)) return first!;
  return SITE_LOCALES.map((locale) => `<span class="l-${locale}" lang="${locale}">${html[locale]}</span>`).join('');
}

/** A text of the word tables in every locale, escaped. */
export function say(pick: (words: Words) => string): string {
  return inBoth(localized((locale) => escapeHtml(pick(wordsFor(locale)))));
}

/** HTML built from the word tables in every locale (the builder escapes what it puts in). */
export function sayHtml(build: (words: Words, locale: WordLocale) => string): string {
  return inBoth(localized((locale) => build(wordsFor(locale), locale)));
}

/** A model element's name in every locale (else the default locale's, else its identifier), escaped. */
export function nameHtml(element: Pick<Element, 'names' | 'localName'>, defaultLocale: string): string {
  return inBoth(localized((locale) => escapeHtml(nameIn(element, locale, defaultLocale))));
}

export function nameIn(element: Pick<Element, 'names' | 'localName'>, locale: string, defaultLocale: string): string {
  return element.names[locale] ?? element.names[defaultLocale] ?? element.localName;
}

function localized(render: (locale: WordLocale) => string): Record<WordLocale, string> {
  return Object.fromEntries(SITE_LOCALES.map((locale) => [locale, render(locale)])) as Record<WordLocale, string>;
}
