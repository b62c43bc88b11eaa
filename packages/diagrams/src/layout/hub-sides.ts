// A view drawn around a hub (the landscape of agencies: every exchange runs through ХУР; an
// agency's context: every edge meets the agency) has one top-level node or group that most edges
// meet. Layered left to itself, everything else lands in one layer beside it, a long strip, and
// whatever the hub sends out runs backwards around the drawing. Put on two sides of the hub
// instead, what sends to it before and what it sends to after, the drawing has three layers of
// half the length each and edges that run one way.
import type { ViewGraph } from '@gea-arch/core';
import type { GroupTree } from './group-tree.js';
import { partEnds, topLevelParts } from './top-level-parts.js';

/** A node or group is the hub when at least this share of the edges between top-level parts meet it. */
const HUB_SHARE = 0.5;

/** Fewer top-level parts than this around a hub fit on one side. */
const HUB_SIDES_MIN_PARTS = 8;

/** The hub: the ELK id of a top-level node or group, and the top-level part (ELK id) of every node. */
export interface Hub {
  readonly id: string;
  readonly partOf: readonly string[];
}

/** The view's hub, when it has one. */
export function findHub(graph: ViewGraph, tree: GroupTree): Hub | undefined {
  const partOf = topLevelParts(graph, tree);
  const parts = new Set(partOf);
  if (parts.size < HUB_SIDES_MIN_PARTS) return undefined;
  const degree = new Map<string, number>();
  let between = 0;
  for (const [from, to] of partEnds(graph, partOf)) {
    if (from === to) continue;
    between++;
    degree.set(from, (degree.get(from) ?? 0) + 1);
    degree.set(to, (degree.get(to) ?? 0) + 1);
  }
  if (between === 0) return undefined;
  let hub: string | undefined;
  for (const part of parts) {
    const own = degree.get(part) ?? 0;
    if (own >= HUB_SHARE * between && (hub === undefined || own > degree.get(hub)!)) hub = part;
  }
  return hub === undefined ? undefined : { id: hub, partOf };
}

/**
 * The layer band of every top-level part, by ELK id: 0 before the hub, 1 the hub, 2 after it (with
 * two bands a side: 0 and 1 before, 2 the hub, 3 and 4 after).
 * Parts that send more to the hub than they get from it go before; the split is even by the
 * nodes each side holds, so both sides are about as long. Parts the hub does not meet go on the side of their first neighbour that
 * has one, else before.
 */
export function hubSides(graph: ViewGraph, hub: Hub, bandsPerSide: 1 | 2 = 1): Map<string, number> {
  const ends = partEnds(graph, hub.partOf).filter(([from, to]) => from !== to);
  const balance = new Map<string, number>();
  for (const [from, to] of ends) {
    if (to === hub.id) balance.set(from, (balance.get(from) ?? 0) + 1);
    if (from === hub.id) balance.set(to, (balance.get(to) ?? 0) - 1);
  }
  const order = [...new Set(hub.partOf)];
  const around = order.filter((part) => balance.has(part));
  around.sort((a, b) => balance.get(b)! - balance.get(a)! || order.indexOf(a) - order.indexOf(b));
  // Even by the nodes each side holds (a part's weight is its node count: 1 for a node).
  const weight = new Map<string, number>();
  for (const part of hub.partOf) weight.set(part, (weight.get(part) ?? 0) + 1);
  const total = around.reduce((sum, part) => sum + weight.get(part)!, 0);
  // Band by where the part's middle falls: before the hub in the first half, in two bands a side
  // (0 and 1 before the hub at 2, 3 and 4 after) when one column a side is too long.
  const bands = bandsPerSide === 1 ? [0, 2] : [0, 1, 3, 4];
  const hubBand = bandsPerSide === 1 ? 1 : 2;
  const side = new Map<string, number>();
  let passed = 0;
  for (const part of around) {
    const middle = passed + weight.get(part)! / 2;
    side.set(part, bands[Math.max(0, Math.ceil((middle / total) * bands.length) - 1)]!);
    passed += weight.get(part)!;
  }
  side.set(hub.id, hubBand);
  for (const part of order) {
    if (side.has(part)) continue;
    const neighbour = ends
      .map(([from, to]) => (from === part ? to : to === part ? from : undefined))
      .find((other) => other !== undefined && other !== hub.id && side.has(other));
    side.set(part, neighbour === undefined ? 0 : side.get(neighbour)!);
  }
  return side;
}
