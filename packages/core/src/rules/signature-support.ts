// What the signature and trust-service rules share: which signatures exist at a plateau, how a
// message names a signature, the strong levels, and date arithmetic on ISO dates.
import type { Interface, Signature, Signing, System, Trust } from '../model/types.js';
import type { SignatureLevel } from '../model/vocabulary.js';
import type { PlateauModel } from '../model/model-at.js';

const DAY_MS = 86_400_000;

/** `advanced` and `qualified`: the levels that legally binding documents and accredited trust require. */
export function isStrongLevel(level: SignatureLevel | undefined): level is 'advanced' | 'qualified' {
  return level === 'advanced' || level === 'qualified';
}

/** The element whose declaration holds a signature: the signing system or the interface. */
export function signer(signature: Signature): System | Interface {
  return signature.owner.kind === 'interface' ? signature.owner : signature.owner.system;
}

/** The `signs` / `seals` / `verifies` statement of a signature, if it is one. */
export function signingOf(signature: Signature): Signing | undefined {
  return signature.owner.kind === 'interface' ? undefined : signature.owner;
}

/** "`gasr.civil_registry` signs `gasr.birth_cert`", "the message signature of interface `cert_service`" */
export function signatureLabel(signature: Signature): string {
  const owner = signature.owner;
  if (owner.kind === 'interface') return `the message signature of interface \`${owner.id}\``;
  return `\`${owner.system.id}\` ${owner.kind} \`${owner.data.target?.id ?? owner.data.text}\``;
}

/** "`gasr.civil_registry` signs `gasr.birth_cert`", "interface `cert_service` signs its messages": a clause to continue with "at level …". */
export function signatureClause(signature: Signature): string {
  const owner = signature.owner;
  if (owner.kind === 'interface') return `interface \`${owner.id}\` signs its messages`;
  return signatureLabel(signature);
}

/** Every signature of a plateau model: its `signs`/`seals`/`verifies` statements (of these kinds) and its interfaces' signatures. */
export function signaturesAt(model: PlateauModel, kinds: readonly Signing['kind'][] = ['signs', 'seals', 'verifies']): Signature[] {
  const signatures: Signature[] = [];
  for (const system of model.systems) {
    for (const signing of system.signings) if (kinds.includes(signing.kind)) signatures.push(signing.signature);
  }
  for (const api of model.interfaces) if (api.signature) signatures.push(api.signature);
  return signatures;
}

/** The trust services a signature relies on: its `with` and `timestamp` services and their issuer chains (cycles are cut). */
export function reliedOn(signature: Signature): Trust[] {
  const seen = new Set<Trust>();
  for (let trust of [signature.with?.target, signature.timestamp?.target]) {
    while (trust && !seen.has(trust)) {
      seen.add(trust);
      trust = trust.issuer?.target;
    }
  }
  return [...seen];
}

/** Whole days from one ISO date to another (negative when `to` is earlier); `NaN` when either is not a real date. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/** "a", "a and b", "a, b and c", or the first few and "N more". */
export function listing(items: readonly string[], most = 5): string {
  const shown = items.length > most ? [...items.slice(0, most), `${items.length - most} more`] : [...items];
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
