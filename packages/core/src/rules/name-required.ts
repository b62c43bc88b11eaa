// name-required: every law, plateau, agency, platform, trust, data asset, system and interface has
// a name in the default locale — the title string after its id.
import type { Element } from '../model/types.js';
import { everyTouched } from './affected.js';
import type { Rule } from './rule.js';

/** The kinds of declaration that are named for people (views and waivers are not). */
export const NAMED_KINDS: ReadonlySet<Element['kind']> = new Set([
  'law',
  'plateau',
  'agency',
  'platform',
  'trust',
  'data',
  'system',
  'interface',
]);

/** The element's name in a locale, when it has a non-blank one. */
export function nameIn(element: Element, locale: string): string | undefined {
  const name = element.names[locale];
  return name !== undefined && !isBlank(name) ? name : undefined;
}

/**
 * Empty or white space alone, as `trim` sees it. Nearly every name (Latin, Cyrillic) starts with a
 * character that is not white space and comes before U+1680, the first white space past U+00A0:
 * that first character answers, and 40 000 names are not trimmed.
 */
function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  if ((first > 0x20 && first < 0xa0) || (first > 0xa0 && first < 0x1680)) return false;
  return text.trim() === '';
}

export const nameRequired: Rule<'name-required'> = {
  id: 'name-required',
  severity: 'error',
  affected: everyTouched,
  check({ model, words }, report) {
    const locale = model.defaultLocale;
    for (const element of model.elements) {
      if (!NAMED_KINDS.has(element.kind) || nameIn(element, locale) !== undefined) continue;
      report({
        message: words.unnamed({ kind: element.kind, element: element.id, locale, localName: element.localName }),
        source: element.head,
        element,
      });
    }
  },
};
