// A legally binding document that travels between agencies keeps its legal effect only when the
// messages carrying it are signed: such an interface needs a `signature` at level advanced or qualified.
import type { Data } from '../model/types.js';
import { everyTouched } from './affected.js';
import type { Rule } from './rule.js';
import { unreadable } from './facts.js';
import { isStrongLevel } from './signature-support.js';

export const interfaceSignature: Rule<'interface-signature'> = {
  id: 'interface-signature',
  severity: 'error',
  affected: everyTouched,
  check({ model, words }, report) {
    for (const api of model.interfaces) {
      const documents = new Set<Data>();
      for (const payload of api.payloads) if (payload.data.target?.legallyBinding) documents.add(payload.data.target);
      if (documents.size === 0) continue;
      const names = { api: api.id, data: [...documents].map((data) => data.id) };
      const signature = api.signature;
      if (!signature) report({ message: words.unsigned(names), source: api.head, element: api });
      else if (!isStrongLevel(signature.level) && !unreadable(signature, 'signatureLevel'))
        report({ message: words.weak({ ...names, level: signature.level }), source: signature.source, element: api });
    }
  },
};
