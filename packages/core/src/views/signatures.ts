// Signatures: systems, the documents they sign, seal or verify, and the trust services (with
// their issuers) those signatures rely on.
import { existsAt } from '../model/plateaus.js';
import { type Plateau, type SemanticModel, type Trust } from '../model/types.js';
import type { Status } from './view-graph.js';
import type { GraphBuilder } from './graph-builder.js';

export function drawSignatures(model: SemanticModel, plateau: Plateau, builder: GraphBuilder, status: (thing: Parameters<typeof existsAt>[0]) => Status): void {
  const exists = (thing: Parameters<typeof existsAt>[0]) => existsAt(thing, plateau);
  const trusts = new Set<Trust>();
  for (const system of model.systems) {
    if (!exists(system)) continue;
    for (const signing of system.signings) {
      const document = signing.data.target;
      if (!exists(signing) || !document || !exists(document)) continue;
      builder.addNode(system);
      builder.addNode(document);
      const { level, format } = signing.signature;
      builder.addEdge(signing.kind, system, document, {
        label: [level, format].filter(Boolean).join(' ') || undefined,
        status: status(signing),
        tooltip: `${system.id} ${signing.kind} ${document.id}`,
        key: signing.kind,
      });
      for (const [role, reference] of [['with', signing.signature.with], ['timestamp', signing.signature.timestamp]] as const) {
        const trust = reference?.target;
        if (!trust || !exists(trust)) continue;
        trusts.add(trust);
        builder.addNode(trust);
        builder.addEdge(role, system, trust, { status: status(signing), tooltip: `${system.id} ${role} ${trust.id}` });
      }
    }
  }
  for (const api of model.interfaces) {
    const signature = api.signature;
    if (!signature || !exists(api)) continue;
    for (const [role, reference] of [['with', signature.with], ['timestamp', signature.timestamp]] as const) {
      const trust = reference?.target;
      if (!trust || !exists(trust)) continue;
      builder.addNode(api);
      trusts.add(trust);
      builder.addNode(trust);
      builder.addEdge(role, api, trust, { label: [signature.level, signature.format].filter(Boolean).join(' ') || undefined, status: status(api), tooltip: `${api.id} signs its messages ${role} ${trust.id}` });
    }
  }
  // Issuer chains, guarded against cycles.
  const pending = [...trusts];
  while (pending.length > 0) {
    const trust = pending.pop()!;
    const issuer = trust.issuer?.target;
    if (!issuer || !exists(issuer)) continue;
    builder.addNode(issuer);
    builder.addEdge('issuer', trust, issuer, { status: status(trust), tooltip: `${trust.id} is issued by ${issuer.id}` });
    if (!trusts.has(issuer)) {
      trusts.add(issuer);
      pending.push(issuer);
    }
  }
}
