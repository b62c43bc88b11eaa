// consent-declared: an interface that carries personal data says how the data subject consents,
// or (with `consent none`) which law makes consent unnecessary.
import { listOf, personalDataCarried } from './exchange-flow.js';
import type { Rule } from './rule.js';

export const consentDeclared: Rule = {
  id: 'consent-declared',
  severity: 'warning',
  summary: 'An interface carrying personal data declares consent, or `consent none` with a legal basis.',
  explanation: `Personal data is disclosed either with the data subject's consent or on a legal ground
that makes consent unnecessary. An interface that carries personal data (a field flagged
personal or sensitive, or an asset with privacy personal/sensitive) therefore declares how
consent is obtained (\`consent dan, otp\`, …), or states \`consent none\` together with the
interface's \`legal-basis\`. A missing declaration is reported at the interface's first line;
\`consent none\` without a legal basis at the \`consent\` statement.

Bad:
  interface patient_lookup "Өвчтөний лавлагаа" {
    provider his  via khur  style rest  version "1.0.0"  classification restricted
    operation get_patient { method GET path "/patients/{patient_id}" output patient { patient_id } }
  }

Good:
  interface patient_lookup "Өвчтөний лавлагаа" {
    provider his  via khur  style rest  version "1.0.0"  classification restricted
    consent none  legal-basis health_law "12.1"
    operation get_patient { method GET path "/patients/{patient_id}" output patient { patient_id } }
  }`,
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
