// A document kept longer than its signing certificate lives can only be verified later if the
// signature was time-stamped: then it proves it was made while the certificate was valid.
import { addDuration } from '../model/durations.js';
import type { Rule } from './rule.js';
import { signaturesAt, signingOf } from './signature-support.js';

export const longTermValidation: Rule = {
  id: 'long-term-validation',
  severity: 'warning',
  summary: 'A signed or sealed document whose retention outlasts the signing certificate names a `timestamp` trust service of kind tsa.',
  explanation: `Once the certificate behind a signature expires, the signature can still be verified, but
only if a trusted time-stamp proves it was made while the certificate was valid. So when a
document is kept (\`retention\`, counted from the evaluation date; years are calendar years, so
\`10y\` from 2026-06-01 lasts until 2036-06-01) beyond the latest \`valid-until\`
of the certificates of the trust service it is signed or sealed \`with\`, its \`signs\` or \`seals\`
statement must name a \`timestamp\` trust service of kind \`tsa\`. (\`verifies\` and interface
signatures are not archived documents and are not checked.)

Bad:
  data marriage_cert "Гэрлэлтийн гэрчилгээ" { owner gasr kind document legally-binding retention 75y }
  trust private_ca "CA" { kind ca operator gasr certificate "PRIV-CA" { valid-from 2024-01-01 valid-until 2030-01-01 } }
  system civil_registry "Иргэний бүртгэл" {
    owner gasr
    signs marriage_cert { level advanced format PAdES with private_ca }     // no timestamp
  }

Good:
  trust tsa "Цаг баталгаажуулах" { kind tsa operator gasr accredited }
  system civil_registry "Иргэний бүртгэл" {
    owner gasr
    signs marriage_cert { level advanced format PAdES with private_ca timestamp tsa }
  }`,
  check(context, report) {
    for (const signature of signaturesAt(context, ['signs', 'seals'])) {
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
