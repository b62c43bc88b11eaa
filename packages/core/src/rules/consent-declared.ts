// consent-declared: an interface that carries personal data says how the data subject consents,
// or (with `consent none`) which law makes consent unnecessary.
import { everyTouched } from './affected.js';
import type { Rule } from './rule.js';

export const consentDeclared: Rule<'consent-declared'> = {
  id: 'consent-declared',
  severity: 'warning',
  affected: everyTouched,
  check({ model, facts, words }, report) {
    for (const api of model.interfaces) {
      const declared = api.consent !== undefined && api.consent.length > 0;
      const noneOnly = declared && api.consent!.every((method) => method === 'none');
      // A `legal-basis` written with no law the parser could read is the syntax error's alone.
      if (declared && (!noneOnly || api.legalBasis.length > 0 || api.sources.has('legal-basis'))) continue;
      // `consent otpp`: written, but no method could be read; that is a `syntax` error alone.
      if (api.consent !== undefined && !declared) continue;
      const personal = facts.personalDataCarried(api);
      if (personal.length === 0) continue;
      const names = { api: api.id, data: personal.map((data) => data.id) };
      if (noneOnly) report({ message: words.noneWithoutLegalBasis(names), source: api.sources.get('consent') ?? api.head, element: api });
      else report({ message: words.undeclared(names), source: api.head, element: api });
    }
  },
};
