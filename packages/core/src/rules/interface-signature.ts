// A legally binding document that travels between agencies keeps its legal effect only when the
// messages carrying it are signed: such an interface needs a `signature` at level advanced or qualified.
import type { Data } from '../model/types.js';
import type { Rule } from './rule.js';
import { isStrongLevel, listing } from './signature-support.js';

export const interfaceSignature: Rule = {
  id: 'interface-signature',
  severity: 'error',
  summary: 'An interface that carries legally-binding documents has a `signature` at level advanced or qualified.',
  explanation: `When an interface carries a \`legally-binding\` document, the receiving agency acts on it as
if it held the original: it must be able to prove who sent it and that it was not altered on the
way. So the interface signs its messages: a \`signature { … }\` block at level \`advanced\` or
\`qualified\`. A missing block is reported at the interface's first line, a weaker level at the
\`signature\` block.

Bad:
  interface cert_service "Гэрчилгээ лавлах" {
    provider civil_registry
    operation get { output birth_cert }               // birth_cert is legally-binding
  }

Good:
  interface cert_service "Гэрчилгээ лавлах" {
    provider civil_registry
    signature { level advanced format XAdES with issuing_ca timestamp tsa }
    operation get { output birth_cert }
  }`,
  check(context, report) {
    for (const api of context.model.interfaces) {
      if (!context.exists(api)) continue;
      const documents = new Set<Data>();
      for (const payload of api.payloads) {
        const data = context.live(payload.data);
        if (data?.legallyBinding) documents.add(data);
      }
      if (documents.size === 0) continue;
      const carried = listing([...documents].map((data) => `\`${data.id}\``));
      const signature = api.signature;
      if (!signature) {
        report({
          message:
            `interface \`${api.id}\` carries legally binding ${documents.size === 1 ? 'data asset' : 'data assets'} ${carried} but does not sign its messages; ` +
            'add `signature { level qualified format XAdES with … }` (level advanced or qualified)',
          source: api.head,
          element: api,
        });
      } else if (!isStrongLevel(signature.level)) {
        const stated = signature.level ? `at level ${signature.level}` : 'without a level';
        report({
          message:
            `interface \`${api.id}\` carries legally binding ${documents.size === 1 ? 'data asset' : 'data assets'} ${carried} but signs its messages only ${stated}; ` +
            'set `level advanced` or `level qualified` in its `signature` block',
          source: signature.source,
          element: api,
        });
      }
    }
  },
};
