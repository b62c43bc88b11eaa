// The locales a spec speaks: the element names of the chosen locale first, every other locale's
// names alongside, and the model's default locale where a name (or description) is missing.
import type { Element, SemanticModel } from '@gea-arch/core';

/** Every locale the model names things in: the default locale first, then the others in code order. */
export function modelLocales(model: SemanticModel): string[] {
  const others = new Set<string>();
  for (const element of model.elements) for (const locale of Object.keys(element.names)) others.add(locale);
  others.delete(model.defaultLocale);
  return [model.defaultLocale, ...[...others].sort()];
}

/** The chosen locale first, then the model's other locales. */
export function localeOrder(locales: readonly string[], locale: string): string[] {
  return [locale, ...locales.filter((other) => other !== locale)];
}

/** The element's name in `locale`, else in the default locale, else its identifier. */
export function nameIn(element: Element, locale: string, model: SemanticModel): string {
  return element.names[locale] ?? element.names[model.defaultLocale] ?? element.localName;
}

/** Its description in `locale`, else in the default locale, else in the first locale (in code order) it has one in. */
export function descriptionIn(element: Element, locale: string, model: SemanticModel): string | undefined {
  const { descriptions } = element;
  const first = Object.keys(descriptions).sort()[0];
  return descriptions[locale] ?? descriptions[model.defaultLocale] ?? (first !== undefined ? descriptions[first] : undefined);
}

/**
 * Its names in the locales other than `locale`, as `[locale, name]` in the model's locale order,
 * leaving out any that reads as the name `nameIn` gives (the default locale's, when `locale` has none).
 */
export function otherNames(
  element: Element,
  locale: string,
  locales: readonly string[],
  model: SemanticModel,
): Array<readonly [string, string]> {
  const title = nameIn(element, locale, model);
  return localeOrder(locales, locale)
    .slice(1)
    .flatMap((other) =>
      element.names[other] !== undefined && element.names[other] !== title ? [[other, element.names[other]] as const] : [],
    );
}

/** Its names (or descriptions) by locale, in `textLocales` order; undefined when it has none. */
export function byLocale(texts: Readonly<Record<string, string>>, locales: readonly string[]): Record<string, string> | undefined {
  const ordered = textLocales(texts, locales);
  return ordered.length === 0 ? undefined : Object.fromEntries(ordered.map((locale) => [locale, texts[locale]!]));
}

/** The locales of some texts: in the model's locale order, then those no element is named in (a description's alone) in code order. */
export function textLocales(texts: Readonly<Record<string, string>>, locales: readonly string[]): string[] {
  const others = Object.keys(texts)
    .filter((locale) => !locales.includes(locale))
    .sort();
  return [...locales.filter((locale) => texts[locale] !== undefined), ...others];
}
