// A signature can only be created and verified while the certificates behind it are valid: every
// certificate of a trust service a signature relies on, up its issuer chain, is checked against
// the evaluation date.
import type { PlateauModel } from '../model/model-at.js';
import { existsAt } from '../model/plateaus.js';
import { compareSourceRanges } from '../model/source-order.js';
import type { Certificate, Element, Plateau, Ref, SemanticModel, Signature, Trust } from '../model/types.js';
import type { Problem, Rule } from './rule.js';
import { daysBetween, listing, reliedOn, signatureLabel, signaturesAt } from './signature-support.js';

/** A certificate expiring this many days after the evaluation date, or sooner, is a warning. */
const EXPIRY_WARNING_DAYS = 90;

export const certificateValid: Rule<'certificate-valid'> = {
  id: 'certificate-valid',
  severity: 'error',
  check(context, report) {
    const everywhere = relianceAtEveryPlateau(context.model.whole, context.plateaus);
    for (const trust of reliance(context.model).keys()) {
      // Name every signature that relies on it at any plateau, so the finding reads the same at each.
      const relying = listing(everywhere.get(trust.id) ?? []);
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

/** The signatures that rely on each trust service at the model's plateau, in source order. */
function reliance(model: PlateauModel): Map<Trust, Signature[]> {
  const byTrust = new Map<Trust, Signature[]>();
  const signatures = signaturesAt(model).sort((a, b) => compareSourceRanges(model, a.source, b.source));
  for (const signature of signatures) {
    for (const trust of reliedOn(signature)) {
      const relying = byTrust.get(trust);
      if (relying) relying.push(signature);
      else byTrust.set(trust, [signature]);
    }
  }
  return byTrust;
}

/**
 * The signatures (as labels, in source order) that rely on each trust service, by its id, at any of
 * the plateaus: read off the whole model, where a signature and its trust chain exist at a plateau
 * when their lifecycles say so.
 */
function relianceAtEveryPlateau(model: SemanticModel, plateaus: readonly Plateau[]): Map<string, string[]> {
  const union = new Map<string, Set<Signature>>();
  for (const plateau of plateaus) {
    const live = <T extends Element>(reference: Ref<T> | undefined): T | undefined => {
      const target = reference?.target;
      return target && existsAt(target, plateau) ? target : undefined;
    };
    const signatures = [
      ...model.systems.flatMap((system) => system.signings.filter((signing) => existsAt(signing, plateau)).map((signing) => signing.signature)),
      ...model.interfaces.filter((api) => api.signature && existsAt(api, plateau)).map((api) => api.signature!),
    ];
    for (const signature of signatures) {
      const seen = new Set<Trust>();
      for (let trust = live(signature.with); trust && !seen.has(trust); trust = live(trust.issuer)) seen.add(trust);
      for (let trust = live(signature.timestamp); trust && !seen.has(trust); trust = live(trust.issuer)) seen.add(trust);
      for (const trust of seen) union.set(trust.id, (union.get(trust.id) ?? new Set()).add(signature));
    }
  }
  return new Map(
    [...union].map(([id, signatures]) => [id, [...signatures].sort((a, b) => compareSourceRanges(model, a.source, b.source)).map(signatureLabel)] as const),
  );
}
