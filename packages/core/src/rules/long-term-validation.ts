// A document kept longer than its signing certificate lives can only be verified later if the
// signature was time-stamped: then it proves it was made while the certificate was valid.
import { addDuration, AFTER_YEAR_9999 } from '../model/durations.js';
import type { Rule } from './rule.js';
import { unreadable } from './facts.js';
import { signaturesAt, signingOf } from './signature-support.js';

export const longTermValidation: Rule<'long-term-validation'> = {
  id: 'long-term-validation',
  severity: 'warning',
  check({ model, evaluationDate, words }, report) {
    for (const signature of signaturesAt(model, ['signs', 'seals'])) {
      const signing = signingOf(signature);
      if (!signing) continue;
      const document = signing.data.target;
      const service = signature.with?.target;
      if (!document?.retention || !service) continue;
      const validUntil = service.certificates
        .map((certificate) => certificate.validUntil)
        .filter((date): date is string => date !== undefined);
      if (validUntil.length === 0) continue;
      const latest = validUntil.reduce((a, b) => (b > a ? b : a));
      // Kept after the year 9999 outlasts every certificate; otherwise both are calendar dates, which compare as written.
      const keptUntil = addDuration(evaluationDate, document.retention);
      if (!keptUntil || (keptUntil !== AFTER_YEAR_9999 && keptUntil <= latest)) continue;
      const stamp = signature.timestamp?.target;
      // An unresolved or absent time-stamping service is reported by the reference and lifecycle rules, a misspelt kind or a
      // `timestamp` with no service after it by the syntax error.
      if (signature.sources.has('timestamp') && (!stamp || stamp.trustKind === 'tsa' || unreadable(stamp, 'trustKind'))) continue;
      report({
        message: words.unstamped({
          data: document.id,
          retention: document.retention.text,
          keptUntil: keptUntil === AFTER_YEAR_9999 ? undefined : keptUntil,
          service: service.id,
          validUntil: latest,
          system: signing.system.id,
          signing: signing.kind,
          stamp: stamp?.id,
        }),
        source: signing.source,
        element: document,
      });
    }
  },
};
