// reports/signatures.md and .json: the signature map (core's signatureMap): per trust service its
// certificates (validity, days left) and the signatures depending on it; per system what it signs.
import type { Dependent, SignatureEntry, SignatureMap } from '@gea-arch/core';
import { md } from '@gea-arch/core';
import { elementMarkdown, nameOf, whereMarkdown, type ReportContext } from './report-context.js';

export function signaturesJson(map: SignatureMap, context: ReportContext): string {
  const where = (source: SignatureEntry['source']) => ({ file: context.links.relativePath(source.uri), line: source.start.line + 1 });
  const signature = (entry: SignatureEntry) => ({
    signer: entry.signer.id,
    signerKind: entry.signer.kind,
    kind: entry.kind,
    data: entry.data ?? null,
    level: entry.level ?? null,
    format: entry.format ?? null,
    with: entry.with ?? null,
    timestamp: entry.timestamp ?? null,
    plateaus: entry.plateaus,
    ...where(entry.source),
  });
  const json = {
    evaluationDate: map.evaluationDate,
    trusts: map.trusts.map((entry) => ({
      trust: entry.trust.id,
      name: nameOf(entry.trust, context),
      kind: entry.trustKind ?? null,
      accredited: entry.accredited,
      issuer: entry.issuer ?? null,
      certificates: entry.certificates.map((certificate) => ({
        subject: certificate.subject,
        validFrom: certificate.validFrom ?? null,
        validUntil: certificate.validUntil ?? null,
        fingerprint: certificate.fingerprint ?? null,
        daysLeft: certificate.daysLeft ?? null,
        state: certificate.state,
        ...where(certificate.source),
      })),
      dependents: entry.dependents.map((dependent) => ({
        ...signature(dependent.signature),
        relation: dependent.relation,
        chain: dependent.chain,
      })),
    })),
    systems: map.systems.map((entry) => ({ system: entry.system.id, signatures: entry.signatures.map(signature) })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function signaturesMarkdown(map: SignatureMap, context: ReportContext): string {
  const words = context.words.reports.signatures;
  const common = context.words.reports.common;
  const certificates = map.trusts.flatMap((entry) => entry.certificates);
  const signatures = new Set(map.systems.flatMap((entry) => entry.signatures)).size;
  const optional = (value: string | undefined) => (value !== undefined ? md.code(value) : '');
  const kindOf = (entry: SignatureEntry) => md.text(words.signingKinds[entry.kind]);
  const through = (dependent: Dependent) =>
    dependent.chain.length === 0
      ? `${md.code(dependent.relation)} ${md.text(words.direct)}`
      : `${md.code(dependent.relation)} ${dependent.chain.map((id) => md.code(id)).join(' → ')}`;
  return md.document([
    md.heading(1, md.text(words.title)),
    md.text(words.intro({ date: map.evaluationDate })),
    md.text(
      words.summary({
        trusts: map.trusts.length,
        certificates: certificates.length,
        signatures,
        expired: certificates.filter((c) => c.state === 'expired').length,
        expiring: certificates.filter((c) => c.state === 'expiring').length,
      }),
    ),
    md.heading(2, md.text(words.trustServices)),
    ...map.trusts.flatMap((entry) => [
      md.heading(3, `${elementMarkdown(entry.trust, context)} — ${whereMarkdown(entry.trust.source, context)}`),
      [
        entry.trustKind !== undefined ? md.code(entry.trustKind) : undefined,
        entry.accredited ? md.text(words.accredited) : undefined,
        entry.issuer !== undefined ? `${md.text(words.issuer)}: ${md.code(entry.issuer)}` : undefined,
      ]
        .filter(Boolean)
        .join(' · '),
      entry.certificates.length === 0
        ? md.text(words.noCertificates)
        : md.table(
            [words.certificate, words.validFrom, words.validUntil, words.daysLeft, words.status],
            entry.certificates.map((certificate) => [
              md.text(certificate.subject),
              certificate.validFrom ?? '',
              certificate.validUntil ?? '',
              certificate.daysLeft !== undefined ? String(certificate.daysLeft) : '',
              certificate.state === 'valid' ? md.text(words.statuses.valid) : `**${md.text(words.statuses[certificate.state])}**`,
            ]),
          ),
      md.heading(4, md.text(words.dependents)),
      entry.dependents.length === 0
        ? md.text(words.noSignatures)
        : md.table(
            [words.signer, words.signing, words.document, words.level, words.format, words.through, common.plateaus, common.where],
            entry.dependents.map((dependent) => [
              elementMarkdown(dependent.signature.signer, context),
              kindOf(dependent.signature),
              optional(dependent.signature.data),
              optional(dependent.signature.level),
              optional(dependent.signature.format),
              through(dependent),
              dependent.signature.plateaus.map((plateau) => md.code(plateau)).join(', '),
              whereMarkdown(dependent.signature.source, context),
            ]),
          ),
    ]),
    md.heading(2, md.text(words.systems)),
    ...map.systems.flatMap((entry) => [
      md.heading(3, elementMarkdown(entry.system, context)),
      md.table(
        [words.signing, words.document, words.level, words.format, words.with, words.timestamp, common.plateaus, common.where],
        entry.signatures.map((signature) => [
          signature.kind === 'message' ? `${kindOf(signature)} (${md.code(signature.signer.id)})` : kindOf(signature),
          optional(signature.data),
          optional(signature.level),
          optional(signature.format),
          optional(signature.with),
          optional(signature.timestamp),
          signature.plateaus.map((plateau) => md.code(plateau)).join(', '),
          whereMarkdown(signature.source, context),
        ]),
      ),
    ]),
  ]);
}
