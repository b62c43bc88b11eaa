// Which group holds which: a group's parent and a node's group, resolved against the groups the
// view actually has (a missing or cyclic parent puts the group at the top level).
import type { ViewGraph } from '@gea-arch/core';

export interface GroupTree {
  /** For each group (graph order): the index of its parent group, or -1 at the top level. */
  readonly groupParent: readonly number[];
  /** For each node (graph order): the index of its group, or -1 at the top level. */
  readonly nodeGroup: readonly number[];
  /** For each group: 0 at the top level, 1 inside a top-level group, … */
  readonly groupDepth: readonly number[];
}

export function resolveGroupTree(graph: Pick<ViewGraph, 'nodes' | 'groups'>): GroupTree {
  const indexById = new Map<string, number>();
  graph.groups.forEach((group, index) => {
    if (!indexById.has(group.id)) indexById.set(group.id, index);
  });
  const declaredParent = graph.groups.map((group, index) => {
    const parent = group.parent === undefined ? -1 : (indexById.get(group.parent) ?? -1);
    return parent === index ? -1 : parent;
  });
  const groupParent = declaredParent.map((parent, index) => (inCycle(index, declaredParent) ? -1 : parent));
  const groupDepth = groupParent.map((_, index) => {
    let depth = 0;
    for (let at = groupParent[index]!; at !== -1; at = groupParent[at]!) depth++;
    return depth;
  });
  const nodeGroup = graph.nodes.map((node) => (node.group === undefined ? -1 : (indexById.get(node.group) ?? -1)));
  return { groupParent, nodeGroup, groupDepth };
}

/** True when following parents from `start` comes back to `start`. */
function inCycle(start: number, parent: readonly number[]): boolean {
  const seen = new Set<number>();
  for (let at = parent[start]!; at !== -1 && !seen.has(at); at = parent[at]!) {
    if (at === start) return true;
    seen.add(at);
  }
  return false;
}
