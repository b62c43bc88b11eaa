// name-translation: every named element that has a default-locale name also has `name L "…"` for
// each other locale L the workspace expects (gea.yaml `locales`).
import { label } from './element-labels.js';
import { NAMED_KINDS, nameIn } from './name-required.js';
import type { Rule } from './rule.js';

export const nameTranslation: Rule<'name-translation'> = {
  id: 'name-translation',
  severity: 'info',
  check(ctx, report) {
    const defaultLocale = ctx.model.defaultLocale;
    const others = [...new Set(ctx.locales)].filter((locale) => locale !== defaultLocale);
    if (others.length === 0) return;
    for (const element of ctx.model.elements) {
      if (!NAMED_KINDS.has(element.kind) || !ctx.exists(element) || nameIn(element, defaultLocale) === undefined) continue;
      const missing = others.filter((locale) => nameIn(element, locale) === undefined);
      if (missing.length === 0) continue;
      report({
        message:
          `${label(element)} has no name in ${missing.map((locale) => `\`${locale}\``).join(', ')}; ` +
          `add ${missing.map((locale) => `\`name ${locale} "…"\``).join(', ')} to it`,
        source: element.head,
        element,
      });
    }
  },
};
