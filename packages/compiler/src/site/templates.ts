// Messages of the word tables as templates for site.js: the message is rendered with numbered
// stand-ins that are then replaced by `{name}`, so the script fills in counts in either language.
import { wordsFor, type Words, type WordLocale } from '@gea-arch/core';

export function scriptTemplate<P extends Record<string, number>>(
  locale: WordLocale,
  message: (words: Words) => (parameters: P) => string,
  names: readonly (keyof P & string)[],
): string {
  const standIns = Object.fromEntries(names.map((name, index) => [name, 9_000_001 + index])) as unknown as P;
  let text = message(wordsFor(locale))(standIns);
  names.forEach((name, index) => (text = text.split(String(9_000_001 + index)).join(`{${name}}`)));
  return text;
}
