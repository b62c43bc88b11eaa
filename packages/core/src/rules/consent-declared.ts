// consent-declared: an interface that carries personal data says how the data subject consents,
// or (with `consent none`) which law makes consent unnecessary.
import { listOf, personalDataCarried } from './exchange-flow.js';
import type { Rule } from './rule.js';

export const consentDeclared: Rule<'consent-declared'> = {
  id: 'consent-declared',
  severity: 'warning',
  check(ctx, report) {
    for (const api of ctx.model.interfaces) {
      if (!ctx.exists(api)) continue;
      const declared = api.consent !== undefined && api.consent.length > 0;
      const noneOnly = declared && api.consent!.every((method) => method === 'none');
      if (declared && (!noneOnly || api.legalBasis.length > 0)) continue;
      const personal = personalDataCarried(ctx, api);
      if (personal.length === 0) continue;
      const carried = listOf(personal.map((data) => `\`${data.id}\``));
      if (noneOnly) {
        report({
          message:
            `interface \`${api.id}\` carries personal data (${carried}) and states \`consent none\` without a \`legal-basis\`; ` +
            `add \`legal-basis LAW "article"\` naming the law that allows it without consent, or name the consent methods (\`consent dan, otp\`, …)`,
          source: api.sources['consent'] ?? api.head,
          element: api,
        });
      } else {
        report({
          message:
            `interface \`${api.id}\` carries personal data (${carried}) but declares no \`consent\`; ` +
            `add \`consent\` with the methods used (\`dan\`, \`otp\`, \`signature\`, …), or \`consent none\` with a \`legal-basis\``,
          source: api.head,
          element: api,
        });
      }
    }
  },
};
