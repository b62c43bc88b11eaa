// name-translation: every named element that has a default-locale name also has `name L "…"` for
// each other locale L the workspace expects (gea.yaml `locales`).
import { label } from './element-labels.js';
import { NAMED_KINDS, nameIn } from './name-required.js';
import type { Rule } from './rule.js';

export const nameTranslation: Rule = {
  id: 'name-translation',
  severity: 'info',
  summary: 'Every named element with a default-locale name also has a name in each other locale of `locales`.',
  explanation: `A workspace whose gea.yaml lists several \`locales\` publishes its diagrams, reports and site in
each of them; an element without a name in one of those locales shows its default-locale name
there instead. Elements without a default-locale name are \`name-required\`'s business. Reported
once per element at the declaration's first line, listing the missing locales.

Bad (locales: [mn, en]):
  agency gasr "Улсын бүртгэлийн ерөнхий газар" { kind agency }

Good:
  agency gasr "Улсын бүртгэлийн ерөнхий газар" {
    name en "General Authority for State Registration"
    kind agency
  }`,
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
