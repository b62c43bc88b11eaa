// The signature map: per trust service, its certificates with their validity and days left at the
// evaluation date, and every signature, seal, verification and message signature that depends on
// it (naming it with `with` or `timestamp`, or through the issuer chain of one it names); and per
// system, what it signs, at which level. Read from the whole model: each signature lists the
// plateaus at which it exists.
import { summarizeElement, type ElementSummary } from '../gap/compare-models.js';
import { plateausOf } from '../model/plateaus.js';
import type { Certificate, Element, SemanticModel, Signature, SourceRange, Trust } from '../model/types.js';
import type { SignatureFormat, SignatureLevel, TrustKind } from '../model/vocabulary.js';
import { daysBetween } from '../model/durations.js';

/** Certificate-valid's threshold: one expiring within this many days is a warning. */
export const EXPIRY_WARNING_DAYS = 90;

export type CertificateState = 'valid' | 'expiring' | 'expired' | 'not-yet-valid' | 'unknown';

export interface CertificateEntry {
  readonly subject: string;
  readonly validFrom?: string;
  readonly validUntil?: string;
  readonly fingerprint?: string;
  /** Days from the evaluation date to `validUntil` (0 on its last day, negative once expired). */
  readonly daysLeft?: number;
  readonly state: CertificateState;
  readonly source: SourceRange;
}

export type SigningKind = 'signs' | 'seals' | 'verifies' | 'message';

export interface SignatureEntry {
  /** The signing system, or the interface whose messages are signed. */
  readonly signer: ElementSummary;
  readonly kind: SigningKind;
  /** The document type signed (not for message signatures). */
  readonly data?: string;
  readonly level?: SignatureLevel;
  readonly format?: SignatureFormat;
  readonly with?: string;
  readonly timestamp?: string;
  readonly plateaus: readonly string[];
  readonly source: SourceRange;
}

export interface Dependent {
  readonly signature: SignatureEntry;
  /** How it names the chain that reaches this trust service. */
  readonly relation: 'with' | 'timestamp';
  /** The trust services between the one it names and this one (issuer chain), by full name; empty when named directly. */
  readonly chain: readonly string[];
}

export interface TrustEntry {
  readonly trust: ElementSummary;
  readonly trustKind?: TrustKind;
  readonly accredited: boolean;
  readonly issuer?: string;
  readonly certificates: readonly CertificateEntry[];
  readonly dependents: readonly Dependent[];
}

export interface SystemSignatures {
  readonly system: ElementSummary;
  /** Its `signs`, `seals` and `verifies`, and the message signatures of the interfaces it provides. */
  readonly signatures: readonly SignatureEntry[];
}

export interface SignatureMap {
  readonly evaluationDate: string;
  readonly trusts: readonly TrustEntry[];
  readonly systems: readonly SystemSignatures[];
}

