// What the `info` of an OpenAPI and an AsyncAPI document says of the interface: its name and
// version, its description (CommonMark) with its names in the other locales, and its description
// in every locale as data.
import type { Element, Interface } from '@gea-arch/core';
import type { SpecContext } from './context.js';
import { byLocale, descriptionIn, nameIn, otherNames } from './locales.js';
import { mdParagraph, mdText } from './text-formats.js';

export function apiInfo(api: Interface, context: SpecContext): Record<string, unknown> {
  const { model, locale, locales } = context;
  const description = descriptionIn(api, locale, model);
  const names = otherNamesText(api, context);
  const text = [description !== undefined ? mdParagraph(description) : '', names ?? ''].filter((block) => block !== '').join('\n\n');
  const descriptions = byLocale(api.descriptions, locales);
  return {
    title: nameIn(api, locale, model),
    version: api.version ?? '0.0.0',
    ...(text !== '' ? { description: text } : {}),
    ...(descriptions ? { 'x-gea-descriptions': descriptions } : {}),
  };
}

/** "Other names: en: Citizen information" in Markdown; undefined when the element has none. */
export function otherNamesText(element: Element, context: SpecContext): string | undefined {
  const names = otherNames(element, context.locale, context.locales, context.model);
  if (names.length === 0) return undefined;
  return `${context.words.specs.otherNames}: ${names.map(([locale, name]) => `${locale}: ${mdText(name)}`).join('; ')}`;
}
