// name-translation: every named element that has a default-locale name also has `name L "…"` for
// each other locale L the workspace expects (gea.yaml `locales`).
import { everyTouched } from './affected.js';
import { NAMED_KINDS, nameIn } from './name-required.js';
import type { Rule } from './rule.js';

export const nameTranslation: Rule<'name-translation'> = {
  id: 'name-translation',
  severity: 'info',
  affected: everyTouched,
  check({ model, locales, words }, report) {
    const defaultLocale = model.defaultLocale;
    const others = [...new Set(locales)].filter((locale) => locale !== defaultLocale);
    if (others.length === 0) return;
    for (const element of model.elements) {
      if (!NAMED_KINDS.has(element.kind) || nameIn(element, defaultLocale) === undefined) continue;
      const isMissing = (locale: string) => nameIn(element, locale) === undefined;
      if (!others.some(isMissing)) continue;
      report({
        message: words.untranslated({ kind: element.kind, element: element.id, locales: others.filter(isMissing) }),
        source: element.head,
        element,
      });
    }
  },
};