export function signatureMap(model: SemanticModel, evaluationDate: string): SignatureMap {
  const entries: Array<{ readonly signature: Signature; readonly entry: SignatureEntry; readonly system: Element | undefined }> = [];
  for (const system of model.systems) {
    for (const signing of system.signings) {
      entries.push({
        signature: signing.signature,
        entry: signatureEntry(
          signing.signature,
          system,
          signing.kind,
          signing.data.declared?.id ?? signing.data.text,
          plateausOf(signing, model.plateaus),
        ),
        system,
      });
    }
  }
  for (const api of model.interfaces) {
    if (!api.signature) continue;
    entries.push({
      signature: api.signature,
      entry: signatureEntry(api.signature, api, 'message', undefined, plateausOf(api, model.plateaus)),
      system: api.provider?.declared,
    });
  }
  entries.sort((a, b) => compareEntries(a.entry, b.entry));

  const dependentsOf = new Map<Trust, Dependent[]>();
  for (const { signature, entry } of entries) {
    const reached = new Set<Trust>();
    for (const relation of ['with', 'timestamp'] as const) {
      const chain: string[] = [];
      for (let trust = signature[relation]?.declared; trust && !reached.has(trust); trust = trust.issuer?.declared) {
        reached.add(trust);
        const list = dependentsOf.get(trust) ?? [];
        list.push({ signature: entry, relation, chain: [...chain] });
        dependentsOf.set(trust, list);
        chain.push(trust.id);
      }
    }
  }

  const trusts = firstDeclarations(model, model.trusts).map((trust): TrustEntry => ({
    trust: summarizeElement(trust),
    ...(trust.trustKind ? { trustKind: trust.trustKind } : {}),
    accredited: trust.accredited,
    ...(trust.issuer ? { issuer: trust.issuer.declared?.id ?? trust.issuer.text } : {}),
    certificates: trust.certificates.map((certificate) => certificateEntry(certificate, evaluationDate)),
    dependents: dependentsOf.get(trust) ?? [],
  }));

  const bySystem = new Map<string, SignatureEntry[]>();
  for (const { entry, system } of entries) {
    if (system?.kind !== 'system') continue;
    const list = bySystem.get(system.id) ?? [];
    list.push(entry);
    bySystem.set(system.id, list);
  }
  const systems = firstDeclarations(model, model.systems)
    .filter((system) => bySystem.has(system.id))
    .map((system) => ({ system: summarizeElement(system), signatures: bySystem.get(system.id)! }));
  return { evaluationDate, trusts, systems };
}

function signatureEntry(
  signature: Signature,
  signer: Element,
  kind: SigningKind,
  data: string | undefined,
  plateaus: readonly { readonly id: string }[],
): SignatureEntry {
  return {
    signer: summarizeElement(signer),
    kind,
    ...(data !== undefined ? { data } : {}),
    ...(signature.level ? { level: signature.level } : {}),
    ...(signature.format ? { format: signature.format } : {}),
    ...(signature.with ? { with: signature.with.declared?.id ?? signature.with.text } : {}),
    ...(signature.timestamp ? { timestamp: signature.timestamp.declared?.id ?? signature.timestamp.text } : {}),
    plateaus: plateaus.map((plateau) => plateau.id),
    source: signature.source,
  };
}

export function certificateEntry(certificate: Certificate, evaluationDate: string): CertificateEntry {
  const daysLeft = certificate.validUntil !== undefined ? daysBetween(evaluationDate, certificate.validUntil) : undefined;
  const known = daysLeft !== undefined && !Number.isNaN(daysLeft);
  const state: CertificateState =
    certificate.validFrom !== undefined && certificate.validFrom > evaluationDate
      ? 'not-yet-valid'
      : !known
        ? 'unknown'
        : daysLeft < 0
          ? 'expired'
          : daysLeft <= EXPIRY_WARNING_DAYS
            ? 'expiring'
            : 'valid';
  return {
    subject: certificate.subject,
    ...(certificate.validFrom !== undefined ? { validFrom: certificate.validFrom } : {}),
    ...(certificate.validUntil !== undefined ? { validUntil: certificate.validUntil } : {}),
    ...(certificate.fingerprint !== undefined ? { fingerprint: certificate.fingerprint } : {}),
    ...(known ? { daysLeft } : {}),
    state,
    source: certificate.source,
  };
}

function firstDeclarations<T extends Element>(model: SemanticModel, elements: readonly T[]): T[] {
  return elements.filter((element) => model.byId.get(element.id) === element).sort((a, b) => compareText(a.id, b.id));
}

function compareEntries(a: SignatureEntry, b: SignatureEntry): number {
  return (
    compareText(a.signer.id, b.signer.id) ||
    compareText(a.kind, b.kind) ||
    compareText(a.data ?? '', b.data ?? '') ||
    compareText(a.source.uri, b.source.uri) ||
    a.source.start.line - b.source.start.line ||
    a.source.start.character - b.source.start.character
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
