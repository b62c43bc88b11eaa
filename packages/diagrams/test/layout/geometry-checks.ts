// Geometric checks shared by the layout tests: overlap, containment, points on a box's border.
import type { Box, Point, ViewLayout } from '../../src/layout/types.js';

/** True when the interiors of two boxes intersect (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function contains(outer: Box, inner: Box, tolerance = 0.05): boolean {
  return (
    inner.x >= outer.x - tolerance &&
    inner.y >= outer.y - tolerance &&
    inner.x + inner.width <= outer.x + outer.width + tolerance &&
    inner.y + inner.height <= outer.y + outer.height + tolerance
  );
}

/** Distance from a point to the outline of a box (0 on the border). */
export function distanceToBorder(point: Point, box: Box): number {
  const insideX = point.x >= box.x && point.x <= box.x + box.width;
  const insideY = point.y >= box.y && point.y <= box.y + box.height;
  const dx = Math.max(box.x - point.x, 0, point.x - (box.x + box.width));
  const dy = Math.max(box.y - point.y, 0, point.y - (box.y + box.height));
  if (insideX && insideY) {
    return Math.min(point.x - box.x, box.x + box.width - point.x, point.y - box.y, box.y + box.height - point.y);
  }
  return Math.hypot(dx, dy);
}

/** Every pair of boxes that overlap, by name, for a readable failure. */
export function overlappingPairs(boxes: readonly (Box & { readonly name: string })[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlaps(boxes[i]!, boxes[j]!)) pairs.push(`${boxes[i]!.name} × ${boxes[j]!.name}`);
    }
  }
  return pairs;
}

/** Problems with a layout as a list of sentences; empty when every invariant holds. */
export function layoutProblems(layout: ViewLayout): string[] {
  const problems: string[] = [];
  const nodeBoxes = layout.nodes.map((placed) => ({ ...box(placed), name: placed.node.id }));
  problems.push(...overlappingPairs(nodeBoxes).map((pair) => `nodes overlap: ${pair}`));

  const groupBox = new Map(layout.groups.map((placed) => [placed.group.id, placed]));
  for (const placed of layout.nodes) {
    const group = placed.node.group === undefined ? undefined : groupBox.get(placed.node.group);
    if (group && !contains(group, placed)) problems.push(`group ${group.group.id} does not contain node ${placed.node.id}`);
    for (const other of layout.groups) {
      if (!isInside(placed.node.group, other.group.id, layout) && overlaps(other, placed)) {
        problems.push(`node ${placed.node.id} overlaps group ${other.group.id} it is not in`);
      }
    }
  }
  for (const placed of layout.groups) {
    const parent = placed.group.parent === undefined ? undefined : groupBox.get(placed.group.parent);
    if (parent && !contains(parent, placed)) problems.push(`group ${parent.group.id} does not contain group ${placed.group.id}`);
  }
  for (const placed of layout.edges) {
    const from = layout.nodes.find((n) => n.node.id === placed.edge.from)!;
    const to = layout.nodes.find((n) => n.node.id === placed.edge.to)!;
    const points = placed.points;
    if (points.length < 2) {
      problems.push(`edge ${placed.edge.id} has ${points.length} points`);
      continue;
    }
    if (distanceToBorder(points[0]!, from) > 1) problems.push(`edge ${placed.edge.id} does not start on ${from.node.id}`);
    if (distanceToBorder(points[points.length - 1]!, to) > 1) problems.push(`edge ${placed.edge.id} does not end on ${to.node.id}`);
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      if (Math.abs(a.x - b.x) > 0.15 && Math.abs(a.y - b.y) > 0.15) problems.push(`edge ${placed.edge.id} has a diagonal segment`);
    }
    if (placed.label) {
      for (const other of nodeBoxes) {
        if (overlaps(placed.label, other)) problems.push(`label of edge ${placed.edge.id} overlaps node ${other.name}`);
      }
    }
  }
  const labelBoxes = layout.edges.flatMap((placed) => (placed.label ? [{ ...box(placed.label), name: placed.edge.id }] : []));
  problems.push(...overlappingPairs(labelBoxes).map((pair) => `edge labels overlap: ${pair}`));
  return problems;
}

function box(shape: Box): Box {
  return { x: shape.x, y: shape.y, width: shape.width, height: shape.height };
}

/** True when group `groupId` is the node's group or one of its ancestors. */
function isInside(nodeGroup: string | undefined, groupId: string, layout: ViewLayout): boolean {
  for (let at = nodeGroup; at !== undefined; at = layout.graph.groups.find((g) => g.id === at)?.parent) {
    if (at === groupId) return true;
  }
  return false;
}
