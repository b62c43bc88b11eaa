// Signatures: systems, the documents they sign, seal or verify, and the trust services (with
// their issuers) those signatures rely on.
import type { PlateauModel } from '../model/model-at.js';
import type { Agency, System, Trust } from '../model/types.js';
import type { DiagramWords } from './element-text.js';
import type { GraphBuilder, GraphParts } from './graph-builder.js';
import type { StatusOf } from './status.js';
import { owningAgency } from './graph-builder.js';

/** With `of` (an agency or a system), only the signatures of its systems and of the interfaces they provide. */
export function drawSignatures(model: PlateauModel, builder: GraphBuilder, status: StatusOf, of?: Agency | System): void {
  const inScope = (system: System | undefined) =>
    !of || (system !== undefined && (system.id === of.id || owningAgency(system)?.id === of.id));
  const trusts = new Set<Trust>();
  for (const system of model.systems) {
    if (!inScope(system)) continue;
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
        statements: [signing.source],
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
          statements: [reference!.source],
        });
      }
    }
  }
  for (const api of model.interfaces) {
    const signature = api.signature;
    if (!signature || !inScope(api.provider?.target)) continue;
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
        statements: [signature.source],
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
    builder.addEdge('issuer', trust, issuer, {
      status: status(trust),
      tooltip: `${trust.id} issuer ${issuer.id}`,
      statements: [trust.issuer!.source],
    });
    if (!trusts.has(issuer)) {
      trusts.add(issuer);
      pending.push(issuer);
    }
  }
}

/**
 * The time stamps of a signatures map as a count on each time-stamping service, their text kept in
 * its tooltip. Every signer uses a CA and a time-stamping service, and two edges from each of n
 * signers to the same two services cross about n² / 2 times in any layered drawing (the example's
 * map: 48 crossings among 43 edges; thirty folded agencies: 435); the CA edges remain.
 */
export function summarizeTimestamps(parts: GraphParts, words: DiagramWords): GraphParts {
  const agencies = new Set(parts.nodes.filter((node) => node.kind === 'agency').map((node) => node.id));
  const stamped = new Map<string, { signers: Set<string>; tooltips: string[] }>();
  const edges = parts.edges.filter((edge) => {
    if (edge.kind !== 'timestamp') return true;
    const entry = stamped.get(edge.to) ?? { signers: new Set<string>(), tooltips: [] };
    entry.signers.add(edge.from);
    entry.tooltips.push(edge.tooltip);
    stamped.set(edge.to, entry);
    return false;
  });
  const nodes = parts.nodes.map((node) => {
    const entry = stamped.get(node.id);
    if (!entry) return node;
    const count = entry.signers.size;
    const byAgency = [...entry.signers].every((signer) => agencies.has(signer));
    const summary = byAgency ? words.overview.timestampsFor({ count }) : words.overview.timestampsForSigners({ count });
    return {
      ...node,
      detail: node.detail ? `${node.detail} · ${summary}` : summary,
      tooltip: [node.tooltip, `${summary}: ${[...entry.signers].sort().join(', ')}`].join('\n'),
    };
  });
  return { ...parts, nodes, edges };
}
