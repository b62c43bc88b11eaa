// The layout of last resort, made without ELK so it cannot fail: nodes and groups in rows inside
// their groups, edges as elbows from border to border, labels numbered at their routes' middles.
import type { ViewGraph } from '@gea-arch/core';
import type { Fonts } from '../fonts/fonts.js';
import { resolveGroupTree } from './group-tree.js';
import type { EdgeGeometry, GroupGeometry, LayoutGeometry, NodeGeometry } from './layout-geometry.js';
import { GROUP_TEXT, numberedEdgeLabels, sizeView } from './node-sizes.js';
import type { Box, Point } from './types.js';

const GAP = 32;
const MARGIN = 16;

interface Item {
  readonly kind: 'node' | 'group';
  readonly index: number;
  width: number;
  height: number;
}

export function gridLayout(graph: ViewGraph, fonts: Fonts): LayoutGeometry {
  const sizes = sizeView(fonts, graph);
  const labels = numberedEdgeLabels(fonts, graph);
  const tree = resolveGroupTree(graph);
  const members = (container: number): Item[] => [
    ...graph.groups.flatMap((_, index) =>
      tree.groupParent[index] === container ? [{ kind: 'group' as const, index, width: 0, height: 0 }] : [],
    ),
    ...graph.nodes.flatMap((_, index) =>
      tree.nodeGroup[index] === container
        ? [{ kind: 'node' as const, index, width: sizes.nodes[index]!.width, height: sizes.nodes[index]!.height }]
        : [],
    ),
  ];
  const offsets = new Map<string, { item: Item; x: number; y: number }[]>();
  // Sizes bottom-up: a group is as large as its members in rows, plus its header and padding.
  const arrange = (container: number): { width: number; height: number } => {
    const items = members(container);
    for (const item of items) {
      if (item.kind === 'group') {
        const inner = arrange(item.index);
        const size = sizes.groups[item.index]!;
        item.width = Math.max(size.minWidth, inner.width + 2 * GROUP_TEXT.padding);
        item.height = size.headerHeight + inner.height + GROUP_TEXT.padding;
      }
    }
    const area = items.reduce((sum, item) => sum + (item.width + GAP) * (item.height + GAP), 0);
    const rowWidth = Math.max(Math.sqrt(area) * 1.4, ...items.map((item) => item.width));
    const placed: { item: Item; x: number; y: number }[] = [];
    let x = 0;
    let y = 0;
    let rowHeight = 0;
    let width = 0;
    for (const item of items) {
      if (x > 0 && x + item.width > rowWidth) {
        x = 0;
        y += rowHeight + GAP;
        rowHeight = 0;
      }
      placed.push({ item, x, y });
      x += item.width + GAP;
      width = Math.max(width, x - GAP);
      rowHeight = Math.max(rowHeight, item.height);
    }
    offsets.set(String(container), placed);
    return { width, height: y + rowHeight };
  };
  const whole = arrange(-1);
  const nodeBoxes: Box[] = [];
  const groupBoxes = new Map<number, Box>();
  const place = (container: number, originX: number, originY: number): void => {
    for (const { item, x, y } of offsets.get(String(container)) ?? []) {
      const box = { x: originX + x, y: originY + y, width: item.width, height: item.height };
      if (item.kind === 'node') nodeBoxes[item.index] = box;
      else {
        groupBoxes.set(item.index, box);
        place(item.index, box.x + GROUP_TEXT.padding, box.y + sizes.groups[item.index]!.headerHeight);
      }
    }
  };
  place(-1, MARGIN, MARGIN);

  const nodes = graph.nodes.map((_, index): NodeGeometry => {
    const size = sizes.nodes[index]!;
    return { ...nodeBoxes[index]!, label: size.label, ...(size.detail ? { detail: size.detail } : {}) };
  });
  const groups = graph.groups
    .map((_, index) => index)
    .sort((a, b) => tree.groupDepth[a]! - tree.groupDepth[b]! || a - b)
    .map((index): GroupGeometry => ({ index, ...groupBoxes.get(index)!, label: sizes.groups[index]!.label }));
  const indexOf = new Map(graph.nodes.map((node, index) => [node.id, index]));
  // Edges between the same two nodes share a route: their labels go one after another along it.
  const pairs = new Map<string, number>();
  const pairKey = (edge: ViewGraph['edges'][number]) => [edge.from, edge.to].sort().join('\u0000');
  for (const edge of graph.edges) pairs.set(pairKey(edge), (pairs.get(pairKey(edge)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const edges = graph.edges.map((edge, index): EdgeGeometry => {
    const points = elbow(nodeBoxes[indexOf.get(edge.from) ?? 0]!, nodeBoxes[indexOf.get(edge.to) ?? 0]!);
    const label = labels[index];
    if (!label) return { points };
    const repeat = seen.get(pairKey(edge)) ?? 0;
    seen.set(pairKey(edge), repeat + 1);
    const middle = pointAlong(points, (repeat + 1) / (pairs.get(pairKey(edge))! + 1));
    return {
      points,
      label: {
        x: middle.x - label.width / 2,
        y: middle.y - label.height / 2,
        width: label.width,
        height: label.height,
        text: label.text,
        key: label.key!,
      },
    };
  });
  return { width: whole.width + 2 * MARGIN, height: whole.height + 2 * MARGIN, nodes, groups, edges, plan: 'grid' };
}

/** The point `share` of the way along a route, by length. */
function pointAlong(points: readonly Point[], share: number): Point {
  const lengths = points.slice(1).map((point, index) => Math.abs(point.x - points[index]!.x) + Math.abs(point.y - points[index]!.y));
  let remaining = lengths.reduce((sum, length) => sum + length, 0) * share;
  for (const [index, length] of lengths.entries()) {
    const from = points[index]!;
    const to = points[index + 1]!;
    if (remaining <= length && length > 0)
      return { x: from.x + ((to.x - from.x) * remaining) / length, y: from.y + ((to.y - from.y) * remaining) / length };
    remaining -= length;
  }
  return points[points.length - 1]!;
}

/** From the side of `from` facing `to` to the side of `to` facing back, turning halfway. */
function elbow(from: Box, to: Box): Point[] {
  const centre = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  const a = centre(from);
  const b = centre(to);
  if (to.x >= from.x + from.width || from.x >= to.x + to.width) {
    const rightwards = b.x > a.x;
    const start = { x: rightwards ? from.x + from.width : from.x, y: a.y };
    const end = { x: rightwards ? to.x : to.x + to.width, y: b.y };
    const middle = (start.x + end.x) / 2;
    return start.y === end.y ? [start, end] : [start, { x: middle, y: start.y }, { x: middle, y: end.y }, end];
  }
  const downwards = b.y > a.y;
  const start = { x: a.x, y: downwards ? from.y + from.height : from.y };
  const end = { x: b.x, y: downwards ? to.y : to.y + to.height };
  const middle = (start.y + end.y) / 2;
  return start.x === end.x ? [start, end] : [start, { x: start.x, y: middle }, { x: end.x, y: middle }, end];
}
