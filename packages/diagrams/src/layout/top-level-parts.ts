// The top-level parts of a view (a top-level node, or a top-level group with all it holds) and the
// parts each edge runs between: what arranging a view as a whole (hub-sides.ts, one-way.ts) works on.
import type { ViewGraph } from '@gea-arch/core';
import { elkGroupId, elkNodeId } from './elk-graph.js';
import type { GroupTree } from './group-tree.js';

/** For each node, the ELK id of the top-level node or group it is drawn in. */
export function topLevelParts(graph: ViewGraph, tree: GroupTree): string[] {
  return graph.nodes.map((_, index) => {
    let group = tree.nodeGroup[index]!;
    if (group === -1) return elkNodeId(index);
    while (tree.groupParent[group] !== -1) group = tree.groupParent[group]!;
    return elkGroupId(group);
  });
}

/** For each edge (graph order), the top-level parts it runs between; undefined for an end that is not a node of the view. */
export function edgeParts(graph: ViewGraph, partOf: readonly string[]): ([string, string] | undefined)[] {
  const indexById = new Map<string, number>();
  graph.nodes.forEach((node, index) => {
    if (!indexById.has(node.id)) indexById.set(node.id, index);
  });
  return graph.edges.map((edge) => {
    const from = indexById.get(edge.from);
    const to = indexById.get(edge.to);
    return from === undefined || to === undefined ? undefined : [partOf[from]!, partOf[to]!];
  });
}

/** The top-level parts each edge runs between, for the edges whose ends are both nodes of the view. */
export function partEnds(graph: ViewGraph, partOf: readonly string[]): [string, string][] {
  return edgeParts(graph, partOf).filter((ends) => ends !== undefined);
}
