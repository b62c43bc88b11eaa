// A legally binding document that travels between agencies keeps its legal effect only when the
// messages carrying it are signed: such an interface needs a `signature` at level advanced or qualified.
import type { Data } from '../model/types.js';
import type { Rule } from './rule.js';
import { isStrongLevel, listing } from './signature-support.js';

export const interfaceSignature: Rule<'interface-signature'> = {
  id: 'interface-signature',
  severity: 'error',
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
