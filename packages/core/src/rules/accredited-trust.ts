// An advanced or qualified signature is only recognised when the trust service behind it is
// accredited for that level and format, and its time-stamp comes from an accredited TSA.
import type { Trust } from '../model/types.js';
import type { SignatureFormat, SignatureLevel } from '../model/vocabulary.js';
import { everyTouched } from './affected.js';
import { unreadable } from './facts.js';
import type { Rule } from './rule.js';
import { describeSignature, isStrongLevel, signaturesAt, signer } from './signature-support.js';

export const accreditedTrust: Rule<'accredited-trust'> = {
  id: 'accredited-trust',
  severity: 'error',
  affected: everyTouched,
  check({ model, words }, report) {
    for (const signature of signaturesAt(model, ['signs', 'seals'])) {
      const level = signature.level;
      if (!isStrongLevel(level)) continue;
      const format = signature.format;
      // `with` written with no trust service after it is the syntax error's alone.
      const noService = !signature.with && !signature.sources.has('with');
      // An unresolved or absent `with` or `timestamp` is the reference and lifecycle rules' business.
      const service = signature.with?.target;
      const serviceLacks = service ? lacksOfService(service, level, format) : [];
      const stamp = signature.timestamp?.target;
      const stampLacks = stamp ? lacksOfTimestamp(stamp) : [];
      const noFormat = !format && !unreadable(signature, 'signatureFormat');
      if (!noService && !(service && (serviceLacks.length > 0 || noFormat)) && stampLacks.length === 0) continue;
      report({
        message: words.unrecognised({
          signature: describeSignature(signature, words),
          level,
          format,
          noFormat,
          noService,
          service: service?.id,
          serviceLacks,
          stamp: stampLacks.length > 0 ? stamp?.id : undefined,
          stampLacks,
        }),
        source: signature.source,
        element: signer(signature),
      });
    }
  },
};

/** What a `with` service lacks for a signature at this level and format (not what a misspelt value of its lists might have given). */
function lacksOfService(
  service: Trust,
  level: SignatureLevel,
  format: SignatureFormat | undefined,
): Array<'accreditation' | 'level' | 'format'> {
  return [
    ...(service.accredited ? [] : (['accreditation'] as const)),
    ...(service.levels.includes(level) || unreadable(service, 'signatureLevel') ? [] : (['level'] as const)),
    ...(format && !service.formats.includes(format) && !unreadable(service, 'signatureFormat') ? (['format'] as const) : []),
  ];
}

/** What a `timestamp` service lacks: accreditation, or being a time-stamping authority. */
function lacksOfTimestamp(stamp: Trust): Array<'accreditation' | 'tsa'> {
  const tsa = stamp.trustKind === 'tsa' || unreadable(stamp, 'trustKind');
  return [...(stamp.accredited ? [] : (['accreditation'] as const)), ...(tsa ? [] : (['tsa'] as const))];
}
