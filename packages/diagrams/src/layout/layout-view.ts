// Lays out one view with ELK and turns ELK's answer into a ViewLayout: absolute boxes for nodes
// and groups, edge routes from border to border, label boxes, all rounded to 0.1 px.
import ElkModule from 'elkjs/lib/elk.bundled.js';
import type { ELK, ElkEdgeSection, ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api.js';
import type { ViewGraph } from '@gea-arch/core';
import type { Fonts } from '../fonts/fonts.js';
import { buildElkGraph, elkEdgeId, elkGroupId, elkNodeId } from './elk-graph.js';
import { elkOptionsFor } from './elk-options.js';
import { resolveGroupTree, type GroupTree } from './group-tree.js';
import { attachGraph, type EdgeGeometry, type GroupGeometry, type LayoutGeometry, type NodeGeometry } from './layout-geometry.js';
import { sizeView, type ViewSizes } from './node-sizes.js';
import type { Box, Point, ViewLayout } from './types.js';

export interface LayoutViewOptions {
  /** ELK options laid over the chosen ones (benchmarks try others). */
  readonly elkOptions?: Readonly<LayoutOptions>;
}

/** Lays out one view, its text measured with `fonts`. */
export async function layoutView(graph: ViewGraph, fonts: Fonts, options: LayoutViewOptions = {}): Promise<ViewLayout> {
  return attachGraph(graph, await layoutGeometry(graph, fonts, options));
}

/** What a layout is computed from: measured sizes, the group tree, and the graph ELK is given. */
export interface LayoutInput {
  readonly sizes: ViewSizes;
  readonly tree: GroupTree;
  readonly elkGraph: ElkNode;
}

export function layoutInput(graph: ViewGraph, fonts: Fonts, options: LayoutViewOptions = {}): LayoutInput {
  const sizes = sizeView(fonts, graph);
  const tree = resolveGroupTree(graph);
  const elkOptions = elkOptionsFor(graph.nodes.length, options.elkOptions);
  return { sizes, tree, elkGraph: buildElkGraph(graph, sizes, tree, elkOptions) };
}

/** The layout without the graph attached: what workers send back and the cache stores. */
export async function layoutGeometry(graph: ViewGraph, fonts: Fonts, options: LayoutViewOptions = {}): Promise<LayoutGeometry> {
  const { sizes, tree, elkGraph } = layoutInput(graph, fonts, options);
  const placed = await elkEngine().layout(elkGraph);
  const boxes = absoluteBoxes(placed);
  const boxOf = (id: string): Box => {
    const box = boxes.get(id);
    if (!box) throw new Error(`view '${graph.id}': ELK returned no box for '${id}'`);
    return box;
  };
  const edgesById = new Map((placed.edges ?? []).map((edge) => [edge.id, edge]));

  const nodes = graph.nodes.map((_, index): NodeGeometry => {
    const size = sizes.nodes[index]!;
    return { ...boxOf(elkNodeId(index)), label: size.label, ...(size.detail ? { detail: size.detail } : {}) };
  });
  const groupOrder = graph.groups.map((_, index) => index).sort((a, b) => tree.groupDepth[a]! - tree.groupDepth[b]! || a - b);
  const groups = groupOrder.map((index): GroupGeometry => ({ index, ...boxOf(elkGroupId(index)), label: sizes.groups[index]!.label }));
  const edges = graph.edges.map((edge, index): EdgeGeometry => {
    const placedEdge = edgesById.get(elkEdgeId(index));
    const points = placedEdge ? routePoints(placedEdge) : [];
    if (points.length < 2) throw new Error(`view '${graph.id}': ELK returned no route for edge '${edge.id}'`);
    const labelSize = sizes.edgeLabels[index];
    const labelBox = placedEdge?.labels?.[0];
    return {
      points,
      ...(labelSize && labelBox ? { label: { ...roundBox(labelBox, 0, 0), text: labelSize.text } } : {}),
    };
  });
  return { width: round(placed.width ?? 0), height: round(placed.height ?? 0), nodes, groups, edges };
}

// elkjs is CommonJS: under Node the default import is `module.exports`, whose `default` is the class.
type ElkConstructor = typeof ElkModule.default;
const Elk: ElkConstructor = (ElkModule as unknown as { default?: ElkConstructor }).default ?? (ElkModule as unknown as ElkConstructor);
let engine: ELK | undefined;

/** One ELK per thread; it keeps no state between layouts. */
function elkEngine(): ELK {
  engine ??= new Elk();
  return engine;
}

/** ELK gives child positions relative to their parent; walk down adding the offsets. */
function absoluteBoxes(root: ElkNode): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const visit = (node: ElkNode, offsetX: number, offsetY: number): void => {
    for (const child of node.children ?? []) {
      const x = offsetX + (child.x ?? 0);
      const y = offsetY + (child.y ?? 0);
      boxes.set(child.id, roundBox(child, offsetX, offsetY));
      visit(child, x, y);
    }
  };
  visit(root, 0, 0);
  return boxes;
}

/** Start point, bends, end point of every section in order (ELK gives one section per edge here). */
function routePoints(edge: ElkExtendedEdge): Point[] {
  const points: Point[] = [];
  const add = (point: { x: number; y: number }): void => {
    const rounded = { x: round(point.x), y: round(point.y) };
    const last = points[points.length - 1];
    if (!last || last.x !== rounded.x || last.y !== rounded.y) points.push(rounded);
  };
  for (const section of edge.sections ?? ([] as ElkEdgeSection[])) {
    add(section.startPoint);
    for (const bend of section.bendPoints ?? []) add(bend);
    add(section.endPoint);
  }
  return straighten(points);
}

/**
 * Where an edge crosses a group's border ELK can leave a segment a fraction of a pixel off the
 * horizontal or vertical. Each such segment is made straight by moving its far end, so the fix
 * carries along the route and the last point slides along its node's border, never off it.
 */
function straighten(points: readonly Point[]): Point[] {
  const straight: Point[] = [];
  for (const point of points) {
    const previous = straight[straight.length - 1];
    let next = point;
    if (previous) {
      const dx = Math.abs(point.x - previous.x);
      const dy = Math.abs(point.y - previous.y);
      if (dy > 0 && dy < 1 && dx >= dy) next = { x: point.x, y: previous.y };
      else if (dx > 0 && dx < 1 && dy > dx) next = { x: previous.x, y: point.y };
      if (next.x === previous.x && next.y === previous.y) continue;
    }
    straight.push(next);
  }
  return straight;
}

function roundBox(shape: { x?: number; y?: number; width?: number; height?: number }, offsetX: number, offsetY: number): Box {
  return {
    x: round(offsetX + (shape.x ?? 0)),
    y: round(offsetY + (shape.y ?? 0)),
    width: round(shape.width ?? 0),
    height: round(shape.height ?? 0),
  };
}

/** To 0.1 px, without a negative zero, so the same layout always prints the same bytes. */
function round(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? 0 : rounded;
}
