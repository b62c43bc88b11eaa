// A legally binding document is only as good as its signature: the system that is its
// authoritative source must sign or seal it at level advanced or qualified.
import { everyTouched } from './affected.js';
import type { Rule } from './rule.js';
import { unreadable } from './facts.js';
import { isStrongLevel } from './signature-support.js';

export const legallyBindingSigned: Rule<'legally-binding-signed'> = {
  id: 'legally-binding-signed',
  severity: 'error',
  affected: everyTouched,
  check({ model, words }, report) {
    // Each document with its masters: its problems are found where it is visited.
    for (const document of model.data) {
      if (!document.legallyBinding) continue;
      for (const masters of document.masteredBy) {
        const system = masters.system;
        const signings = document.signedBy.filter((signing) => signing.system === system && signing.kind !== 'verifies');
        // A `signs` or `seals` of the master naming something undeclared or absent may be this document's.
        if (system.signings.some((signing) => signing.kind !== 'verifies' && signing.data.target === undefined)) continue;
        // So may one naming nothing (`signs` alone).
        if (system.namingNothing?.some((kind) => kind === 'signs' || kind === 'seals')) continue;
        // A level that could not be read is the syntax error's, not a missing one.
        if (signings.some(({ signature }) => isStrongLevel(signature.level) || unreadable(signature, 'signatureLevel'))) continue;
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
