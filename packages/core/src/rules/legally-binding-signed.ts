// A legally binding document is only as good as its signature: the system that is its
// authoritative source must sign or seal it at level advanced or qualified.
import type { Rule } from './rule.js';
import { isStrongLevel } from './signature-support.js';

export const legallyBindingSigned: Rule<'legally-binding-signed'> = {
  id: 'legally-binding-signed',
  severity: 'error',
  check(context, report) {
    for (const system of context.model.systems) {
      for (const masters of system.masters) {
        if (!context.exists(masters)) continue;
        const document = context.live(masters.data);
        if (!document?.legallyBinding) continue;
        const signings = document.signedBy.filter(
          (signing) => signing.system === system && signing.kind !== 'verifies' && context.exists(signing),
        );
        if (signings.some((signing) => isStrongLevel(signing.signature.level))) continue;
        const weak = [...new Set(signings.map((signing) => (signing.signature.level ? `at level ${signing.signature.level}` : 'without a level')))];
        const what = signings.length === 0 ? 'neither signs nor seals it' : `signs or seals it only ${weak.join(' or ')}`;
        report({
          message:
            `legally binding data asset \`${document.id}\` is mastered by system \`${system.id}\`, which ${what}; ` +
            `add \`signs ${masters.data.text} { level qualified format … with … }\` (or \`seals\`) at level advanced or qualified to \`${system.id}\``,
          source: masters.source,
          element: document,
        });
      }
    }
  },
};
