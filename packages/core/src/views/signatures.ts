// Signatures: systems, the documents they sign, seal or verify, and the trust services (with
// their issuers) those signatures rely on.
import type { PlateauModel } from '../model/model-at.js';
import type { Trust } from '../model/types.js';
import type { DiagramWords } from './element-text.js';
import type { GraphBuilder, GraphParts } from './graph-builder.js';
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
 * A signatures map folded into agencies: every agency that signs uses a time-stamping service as
 * well as a CA, and two edges from each of thirty agencies cross each other hundreds of times. The
 * agencies' time stamps become a count on each time-stamping service (the edges' text stays in its
 * tooltip); the CA edges remain.
 */
export function summarizeTimestamps(parts: GraphParts, words: DiagramWords): GraphParts {
  const agencies = new Set(parts.nodes.filter((node) => node.kind === 'agency').map((node) => node.id));
  const stamped = new Map<string, { agencies: Set<string>; tooltips: string[] }>();
  const edges = parts.edges.filter((edge) => {
    if (edge.kind !== 'timestamp' || !agencies.has(edge.from)) return true;
    const entry = stamped.get(edge.to) ?? { agencies: new Set<string>(), tooltips: [] };
    entry.agencies.add(edge.from);
    entry.tooltips.push(edge.tooltip);
    stamped.set(edge.to, entry);
    return false;
  });
  const nodes = parts.nodes.map((node) => {
    const entry = stamped.get(node.id);
    if (!entry) return node;
    const summary = words.overview.timestampsFor({ count: entry.agencies.size });
    return {
      ...node,
      detail: node.detail ? `${node.detail} · ${summary}` : summary,
      tooltip: [node.tooltip, `${summary}: ${[...entry.agencies].sort().join(', ')}`].join('\n'),
    };
  });
  return { ...parts, nodes, edges };
}
