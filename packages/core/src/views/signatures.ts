// Signatures: systems, the documents they sign, seal or verify, and the trust services (with
// their issuers) those signatures rely on.
import type { PlateauModel } from '../model/model-at.js';
import type { Trust } from '../model/types.js';
import type { GraphBuilder } from './graph-builder.js';
import type { StatusOf } from './status.js';

export function drawSignatures(model: PlateauModel, builder: GraphBuilder, status: StatusOf): void {
  const trusts = new Set<Trust>();
  for (const system of model.systems) {
    for (const signing of system.signings) {
      const document = signing.data.target;
      if (!document) continue;
      builder.addNode(system);
      builder.addNode(document);
      const { level, format } = signing.signature;
      builder.addEdge(signing.kind, system, document, {
        label: [level, format].filter(Boolean).join(' ') || undefined,
        status: status(signing),
        tooltip: `${system.id} ${signing.kind} ${document.id}`,
        key: signing.kind,
      });
      for (const [role, reference] of [
        ['with', signing.signature.with],
        ['timestamp', signing.signature.timestamp],
      ] as const) {
        const trust = reference?.target;
        if (!trust) continue;
        trusts.add(trust);
        builder.addNode(trust);
        builder.addEdge(role, system, trust, {
          status: status(signing),
          tooltip: `${system.id} ${signing.kind} ${document.id} ${role} ${trust.id}`,
        });
      }
    }
  }
  for (const api of model.interfaces) {
    const signature = api.signature;
    if (!signature) continue;
    for (const [role, reference] of [
      ['with', signature.with],
      ['timestamp', signature.timestamp],
    ] as const) {
      const trust = reference?.target;
      if (!trust) continue;
      builder.addNode(api);
      trusts.add(trust);
      builder.addNode(trust);
      builder.addEdge(role, api, trust, {
        label: [signature.level, signature.format].filter(Boolean).join(' ') || undefined,
        status: status(api),
        tooltip: `${api.id} signature ${role} ${trust.id}`,
      });
    }
  }
  // Issuer chains, guarded against cycles.
  const pending = [...trusts];
  while (pending.length > 0) {
    const trust = pending.pop()!;
    const issuer = trust.issuer?.target;
    if (!issuer) continue;
    builder.addNode(issuer);
    builder.addEdge('issuer', trust, issuer, { status: status(trust), tooltip: `${trust.id} issuer ${issuer.id}` });
    if (!trusts.has(issuer)) {
      trusts.add(issuer);
      pending.push(issuer);
    }
  }
}
