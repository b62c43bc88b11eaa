// A view layout without the view graph in it: only positions, sizes and wrapped text. This is
// what the cache stores and what worker threads send back; attaching the graph makes a ViewLayout.
import type { ViewGraph } from '@gea-arch/core';
import type { Box, Point, TextBlock, ViewLayout } from './types.js';

export interface NodeGeometry extends Box {
  readonly label: TextBlock;
  readonly detail?: TextBlock;
}

export interface GroupGeometry extends Box {
  /** Index of the group in the graph's `groups`. */
  readonly index: number;
  readonly label: TextBlock;
}

export interface EdgeGeometry {
  readonly points: readonly Point[];
  readonly label?: Box & { readonly text: TextBlock; readonly key?: number };
}

export interface LayoutGeometry {
  readonly width: number;
  readonly height: number;
  /** In the graph's node order. */
  readonly nodes: readonly NodeGeometry[];
  /** In drawing order: parents before children. */
  readonly groups: readonly GroupGeometry[];
  /** In the graph's edge order. */
  readonly edges: readonly EdgeGeometry[];
  /** Which candidate layout was kept. */
  readonly plan?: string;
  /** What went wrong on the way to this layout, each naming the view. */
  readonly warnings?: readonly string[];
}

export function attachGraph(graph: ViewGraph, geometry: LayoutGeometry): ViewLayout {
  return {
    graph,
    width: geometry.width,
    height: geometry.height,
    nodes: geometry.nodes.map((placed, index) => ({ ...placed, node: graph.nodes[index]! })),
    groups: geometry.groups.map(({ index, ...placed }) => ({ ...placed, group: graph.groups[index]! })),
    edges: geometry.edges.map((placed, index) => ({ ...placed, edge: graph.edges[index]! })),
    ...(geometry.plan !== undefined ? { plan: geometry.plan } : {}),
    ...(geometry.warnings !== undefined ? { warnings: geometry.warnings } : {}),
  };
}

export function detachGraph(layout: ViewLayout): LayoutGeometry {
  const groupIndex = new Map(layout.graph.groups.map((group, index) => [group, index]));
  return {
    width: layout.width,
    height: layout.height,
    nodes: layout.nodes.map(({ node: _node, ...placed }) => placed),
    groups: layout.groups.map(({ group, ...placed }) => ({ index: groupIndex.get(group)!, ...placed })),
    edges: layout.edges.map(({ edge: _edge, ...placed }) => placed),
    ...(layout.plan !== undefined ? { plan: layout.plan } : {}),
    ...(layout.warnings !== undefined ? { warnings: layout.warnings } : {}),
  };
}

/** True when `geometry` has one entry per node, group and edge of `graph` (a cache file may not). */
export function fitsGraph(geometry: LayoutGeometry, graph: ViewGraph): boolean {
  return (
    geometry.nodes.length === graph.nodes.length &&
    geometry.groups.length === graph.groups.length &&
    geometry.edges.length === graph.edges.length &&
    geometry.groups.every((group) => Number.isInteger(group.index) && graph.groups[group.index] !== undefined)
  );
}
