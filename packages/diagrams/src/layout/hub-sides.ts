// A view drawn around a hub (the landscape of agencies: every exchange runs through ХУР) has one
// node that most edges meet. Layered left to itself, every other node lands in one layer beside
// it, a strip of 5 : 1. Put on two sides of the hub instead, half before it and half after, the
// drawing has three layers of half the length each.
import type { ViewGraph } from '@gea-arch/core';

/** A node is the hub when at least this share of the view's edges meet it. */
const HUB_SHARE = 0.5;

/** Fewer nodes than this around a hub fit on one side. */
const HUB_SIDES_MIN_NODES = 8;

/** The hub's index in the graph's nodes, when the view has one and no groups (a hub inside a group cannot be a layer of its own). */
export function findHub(graph: ViewGraph): number | undefined {
  if (graph.groups.length > 0 || graph.nodes.length < HUB_SIDES_MIN_NODES || graph.edges.length === 0) return undefined;
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
  }
  let hub: number | undefined;
  graph.nodes.forEach((node, index) => {
    const own = degree.get(node.id) ?? 0;
    if (own >= HUB_SHARE * graph.edges.length && (hub === undefined || own > (degree.get(graph.nodes[hub]!.id) ?? 0))) hub = index;
  });
  return hub;
}

/**
 * The layer band of every node: 0 before the hub, 1 the hub, 2 after it. Nodes that send more to
 * the hub than they get from it go before; the split is even, so both sides are as long. Nodes
 * the hub does not meet go on the side of their first neighbour that has one, else before.
 */
export function hubSides(graph: ViewGraph, hub: number): number[] {
  const hubId = graph.nodes[hub]!.id;
  const balance = new Map<string, number>();
  for (const edge of graph.edges) {
    if (edge.to === hubId) balance.set(edge.from, (balance.get(edge.from) ?? 0) + 1);
    if (edge.from === hubId) balance.set(edge.to, (balance.get(edge.to) ?? 0) - 1);
  }
  const around = graph.nodes.map((node, index) => ({ id: node.id, index })).filter(({ id }) => balance.has(id));
  around.sort((a, b) => balance.get(b.id)! - balance.get(a.id)! || a.index - b.index);
  const side = new Map<string, number>(around.map(({ id }, rank) => [id, rank < Math.ceil(around.length / 2) ? 0 : 2]));
  side.set(hubId, 1);
  for (const node of graph.nodes) {
    if (side.has(node.id)) continue;
    const neighbour = graph.edges
      .map((edge) => (edge.from === node.id ? edge.to : edge.to === node.id ? edge.from : undefined))
      .find((id) => id !== undefined && id !== hubId && side.has(id));
    side.set(node.id, neighbour === undefined ? 0 : side.get(neighbour)!);
  }
  return graph.nodes.map((node) => side.get(node.id)!);
}
