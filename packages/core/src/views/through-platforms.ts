// A landscape's consumptions via an exchange platform are grouped by the platform (LANGUAGE.md):
// they run through its node, consumer → platform → provider, one leg per consumer and per provider,
// each naming the interfaces it carries. A consumption that bypasses the platform stays one line.
import type { DiagramWords } from './element-text.js';
import { mergedTooltip, edgeKey } from './fold.js';
import { compare, withEdgeIds, type DrawnEdge, type DrawnNode, type GraphParts } from './graph-builder.js';
import { interfacesLabel, mergedStatus } from './landscape.js';

export function throughExchangePlatforms(
  parts: GraphParts,
  platformNode: (id: string) => DrawnNode | undefined,
  words: DiagramWords,
): GraphParts {
  // Legs drawn already (a folded agency's exchanges) and lines that bypass the platform stay.
  const routed = (edge: DrawnEdge): edge is DrawnEdge & { via: string } =>
    edge.kind === 'consumes' && edge.via !== undefined && edge.from !== edge.via && edge.to !== edge.via;
  if (!parts.edges.some(routed)) return parts;
  const nodes = new Map(parts.nodes.map((node) => [node.id, node]));
  const legs = new Map<string, { from: string; to: string; via: string; edges: DrawnEdge[]; statements: boolean }>();
  const leg = (from: string, to: string, via: string, edge: DrawnEdge, statements: boolean) => {
    const key = edgeKey('consumes', from, to);
    const entry = legs.get(key) ?? { from, to, via, edges: [], statements };
    entry.edges.push(edge);
    legs.set(key, entry);
  };
  const edges: DrawnEdge[] = [];
  for (const edge of parts.edges) {
    if (!routed(edge) || !platformOf(edge.via)) {
      edges.push(edge);
      continue;
    }
    // The statements are written on the consumer's side: its leg carries their findings.
    leg(edge.from, edge.via, edge.via, edge, true);
    leg(edge.via, edge.to, edge.via, edge, false);
  }
  if (legs.size === 0) return parts;
  for (const [key, { from, to, via, edges: inside, statements }] of legs) {
    const interfaces = [...new Set(inside.flatMap((edge) => edge.interfaces ?? []))];
    const count = inside.reduce((sum, edge) => sum + (edge.count ?? 1), 0);
    edges.push({
      id: key,
      from,
      to,
      kind: 'consumes',
      label: inside.length === 1 ? inside[0]!.label : interfaces.length > 0 ? interfacesLabel(interfaces) : String(count),
      status: mergedStatus(inside.map((edge) => edge.status)),
      tooltip: inside.length === 1 ? inside[0]!.tooltip : mergedTooltip(inside, words),
      href: inside.every((edge) => edge.href === inside[0]!.href) ? inside[0]!.href : nodes.get(from)!.href,
      ...(count > 1 ? { count } : {}),
      via,
      interfaces,
      statements: statements ? inside.flatMap((edge) => edge.statements ?? []) : [],
    });
  }
  // A platform the view also groups systems in (`group-by platform`: the systems it hosts) is drawn
  // once, as the route; the systems it hosts are left outside any box, not in a second box of its name.
  const routes = new Set([...legs.values()].map((entry) => entry.via));
  const groups = parts.groups.filter((group) => !routes.has(group.id));
  if (groups.length < parts.groups.length) {
    for (const [id, node] of nodes) if (node.group !== undefined && routes.has(node.group)) nodes.set(id, ungrouped(node));
  }
  const sorted = edges
    .map((edge) => ({ key: edgeKey(edge.kind, edge.from, edge.to), edge }))
    .sort((a, b) => compare(a.key, b.key))
    .map(({ edge }) => edge);
  return { nodes: [...nodes.values()].sort((a, b) => compare(a.id, b.id)), groups, edges: withEdgeIds(sorted) };

  function platformOf(id: string): DrawnNode | undefined {
    if (!nodes.has(id)) {
      const node = platformNode(id);
      if (!node) return undefined;
      nodes.set(id, node);
    }
    return nodes.get(id);
  }
}

function ungrouped({ group: _group, ...node }: DrawnNode): DrawnNode {
  return node;
}
