// A signature can only be created and verified while the certificates behind it are valid: every
// certificate of a trust service a signature relies on, up its issuer chain, is checked against
// the evaluation date.
import type { PlateauModel } from '../model/model-at.js';
import { daysBetween } from '../model/durations.js';
import { existsAt } from '../model/plateaus.js';
import { compareSourceRanges } from '../model/source-order.js';
import type { Certificate, Element, Plateau, Ref, SemanticModel, Signature, Trust } from '../model/types.js';
import type { RuleWords } from '../words/words.js';
import type { Problem, Rule } from './rule.js';
import { describeSignature, reliedOn, signaturesAt } from './signature-support.js';

/** A certificate expiring this many days after the evaluation date, or sooner, is a warning. */
const EXPIRY_WARNING_DAYS = 90;

export const certificateValid: Rule<'certificate-valid'> = {
  id: 'certificate-valid',
  severity: 'error',
  check({ model, plateaus, evaluationDate, words }, report) {
    const everywhere = relianceAtEveryPlateau(model.whole, plateaus);
    for (const trust of reliedOnHere(model)) {
      // Name every signature that relies on it at any plateau, so the finding reads the same at each.
      const relying = (everywhere.get(trust.id) ?? []).map((signature) => describeSignature(signature, words));
      for (const certificate of trust.certificates) {
        const problem = certificateProblem(certificate, evaluationDate, relying, words);
        if (problem) report({ ...problem, source: certificate.source, element: trust });
      }
    }
  },
};

function certificateProblem(
  certificate: Certificate,
  date: string,
  relying: readonly string[],
  words: RuleWords['certificate-valid'],
): Pick<Problem, 'message' | 'severity'> | undefined {
  const named = { subject: certificate.subject, trust: certificate.trust.id, evaluationDate: date, relying };
  const { validFrom, validUntil } = certificate;
  // Valid until a day before it is valid from: the syntax error says so; whether it is valid now is not known.
  if (validFrom && validUntil && validFrom > validUntil) return undefined;
  if (validFrom && daysBetween(date, validFrom) > 0) return { message: words.notYetValid({ ...named, validFrom }) };
  if (!validUntil) return undefined;
  const daysLeft = daysBetween(date, validUntil);
  if (daysLeft < 0) return { message: words.expired({ ...named, validUntil }) };
  if (daysLeft <= EXPIRY_WARNING_DAYS) return { message: words.expiring({ ...named, validUntil, days: daysLeft }), severity: 'warning' };
  return undefined;
}

/** The trust services some signature relies on at the model's plateau. */
function reliedOnHere(model: PlateauModel): Set<Trust> {
  const trusts = new Set<Trust>();
  for (const signature of signaturesAt(model)) for (const trust of reliedOn(signature)) trusts.add(trust);
  return trusts;
}

/**
 * The signatures (in source order) that rely on each trust service, by its id, at any of the
 * plateaus: read off the whole model, where a signature and its trust chain exist at a plateau
 * when their lifecycles say so.
 */
function relianceAtEveryPlateau(model: SemanticModel, plateaus: readonly Plateau[]): Map<string, Signature[]> {
  const found = RELIANCE.get(model);
  if (found?.plateaus === plateaus) return found.byTrust;
  const byTrust = relianceOf(model, plateaus);
  RELIANCE.set(model, { plateaus, byTrust });
  return byTrust;
}

/** Worked out once a run: the rules at each plateau ask it of the same whole model and plateaus. */
const RELIANCE = new WeakMap<SemanticModel, { readonly plateaus: readonly Plateau[]; readonly byTrust: Map<string, Signature[]> }>();

function relianceOf(model: SemanticModel, plateaus: readonly Plateau[]): Map<string, Signature[]> {
  const union = new Map<string, Set<Signature>>();
  for (const plateau of plateaus) {
    const live = <T extends Element>(reference: Ref<T> | undefined): T | undefined => {
      const target = reference?.target;
      return target && existsAt(target, plateau) ? target : undefined;
    };
    const signatures = [
      ...model.systems.flatMap((system) =>
        system.signings.filter((signing) => existsAt(signing, plateau)).map((signing) => signing.signature),
      ),
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
    [...union].map(([id, signatures]) => [id, [...signatures].sort((a, b) => compareSourceRanges(model, a.source, b.source))] as const),
  );
}
