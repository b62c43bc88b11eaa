// Lays out one view with ELK and turns ELK's answer into a ViewLayout: absolute boxes for nodes
// and groups, edge routes from border to border, label boxes, all rounded to 0.1 px.
import type ElkModule from 'elkjs/lib/elk.bundled.js';
import type { ELK, ElkEdgeSection, ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api.js';
import type { ViewGraph } from '@gea-arch/core';
import type { Fonts } from '../fonts/fonts.js';
import { buildBundledElkGraph, type SegmentChains } from './bundled-graph.js';
import { buildElkGraph, elkEdgeId, elkGroupId, elkNodeId } from './elk-graph.js';
import { COMPACT_SPACING, elkOptionsFor, THOROUGH_ORDERING } from './elk-options.js';
import { resolveGroupTree, type GroupTree } from './group-tree.js';
import { attachGraph, type EdgeGeometry, type GroupGeometry, type LayoutGeometry, type NodeGeometry } from './layout-geometry.js';
import { numberedEdgeLabels, sizeView, type ViewSizes } from './node-sizes.js';
import { chooseLayout, planName } from './choose-layout.js';
import { gridLayout } from './grid-layout.js';
import { fitShape } from './fit-shape.js';
import { READABILITY_LIMITS } from '../quality/readability.js';
import { placeNumberedLabels } from './place-numbered-labels.js';
import type { RouteObstacles } from './route-checks.js';
import { simplifyRoutes } from './simplify-routes.js';
import { findHub, hubSides } from './hub-sides.js';
import { againstTheFlow } from './one-way.js';
import type { Box, Point, ViewLayout } from './types.js';

/** How one candidate layout is made: nesting of groups, flow direction, and how edge labels are shown. */
export interface LayoutPlan {
  /** `bundled`: each group laid out on its own with ports, edges between groups bundled; `nested`: one layout across groups. */
  readonly hierarchy: 'nested' | 'bundled';
  readonly direction: 'RIGHT' | 'DOWN';
  /** `inline`: each label's text on its edge; `numbered`: a number on the edge, its text in the legend's key. */
  readonly labels: 'inline' | 'numbered';
  /**
   * Nested only: start ELK's ordering of nodes and groups within their layers from a layout of
   * the same view without groups (which has far fewer crossings), instead of from the graph's order.
   */
  readonly seeded?: boolean;
  /** Nested: the hub (a node or group most edges meet) in a layer of its own, the rest half before it, half after (hub-sides.ts). */
  readonly hub?: boolean;
  /** With `hub`: the parts on each side in two layers instead of one, for a side too long for one column. */
  readonly wideHub?: boolean;
  /** ELK's random seed when not 1: its ordering of nodes within layers starts from another shuffle. */
  readonly randomSeed?: number;
  /** Less room between nodes, edges and layers (`COMPACT_SPACING`): for a view whose text is too small on A3. */
  readonly compact?: boolean;
  /** Nested: edges between two top-level parts laid out as if they all ran the way most of them run (one-way.ts). */
  readonly oneWay?: boolean;
  /** ELK's ordering of nodes within layers tried harder (`THOROUGH_ORDERING`): for a view over on crossings. */
  readonly thorough?: boolean;
}

export interface LayoutViewOptions {
  /** ELK options laid over the chosen ones (benchmarks try others). */
  readonly elkOptions?: Readonly<LayoutOptions>;
  /** Lay out with this plan only, instead of choosing among the candidates (benchmarks, tests). */
  readonly plan?: LayoutPlan;
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
  /** Bundled layouts: the ELK edges each edge of the graph runs along. */
  readonly chains?: SegmentChains;
  /** For each edge (graph order), true when ELK was given it the other way round (`oneWay`). */
  readonly reversed?: readonly boolean[];
}

export const DEFAULT_PLAN: LayoutPlan = { hierarchy: 'nested', direction: 'RIGHT', labels: 'inline' };

export function layoutInput(graph: ViewGraph, fonts: Fonts, options: LayoutViewOptions = {}): LayoutInput {
  const plan = options.plan ?? DEFAULT_PLAN;
  const measured = roomForEdges(sizeView(fonts, graph), graph, plan.direction);
  const sizes = plan.labels === 'numbered' ? { ...measured, edgeLabels: numberedEdgeLabels(fonts, graph) } : measured;
  const tree = resolveGroupTree(graph);
  const elkOptions = {
    ...elkOptionsFor(graph.nodes.length, options.elkOptions),
    'elk.direction': plan.direction,
    ...(plan.randomSeed !== undefined ? { 'elk.randomSeed': String(plan.randomSeed) } : {}),
    ...(plan.compact ? COMPACT_SPACING : {}),
    ...(plan.thorough ? THOROUGH_ORDERING : {}),
    ...options.elkOptions,
  };
  // Numbers are placed on their routes afterwards (place-numbered-labels.ts); ELK routes without them.
  const elkSizes = plan.labels === 'numbered' ? { ...sizes, edgeLabels: [] } : sizes;
  if (plan.hierarchy === 'bundled') {
    const { root, chains } = buildBundledElkGraph(graph, elkSizes, tree, elkOptions);
    return { sizes, tree, elkGraph: root, chains };
  }
  const elkGraph = buildElkGraph(graph, elkSizes, tree, elkOptions);
  const hub = plan.hub ? findHub(graph, tree) : undefined;
  if (hub !== undefined) placeAroundHub(elkGraph, hubSides(graph, hub, plan.wideHub ? 2 : 1));
  if (!plan.oneWay) return { sizes, tree, elkGraph };
  const reversed = againstTheFlow(graph, tree);
  for (const [index, edge] of (elkGraph.edges ?? []).entries()) {
    if (reversed[index]) [edge.sources, edge.targets] = [edge.targets, edge.sources];
  }
  return { sizes, tree, elkGraph, reversed };
}

/** The layout without the graph attached: what workers send back and the cache stores. */
export async function layoutGeometry(graph: ViewGraph, fonts: Fonts, options: LayoutViewOptions = {}): Promise<LayoutGeometry> {
  checkEdgeEnds(graph);
  if (options.plan) return layoutWithPlan(graph, fonts, options);
  return chooseLayout(
    graph,
    (plan) => layoutWithPlan(graph, fonts, { ...options, plan }),
    () => gridLayout(graph, fonts),
  );
}

/**
 * Orders the children of every container of `elkGraph` as a layout of the view without groups
 * places them across the flow (groups by the mean of the nodes they hold), and has ELK keep that
 * order where it can.
 */
async function seedOrder(
  graph: ViewGraph,
  fonts: Fonts,
  plan: LayoutPlan,
  elkGraph: ElkNode,
  elkOptions: Readonly<LayoutOptions> | undefined,
): Promise<void> {
  const flat: ViewGraph = { ...graph, groups: [], nodes: graph.nodes.map(({ group: _group, ...node }) => node) };
  const flatPlan: LayoutPlan = { hierarchy: 'nested', direction: plan.direction, labels: plan.labels };
  const placed = await (await elkEngine()).layout(layoutInput(flat, fonts, { plan: flatPlan, elkOptions }).elkGraph);
  const across = new Map<string, number>();
  for (const child of placed.children ?? []) {
    across.set(child.id, plan.direction === 'DOWN' ? (child.x ?? 0) + (child.width ?? 0) / 2 : (child.y ?? 0) + (child.height ?? 0) / 2);
  }
  const position = (node: ElkNode): number => {
    if (across.has(node.id)) return across.get(node.id)!;
    const inside = (node.children ?? []).map(position);
    const mean = inside.length === 0 ? 0 : inside.reduce((sum, value) => sum + value, 0) / inside.length;
    across.set(node.id, mean);
    return mean;
  };
  const order = (container: ElkNode): void => {
    const children = container.children ?? [];
    children.forEach(order);
    const ranked = children.map((child, index) => ({ child, index, at: position(child) }));
    ranked.sort((a, b) => a.at - b.at || a.index - b.index);
    container.children = ranked.map(({ child }) => child);
  };
  order(elkGraph);
  elkGraph.layoutOptions = { ...elkGraph.layoutOptions, 'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES' };
}

/** ELK's layers of the root kept in the bands given by ELK id (hub-sides.ts). */
function placeAroundHub(elkGraph: ElkNode, bands: ReadonlyMap<string, number>): void {
  elkGraph.layoutOptions = { ...elkGraph.layoutOptions, 'elk.partitioning.activate': 'true' };
  for (const child of elkGraph.children ?? []) {
    const band = bands.get(child.id);
    if (band !== undefined) child.layoutOptions = { ...child.layoutOptions, 'elk.partitioning.partition': String(band) };
  }
}

/** Room along a node's side for each edge that meets it there: edges enter and leave across the flow. */
export const EDGE_SPACING = 14;

/**
 * A node that many edges enter (or leave) gets a side long enough for each to meet it at its own
 * point, in line with where it comes from, instead of all squeezed together and bent to fit.
 */
function roomForEdges(sizes: ViewSizes, graph: ViewGraph, direction: LayoutPlan['direction']): ViewSizes {
  const incoming = new Map<string, number>();
  const outgoing = new Map<string, number>();
  for (const edge of graph.edges) {
    incoming.set(edge.to, (incoming.get(edge.to) ?? 0) + 1);
    outgoing.set(edge.from, (outgoing.get(edge.from) ?? 0) + 1);
  }
  const nodes = sizes.nodes.map((size, index) => {
    const id = graph.nodes[index]!.id;
    const side = (Math.max(incoming.get(id) ?? 0, outgoing.get(id) ?? 0) + 1) * EDGE_SPACING;
    if (direction === 'RIGHT' && side > size.height) return { ...size, height: side };
    if (direction === 'DOWN' && side > size.width) return { ...size, width: side };
    return size;
  });
  return { ...sizes, nodes };
}

/** An edge to a node the view does not have is the view's mistake, not the layout's: no candidate could draw it. */
function checkEdgeEnds(graph: ViewGraph): void {
  const ids = new Set(graph.nodes.map((node) => node.id));
  for (const edge of graph.edges) {
    const missing = !ids.has(edge.from) ? edge.from : !ids.has(edge.to) ? edge.to : undefined;
    if (missing !== undefined)
      throw new Error(`view '${graph.id}': edge '${edge.id}' ends at '${missing}', which is not a node of the view`);
  }
}

/** One candidate: ELK lays out the view as `options.plan` says. */
export async function layoutWithPlan(graph: ViewGraph, fonts: Fonts, options: LayoutViewOptions): Promise<LayoutGeometry> {
  const plan = options.plan ?? DEFAULT_PLAN;
  const { sizes, tree, elkGraph, chains, reversed } = layoutInput(graph, fonts, options);
  if (plan.seeded && plan.hierarchy === 'nested') await seedOrder(graph, fonts, plan, elkGraph, options.elkOptions);
  const placed = await (await elkEngine()).layout(elkGraph);
  const boxes = absoluteBoxes(placed);
  const boxOf = (id: string): Box => {
    const box = boxes.get(id);
    if (!box) throw new Error(`view '${graph.id}': ELK returned no box for '${id}'`);
    return box;
  };
  const nodeIndex = new Map<string, number>();
  graph.nodes.forEach((node, index) => {
    if (!nodeIndex.has(node.id)) nodeIndex.set(node.id, index);
  });
  const edgesById = new Map(allEdges(placed).map((edge) => [edge.id, edge]));
  const labelsById = new Map(allEdges(placed).flatMap((edge) => (edge.labels ?? []).map((label) => [label.id, label] as const)));

  const nodes = graph.nodes.map((_, index): NodeGeometry => {
    const size = sizes.nodes[index]!;
    return { ...boxOf(elkNodeId(index)), label: size.label, ...(size.detail ? { detail: size.detail } : {}) };
  });
  const groupOrder = graph.groups.map((_, index) => index).sort((a, b) => tree.groupDepth[a]! - tree.groupDepth[b]! || a - b);
  const groups = groupOrder.map((index): GroupGeometry => ({ index, ...boxOf(elkGroupId(index)), label: sizes.groups[index]!.label }));
  const elkRoutes = graph.edges.map((edge, index) => {
    const chain = chains?.[index] ?? [elkEdgeId(index)];
    const pieces = chain.map((id) => edgesById.get(id));
    const points = pieces.every((piece) => piece !== undefined) ? joinRoutes(pieces.map(routePoints)) : [];
    if (points.length < 2) throw new Error(`view '${graph.id}': ELK returned no route for edge '${edge.id}'`);
    return reversed?.[index] ? points.reverse() : points;
  });
  const headers = groups.map((group): Box => ({ ...group, height: sizes.groups[group.index]!.headerHeight }));
  // The title's tab, and the whole band when a status badge sits at its right (svg/groups.ts).
  const titleTab = (group: GroupGeometry): Box => {
    const size = sizes.groups[group.index]!;
    const band = graph.groups[group.index]!.status !== 'active';
    return { x: group.x, y: group.y, width: band ? group.width : Math.min(group.width, size.minWidth), height: size.headerHeight };
  };
  const inlineLabels = plan.labels === 'inline' ? graph.edges.map((_, index) => labelsById.get(`l${index}`)) : [];
  const ends = graph.edges.map((edge) => [nodeIndex.get(edge.from)!, nodeIndex.get(edge.to)!] as const);
  const fixed = graph.edges.map((_, index) => inlineLabels[index] !== undefined);
  const obstacles: RouteObstacles = {
    nodes,
    groups,
    other: [...groups.map(titleTab), ...inlineLabels.filter((label) => label !== undefined).map((label) => roundBox(label, 0, 0))],
  };
  const routes = simplifyRoutes(elkRoutes, ends, fixed, obstacles);
  const numbered = plan.labels === 'numbered' ? placeNumberedLabels(routes, sizes.edgeLabels, [...nodes, ...headers]) : undefined;
  const edges = routes.map((points, index): EdgeGeometry => {
    const labelSize = sizes.edgeLabels[index];
    const labelBox = labelsById.get(`l${index}`);
    const label =
      numbered?.[index] ??
      (labelSize && labelBox
        ? { ...roundBox(labelBox, 0, 0), text: labelSize.text, ...(labelSize.key !== undefined ? { key: labelSize.key } : {}) }
        : undefined);
    return { points, ...(label ? { label } : {}) };
  });
  const geometry = { width: round(placed.width ?? 0), height: round(placed.height ?? 0), nodes, groups, edges, plan: planName(plan) };
  return fitShape(geometry, READABILITY_LIMITS.aspect);
}

type ElkConstructor = typeof ElkModule.default;
let engine: Promise<ELK> | undefined;

/**
 * One ELK per thread, loaded when it first lays a view out: elkjs is 1.6 MB of code that takes a
 * quarter of a second to load, and a build whose layouts come from the cache or from the worker
 * threads never needs it on its own thread. It keeps no state between layouts.
 */
function elkEngine(): Promise<ELK> {
  engine ??= import('elkjs/lib/elk.bundled.js').then((module) => {
    // elkjs is CommonJS: under Node the default export is `module.exports`, whose `default` is the class.
    const exports = module.default as unknown as ElkConstructor & { default?: ElkConstructor };
    const Elk = exports.default ?? exports;
    return new Elk();
  });
  return engine;
}

/** The edges declared anywhere in the graph: at the root, and inside groups in bundled layouts. */
function allEdges(root: ElkNode): ElkExtendedEdge[] {
  return [...(root.edges ?? []), ...(root.children ?? []).flatMap(allEdges)];
}

/**
 * One route from the routes of consecutive segments. A segment ends where the next begins (the
 * port between them), give or take the port's size: a small step is taken out by aligning.
 */
function joinRoutes(routes: readonly Point[][]): Point[] {
  const joined: Point[] = [];
  for (const route of routes) {
    if (route.length === 0) continue;
    const last = joined[joined.length - 1];
    const first = route[0]!;
    if (last && Math.abs(last.x - first.x) <= 2 && Math.abs(last.y - first.y) <= 2) joined.pop();
    else if (last && last.x !== first.x && last.y !== first.y) joined.push({ x: first.x, y: last.y });
    joined.push(...route);
  }
  return withoutStraightRuns(straighten(joined));
}

/** Drops points in the middle of a straight run, so only real bends remain. */
function withoutStraightRuns(points: readonly Point[]): Point[] {
  return points.filter((point, index) => {
    if (index === 0 || index === points.length - 1) return true;
    const before = points[index - 1]!;
    const after = points[index + 1]!;
    return !((before.x === point.x && point.x === after.x) || (before.y === point.y && point.y === after.y));
  });
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
export function round(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? 0 : rounded;
}
