// A document kept longer than its signing certificate lives can only be verified later if the
// signature was time-stamped: then it proves it was made while the certificate was valid.
import { addDuration } from '../model/durations.js';
import type { Rule } from './rule.js';
import { signaturesAt, signingOf } from './signature-support.js';

export const longTermValidation: Rule<'long-term-validation'> = {
  id: 'long-term-validation',
  severity: 'warning',
  check(context, report) {
    for (const signature of signaturesAt(context.model, ['signs', 'seals'])) {
      const signing = signingOf(signature);
      if (!signing) continue;
      const document = context.live(signing.data);
      const service = context.live(signature.with);
      if (!document?.retention || !service) continue;
      const validUntil = service.certificates.map((certificate) => certificate.validUntil).filter((date): date is string => date !== undefined);
      if (validUntil.length === 0) continue;
      const latest = validUntil.reduce((a, b) => (b > a ? b : a));
      const keptUntil = addDuration(context.evaluationDate, document.retention);
      if (!keptUntil || keptUntil <= latest) continue;
      let fault: string;
      if (!signature.timestamp) fault = 'names no `timestamp`';
      else {
        const stamp = context.live(signature.timestamp);
        // An unresolved or absent time-stamping service is reported by the reference and lifecycle rules.
        if (!stamp || stamp.trustKind === 'tsa') continue;
        fault = `is time-stamped by \`${stamp.id}\`, which is not of kind tsa`;
      }
      report({
        message:
          `data asset \`${document.id}\` is kept for ${document.retention.text} (until ${keptUntil}), beyond the last certificate of \`${service.id}\` (valid until ${latest}), ` +
          `but \`${signing.system.id}\` ${signing.kind} it and ${fault}; add \`timestamp\` with a trust service of kind \`tsa\` so its signatures can be verified after the certificate expires`,
        source: signing.source,
        element: document,
      });
    }
  },
};
