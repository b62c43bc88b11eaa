// Views too large to read fold every element into the agency it belongs to: one node per agency
// with how many it stands for, and one edge per pair of agencies with how many links it stands for.
import type { SemanticModel } from '../model/types.js';
import { wordsFor } from '../words/words.js';
import type { EdgeKind, Status, ViewEdge, ViewNode } from './view-graph.js';
import { badgesOf, hrefOf, labelOf, tooltipOf } from './element-text.js';
import { compare, owningAgency, type GraphParts } from './graph-builder.js';

export const AGGREGATE_ABOVE = 150;

export function aggregateByAgency(parts: GraphParts, model: SemanticModel, locale: string): GraphParts {
  const words = wordsFor(locale).diagrams;
  const agencyOfNode = new Map<string, string>();
  const counts = new Map<string, number>();
  const statuses = new Map<string, Status[]>();
  const nodes = new Map<string, ViewNode>();
  for (const node of parts.nodes) {
    const element = model.byId.get(node.id);
    const agency = element ? owningAgency(element) : undefined;
    if (!agency) {
      nodes.set(node.id, { ...node, group: undefined });
      agencyOfNode.set(node.id, node.id);
      continue;
    }
    agencyOfNode.set(node.id, agency.id);
    counts.set(agency.id, (counts.get(agency.id) ?? 0) + 1);
    statuses.set(agency.id, [...(statuses.get(agency.id) ?? []), node.status]);
    if (!nodes.has(agency.id)) {
      nodes.set(agency.id, {
        id: agency.id,
        kind: 'agency',
        label: labelOf(agency, locale, model),
        status: 'active',
        badges: badgesOf(agency),
        tooltip: tooltipOf(agency, locale, model, words),
        href: hrefOf(agency),
      });
    }
  }
  for (const [id, count] of counts) {
    const node = nodes.get(id)!;
    const all = statuses.get(id)!;
    const status = all.every((s) => s === all[0]) ? all[0]! : 'active';
    nodes.set(id, { ...node, status, detail: words.aggregateDetail({ count }) });
  }
  const edges = new Map<string, { from: string; to: string; count: number; kinds: Set<EdgeKind> }>();
  for (const edge of parts.edges) {
    const from = agencyOfNode.get(edge.from)!;
    const to = agencyOfNode.get(edge.to)!;
    if (from === to) continue;
    const key = `${from}->${to}`;
    const entry = edges.get(key) ?? { from, to, count: 0, kinds: new Set<EdgeKind>() };
    entry.count++;
    entry.kinds.add(edge.kind);
    edges.set(key, entry);
  }
  const aggregated: ViewEdge[] = [...edges.values()]
    .sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to))
    .map(({ from, to, count, kinds }) => ({
      id: `aggregate:${from}->${to}`,
      from,
      to,
      kind: 'aggregate',
      label: String(count),
      status: 'active',
      tooltip: words.aggregateTooltip({
        count,
        relations: [...kinds]
          .sort()
          .map((kind) => words.relations[kind])
          .join(', '),
        from,
        to,
      }),
    }));
  return { nodes: [...nodes.values()].sort((a, b) => compare(a.id, b.id)), groups: [], edges: aggregated };
}
