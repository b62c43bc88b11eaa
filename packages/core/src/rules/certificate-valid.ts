// A signature can only be created and verified while the certificates behind it are valid: every
// certificate of a trust service a signature relies on, up its issuer chain, is checked against
// the evaluation date.
import { existsAt } from '../model/plateaus.js';
import { compareSourceRanges } from '../model/source-order.js';
import type { Certificate, Element, Ref, SemanticModel, Signature, Trust } from '../model/types.js';
import type { Problem, Rule, RuleContext } from './rule.js';
import { daysBetween, listing, reliedOn, signatureLabel, signaturesAt } from './signature-support.js';

/** A certificate expiring this many days after the evaluation date, or sooner, is a warning. */
const EXPIRY_WARNING_DAYS = 90;

export const certificateValid: Rule = {
  id: 'certificate-valid',
  severity: 'error',
  summary: 'Every certificate of a trust service a signature relies on (and of its issuers) is valid on the evaluation date; one expiring within 90 days is a warning.',
  explanation: `A signature relies on the trust services it names with \`with\` or \`timestamp\` (in \`signs\`,
\`seals\`, \`verifies\` and interface \`signature\` blocks) and on the certification authorities
above them (\`issuer\`). If any of their certificates has expired, or is not valid yet, on the
evaluation date (gea.yaml \`evaluation-date\`, today by default), new signatures cannot be made and
existing ones no longer verify. Dates are inclusive: a certificate is valid on its \`valid-until\`
day. One that expires within 90 days is a warning, so that it is renewed in time. The finding is
reported once, at the certificate, and names the signatures that rely on it.

Bad (evaluated on 2026-06-01):
  trust issuing_ca "Гэрчилгээ олгогч төв" {
    kind ca  operator gasr  accredited  issuer root_ca
    certificate "MNICA-2021" { valid-from 2021-02-01 valid-until 2026-02-01 }   // expired
  }

Good:
  trust issuing_ca "Гэрчилгээ олгогч төв" {
    kind ca  operator gasr  accredited  issuer root_ca
    certificate "MNICA-2026" { valid-from 2026-01-15 valid-until 2031-01-15 }
  }`,
  check(context, report) {
    const everywhere = relianceAtEveryPlateau(context.model);
    for (const trust of reliance(context.model, context.exists, context.live).keys()) {
      // Name every signature that relies on it at any plateau, so the finding reads the same at each.
      const relying = listing((everywhere.get(trust) ?? []).map(signatureLabel));
      for (const certificate of trust.certificates) {
        const problem = certificateProblem(certificate, context.evaluationDate, relying);
        if (problem) report({ ...problem, source: certificate.source, element: trust });
      }
    }
  },
};

function certificateProblem(certificate: Certificate, date: string, relying: string): Pick<Problem, 'message' | 'severity'> | undefined {
  const named = `certificate "${certificate.subject}" of trust service \`${certificate.trust.id}\``;
  const { validFrom, validUntil } = certificate;
  if (validFrom && daysBetween(date, validFrom) > 0) {
    return {
      message: `${named} is not valid before ${validFrom} (evaluation date ${date}) and is relied on by ${relying}; correct its \`valid-from\` or rely on a trust service whose certificate is already valid`,
    };
  }
  if (!validUntil) return undefined;
  const daysLeft = daysBetween(date, validUntil);
  if (daysLeft < 0) {
    return {
      message: `${named} expired on ${validUntil} (evaluation date ${date}) and is relied on by ${relying}; replace it with a renewed certificate or move these signatures to a trust service whose certificate is valid`,
    };
  }
  if (daysLeft <= EXPIRY_WARNING_DAYS) {
    return {
      message: `${named} expires on ${validUntil}, ${daysLeft} ${daysLeft === 1 ? 'day' : 'days'} after the evaluation date ${date}, and is relied on by ${relying}; renew it before it expires`,
      severity: 'warning',
    };
  }
  return undefined;
}

/** The signatures that rely on each trust service at one plateau, in source order. */
function reliance(model: SemanticModel, exists: RuleContext['exists'], live: RuleContext['live']): Map<Trust, Signature[]> {
  const byTrust = new Map<Trust, Signature[]>();
  for (const signature of signaturesAt({ model, exists })) {
    for (const trust of reliedOn(signature, live)) {
      const signatures = byTrust.get(trust);
      if (signatures) signatures.push(signature);
      else byTrust.set(trust, [signature]);
    }
  }
  return byTrust;
}

const relianceCache = new WeakMap<SemanticModel, Map<Trust, Signature[]>>();

/** The signatures that rely on each trust service at some plateau of the model, in source order. */
function relianceAtEveryPlateau(model: SemanticModel): Map<Trust, Signature[]> {
  const cached = relianceCache.get(model);
  if (cached) return cached;
  const union = new Map<Trust, Set<Signature>>();
  for (const plateau of model.plateaus) {
    const live = <T extends Element>(reference: Ref<T> | undefined): T | undefined => {
      const target = reference?.target;
      return target && existsAt(target, plateau) ? target : undefined;
    };
    for (const [trust, signatures] of reliance(model, (thing) => existsAt(thing, plateau), live)) {
      const all = union.get(trust) ?? new Set<Signature>();
      for (const signature of signatures) all.add(signature);
      union.set(trust, all);
    }
  }
  const result = new Map([...union].map(([trust, signatures]) => [trust, [...signatures].sort((a, b) => compareSourceRanges(model, a.source, b.source))] as const));
  relianceCache.set(model, result);
  return result;
}
