// The view as the text renderings write it: groups nested in their parents with their nodes inside,
// every node and group under its identifier, and every edge with the identifiers of its two ends.
import type { ViewEdge, ViewGraph, ViewGroup, ViewNode } from '@gea-arch/core';
import { resolveGroupTree } from '../layout/group-tree.js';
import { assignIdentifiers, type TextIdentifiers } from './identifiers.js';

export interface OutlineNode {
  readonly node: ViewNode;
  readonly ident: string;
}

export interface OutlineGroup {
  readonly group: ViewGroup;
  readonly ident: string;
  /** In graph order: the group's own nodes, then the groups nested in it. */
  readonly nodes: readonly OutlineNode[];
  readonly groups: readonly OutlineGroup[];
}

export interface OutlineEdge {
  readonly edge: ViewEdge;
  readonly from: string;
  readonly to: string;
}

export interface ViewOutline {
  /** Nodes outside every group. */
  readonly nodes: readonly OutlineNode[];
  /** Groups at the top level. */
  readonly groups: readonly OutlineGroup[];
  readonly edges: readonly OutlineEdge[];
}

/**
 * Throws on what the view-graph contract rules out (two nodes or two groups with one id, an edge
 * whose end is neither a node nor a group), since either would give text that draws something else.
 * `identifiers` are the view's own by default; a language with stricter names passes its own.
 */
export function outlineView(graph: ViewGraph, identifiers: TextIdentifiers = assignIdentifiers(graph)): ViewOutline {
  requireDistinct(graph.nodes, 'node', graph.id);
  requireDistinct(graph.groups, 'group', graph.id);
  const tree = resolveGroupTree(graph);
  const nodesIn = (groupIndex: number): OutlineNode[] =>
    graph.nodes.filter((_, index) => tree.nodeGroup[index] === groupIndex).map((node) => ({ node, ident: identifiers.node(node.id)! }));
  const groupsIn = (parentIndex: number): OutlineGroup[] =>
    graph.groups.flatMap((group, index) =>
      tree.groupParent[index] === parentIndex
        ? [{ group, ident: identifiers.group(group.id)!, nodes: nodesIn(index), groups: groupsIn(index) }]
        : [],
    );
  const end = (edge: ViewEdge, id: string): string => {
    const ident = identifiers.node(id) ?? identifiers.group(id);
    if (ident === undefined)
      throw new Error(`view ${graph.id}: edge ${edge.id} ends at ${id}, which is neither a node nor a group of the view`);
    return ident;
  };
  return {
    nodes: nodesIn(-1),
    groups: groupsIn(-1),
    edges: graph.edges.map((edge) => ({ edge, from: end(edge, edge.from), to: end(edge, edge.to) })),
  };
}

function requireDistinct(items: readonly { readonly id: string }[], what: string, viewId: string): void {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) throw new Error(`view ${viewId}: two ${what}s have the id ${id}`);
    seen.add(id);
  }
}
