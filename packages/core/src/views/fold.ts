// Views too large to read fold elements into the agency they belong to: one node per agency with
// how many elements it stands for, and one edge per pair with how many relations it stands for.
// A view of one agency folds only the other agencies (its own systems stay); a view of more than
// 150 nodes folds everything but what has no agency.
import type { Element, SemanticModel, SourceRange } from '../model/types.js';
import { wordsFor } from '../words/words.js';
import { badgesOf, hrefOf, labelOf, tooltipOf, type DiagramWords } from './element-text.js';
import {
  compare,
  owningAgency,
  sortById,
  withAncestors,
  withEdgeIds,
  type DrawnEdge,
  type DrawnNode,
  type GraphParts,
} from './graph-builder.js';
import { firstInOrder } from './first-in-order.js';
import { mergedStatus } from './landscape.js';
import type { EdgeKind } from './view-graph.js';

/** A view of one agency (or of the signatures) with more nodes than this folds the other agencies. */
export const FOLD_ABOVE = 40;

/**
 * A view too dense to read as drawn is folded (decision 0024) only with more nodes than this, as
 * many as a landscape draws system by system (SYSTEM_LANDSCAPE_MAX): a smaller one is drawn whole,
 * whatever its shape, since folding it hides the few systems its reader asked to see.
 */
export const DENSE_FOLD_ABOVE = 20;

/** Any view with more nodes than this folds every element into its agency. */
export const AGGREGATE_ABOVE = 150;

/** The lines of the merged edges' tooltips that a folded edge repeats. */
const TOOLTIP_LINES = 12;

export interface FoldOptions {
  /** The nodes that stay as they are (nodes of no agency always stay). */
  readonly keep: (node: DrawnNode) => boolean;
  /** One `aggregate` edge per pair of agencies, whatever the relations; else one per kind of relation. */
  readonly mergeKinds: boolean;
  /**
   * With the node an exchange platform is drawn as: a folded agency's consumptions via it pass
   * through it (agency → platform → system, aggregated per pair) instead of running to each system.
   */
  readonly platformNode?: (id: string) => DrawnNode | undefined;
  /** Consumptions between nodes that stay pass through the platform too (an integration view: the platform is the hub). */
  readonly everyExchangeThroughPlatform?: boolean;
}

