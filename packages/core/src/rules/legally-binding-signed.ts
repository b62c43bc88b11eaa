// A legally binding document is only as good as its signature: the system that is its
// authoritative source must sign or seal it at level advanced or qualified.
import type { Rule } from './rule.js';
import { isStrongLevel } from './signature-support.js';

export const legallyBindingSigned: Rule<'legally-binding-signed'> = {
  id: 'legally-binding-signed',
  severity: 'error',
  check({ model, words }, report) {
    for (const system of model.systems) {
      for (const masters of system.masters) {
        const document = masters.data.target;
        if (!document?.legallyBinding) continue;
        const signings = document.signedBy.filter((signing) => signing.system === system && signing.kind !== 'verifies');
        if (signings.some((signing) => isStrongLevel(signing.signature.level))) continue;
        report({
          message: words.unsigned({
            data: document.id,
            system: system.id,
            reference: masters.data.text,
            levels: [...new Set(signings.map((signing) => signing.signature.level))],
          }),
          source: masters.source,
          element: document,
        });
      }
    }
  },
};
