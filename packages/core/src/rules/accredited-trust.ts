// An advanced or qualified signature is only recognised when the trust service behind it is
// accredited for that level and format, and its time-stamp comes from an accredited TSA.
import type { Rule } from './rule.js';
import { isStrongLevel, signatureClause, signaturesAt, signer } from './signature-support.js';

export const accreditedTrust: Rule<'accredited-trust'> = {
  id: 'accredited-trust',
  severity: 'error',
  check(context, report) {
    for (const signature of signaturesAt(context.model, ['signs', 'seals'])) {
      const level = signature.level;
      if (!isStrongLevel(level)) continue;
      const format = signature.format;
      const faults: string[] = [];
      const fixes: string[] = [];
      if (!signature.with) {
        faults.push('names no trust service');
        fixes.push(`add \`with\` and an accredited trust service that lists level ${level}${format ? ` and format ${format}` : ''}`);
      } else {
        const service = context.live(signature.with);
        if (service) {
          const lacks: string[] = [];
          if (!service.accredited) lacks.push('is not accredited');
          if (!service.levels.includes(level)) lacks.push(`does not list level ${level}`);
          if (format && !service.formats.includes(format)) lacks.push(`does not list format ${format}`);
          if (lacks.length > 0) {
            faults.push(`relies on trust service \`${service.id}\`, which ${lacks.join(' and ')}`);
            fixes.push(`name \`with\` an accredited trust service that lists level ${level}${format ? ` and format ${format}` : ''}`);
          }
          if (!format) {
            faults.push('states no format');
            fixes.push(`add \`format\` with one that \`${service.id}\` lists`);
          }
        }
      }
      const stamp = context.live(signature.timestamp);
      if (stamp && (!stamp.accredited || stamp.trustKind !== 'tsa')) {
        const lacks = [...(stamp.accredited ? [] : ['is not accredited']), ...(stamp.trustKind === 'tsa' ? [] : ['is not of kind tsa'])];
        faults.push(`is time-stamped by \`${stamp.id}\`, which ${lacks.join(' and ')}`);
        fixes.push('name `timestamp` an accredited trust service of kind `tsa`');
      }
      if (faults.length === 0) continue;
      report({
        message: `${signatureClause(signature)} at level ${level} but ${faults.join(' and ')}; ${fixes.join(', and ')}`,
        source: signature.source,
        element: signer(signature),
      });
    }
  },
};