export function foldIntoAgencies(parts: GraphParts, model: SemanticModel, locale: string, options: FoldOptions): GraphParts {
  const words = wordsFor(locale).diagrams;
  const nodeOf = new Map<string, string>();
  const kept = new Map<string, DrawnNode>();
  const folded = new Map<string, { agency: Element; nodes: DrawnNode[] }>();
  for (const node of parts.nodes) {
    const element = model.byId.get(node.id);
    const agency = element ? owningAgency(element) : undefined;
    if (!agency || options.keep(node)) {
      kept.set(node.id, options.mergeKinds ? { ...node, group: undefined } : node);
      nodeOf.set(node.id, node.id);
      continue;
    }
    nodeOf.set(node.id, agency.id);
    const entry = folded.get(agency.id) ?? { agency, nodes: [] };
    entry.nodes.push(node);
    folded.set(agency.id, entry);
  }
  const nodes = new Map(kept);
  const platformOf = (id: string): DrawnNode | undefined => {
    if (!nodes.has(id)) {
      const node = options.platformNode?.(id);
      if (!node) return undefined;
      nodes.set(id, node);
    }
    return nodes.get(id);
  };
  for (const [id, { agency, nodes: inside }] of folded) {
    if (nodes.has(id)) continue;
    const count = inside.length;
    nodes.set(id, {
      id,
      kind: 'agency',
      label: labelOf(agency, locale, model),
      detail: inside.every((node) => node.kind === 'system') ? words.overview.systems({ count }) : words.aggregateDetail({ count }),
      status: mergedStatus(inside.map((node) => node.status)),
      badges: badgesOf(agency),
      tooltip: tooltipOf(agency, locale, model, words),
      href: hrefOf(agency),
      count,
      standsFor: standsForAll(inside),
    });
  }

  const edges: DrawnEdge[] = [];
  const merged = new Map<string, { kind: EdgeKind; from: string; to: string; via?: string; edges: DrawnEdge[] }>();
  const merge = (kind: EdgeKind, from: string, to: string, edge: DrawnEdge, via?: string) => {
    const key = edgeKey(kind, from, to);
    const entry = merged.get(key) ?? { kind, from, to, via, edges: [] };
    entry.edges.push(edge);
    merged.set(key, entry);
  };
  for (const edge of parts.edges) {
    const from = nodeOf.get(edge.from)!;
    const to = nodeOf.get(edge.to)!;
    if (from === to) continue;
    const throughPlatform = options.everyExchangeThroughPlatform === true && edge.via !== undefined;
    if (from === edge.from && to === edge.to && !options.mergeKinds && !throughPlatform) {
      edges.push(edge);
      continue;
    }
    const platform = edge.via && options.platformNode && !options.mergeKinds ? platformOf(edge.via) : undefined;
    if (platform) {
      merge(edge.kind, from, platform.id, edge, platform.id);
      // The statements are written on the consumer's side: its leg carries their findings.
      merge(edge.kind, platform.id, to, { ...edge, statements: [] }, platform.id);
    } else {
      merge(options.mergeKinds ? 'aggregate' : edge.kind, from, to, edge);
    }
  }
  for (const { kind, from, to, via: leg, edges: inside } of merged.values()) {
    const vias = new Set(inside.map((edge) => edge.via));
    const via = leg ?? (vias.size === 1 && !options.mergeKinds ? inside[0]!.via : undefined);
    const count = inside.reduce((sum, edge) => sum + (edge.count ?? 1), 0);
    edges.push({
      id: edgeKey(kind, from, to),
      from,
      to,
      kind,
      label: count === 1 && !options.mergeKinds ? inside[0]!.label : String(count),
      status: mergedStatus(inside.map((edge) => edge.status)),
      tooltip: options.mergeKinds ? aggregateTooltip(inside, count, from, to, words) : mergedTooltip(inside, words),
      href: inside.every((edge) => edge.href === inside[0]!.href) ? inside[0]!.href : (nodes.get(from)?.href ?? inside[0]!.href),
      ...(count > 1 ? { count } : {}),
      ...(via ? { via } : {}),
      statements: statementsOf(inside),
    });
  }
  const sorted = edges
    .map((edge) => ({ key: edgeKey(edge.kind, edge.from, edge.to), edge }))
    .sort((a, b) => compare(a.key, b.key))
    .map(({ edge }) => edge);

  const nodeIds = new Set(nodes.keys());
  // A group that is now a node (the parent of the agency the view is about, folded) is no longer drawn.
  const groupsLeft = options.mergeKinds ? [] : parts.groups.filter((group) => !nodeIds.has(group.id));
  const groupById = new Map(groupsLeft.map((group) => [group.id, group]));
  const used = new Set([...nodes.values()].map((node) => node.group).filter((id): id is string => id !== undefined));
  withAncestors(used, (id) => {
    const parent = groupById.get(id)?.parent;
    return parent !== undefined && groupById.has(parent) ? parent : undefined;
  });
  const groups = groupsLeft
    .filter((group) => used.has(group.id))
    .map((group) => (group.parent && !used.has(group.parent) ? { ...group, parent: undefined } : group));
  const drawn = new Set(groups.map((group) => group.id));
  const placed = [...nodes.values()].map((node) => (node.group && !drawn.has(node.group) ? { ...node, group: undefined } : node));
  return { nodes: sortById(placed), groups, edges: withEdgeIds(sorted) };
}

/** The key edges are merged and sorted by: one per kind and pair of nodes. */
export function edgeKey(kind: EdgeKind, from: string, to: string): string {
  return `${kind}:${from}->${to}`;
}

function aggregateTooltip(inside: readonly DrawnEdge[], count: number, from: string, to: string, words: DiagramWords): string {
  const kinds = [...new Set(inside.map((edge) => edge.kind))].sort(compare);
  return words.aggregateTooltip({ count, relations: kinds.map((kind) => words.relations[kind]).join(', '), from, to });
}

/**
 * What the folded nodes stand for, in no order: it is only looked up (view-findings.ts). A node
 * stands for elements no other node does, so each is there once.
 */
function standsForAll(inside: readonly DrawnNode[]): string[] {
  const ids: string[] = [];
  for (const node of inside) {
    if (node.standsFor) for (const id of node.standsFor) ids.push(id);
    else ids.push(node.id);
  }
  return ids;
}

/** The merged edges' statements, in order (loops: a national landscape's folded edges merge thousands). */
function statementsOf(inside: readonly DrawnEdge[]): SourceRange[] {
  const statements: SourceRange[] = [];
  for (const edge of inside) if (edge.statements) for (const statement of edge.statements) statements.push(statement);
  return statements;
}

/** The merged edges' tooltip lines, each once, in order, the first TOOLTIP_LINES of them. */
export function mergedTooltip(inside: readonly DrawnEdge[], words: DiagramWords): string {
  const lines = new Set<string>();
  for (const { tooltip } of inside) {
    // Most tooltips are one line: added whole, not split into an array first.
    if (!tooltip.includes('\n')) lines.add(tooltip);
    else for (const line of tooltip.split('\n')) lines.add(line);
  }
  const shown = firstInOrder(lines, TOOLTIP_LINES);
  if (lines.size > TOOLTIP_LINES) shown.push(words.overview.more({ count: lines.size - TOOLTIP_LINES }));
  return shown.join('\n');
}
