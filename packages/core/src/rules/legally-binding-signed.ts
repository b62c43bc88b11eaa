// A legally binding document is only as good as its signature: the system that is its
// authoritative source must sign or seal it at level advanced or qualified.
import type { Rule } from './rule.js';
import { isStrongLevel } from './signature-support.js';

export const legallyBindingSigned: Rule = {
  id: 'legally-binding-signed',
  severity: 'error',
  summary: 'The master system of a legally-binding document signs or seals it at level advanced or qualified.',
  explanation: `A document flagged \`legally-binding\` (a birth certificate, a court decision, a licence)
has legal effect only when the agency that issues it can prove it issued it and that it was not
altered. The system that masters the document is the one that issues it, so it must sign it
(\`signs\`, a person's signature) or seal it (\`seals\`, the organisation's electronic seal) at
level \`advanced\` or \`qualified\`; a \`simple\` signature proves nothing in court. The finding is
reported at the \`masters\` statement of each master that does not.

Bad:
  data birth_cert "Төрсний гэрчилгээ" { owner gasr kind document legally-binding }
  system civil_registry "Иргэний бүртгэл" {
    owner gasr
    masters birth_cert                                    // nothing signs or seals it
  }

Good:
  system civil_registry "Иргэний бүртгэл" {
    owner gasr
    masters birth_cert
    signs birth_cert { level qualified format PAdES with issuing_ca timestamp tsa }
  }`,
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
