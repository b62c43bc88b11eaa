// What the signature and trust-service rules share: which signatures exist at a plateau, how a
// message names a signature, and the strong levels.
import type { Interface, Signature, Signing, System, Trust } from '../model/types.js';
import type { SignatureLevel } from '../model/vocabulary.js';
import type { PlateauModel } from '../model/model-at.js';

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

/** How a rule's words name a signature: a `signs` / `seals` / `verifies` statement, or an interface's message signature. */
export interface SignatureWords {
  signing(names: { system: string; signing: Signing['kind']; data: string }): string;
  messageSignature(names: { api: string }): string;
}

/** A signature in a rule's words: "`gasr.civil_registry` signs `gasr.birth_cert`", … */
export function describeSignature(signature: Signature, words: SignatureWords): string {
  const owner = signature.owner;
  if (owner.kind === 'interface') return words.messageSignature({ api: owner.id });
  return words.signing({ system: owner.system.id, signing: owner.kind, data: owner.data.target?.id ?? owner.data.text });
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
