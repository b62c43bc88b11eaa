// How readable a laid-out view is, measured: its shape (fits a screen or an A3 page in either
// orientation), edges passing through nodes that are not their ends, edge crossings, bends, and the
// smallest text once the drawing is scaled to an A3 page. The tests hold every view to the limits;
// the bench prints the measures; layout uses them to choose between candidate layouts.
import { wordsFor } from '@gea-arch/core';
import type { Point, ViewLayout } from '../layout/types.js';
import { orientation, segmentEntersBox, segmentsCross, shrinkBox } from '../layout/segment-geometry.js';

export interface Readability {
  readonly width: number;
  readonly height: number;
  /** The longer side over the shorter: 1 is square, 2 is 2 : 1 (or 1 : 2). */
  readonly aspect: number;
  readonly edges: number;
  /** Edge segments that pass through a node other than the edge's own ends. */
  readonly edgesThroughNodes: number;
  /** Points where two edges cross (edges meeting at a shared end do not count). */
  readonly crossings: number;
  readonly crossingsPerEdge: number;
  /** Mean number of bends per edge. */
  readonly bendsPerEdge: number;
  /** The smallest text, in points, once the drawing is scaled to fit an A3 page (either orientation); infinite with no text. */
  readonly smallestTextAtA3: number;
}

export interface ReadabilityLimits {
  readonly aspect: number;
  readonly edgesThroughNodes: number;
  readonly crossingsPerEdge: number;
  readonly bendsPerEdge: number;
  readonly smallestTextAtA3: number;
}

/** A screen or an A3 page in either orientation; at most 3 bends and half a crossing per edge; 6 pt text on A3. */
export const READABILITY_LIMITS: ReadabilityLimits = {
  aspect: 2,
  edgesThroughNodes: 0,
  crossingsPerEdge: 0.5,
  bendsPerEdge: 3,
  smallestTextAtA3: 6,
};

/** A3 in points (1/72 inch), long side first. */
const A3 = { long: 1190.55, short: 841.89 } as const;

/** Measures known without the layout's geometry: a build remembers those of views it reads back lazily (lazy-layout.ts). */
const KNOWN = new WeakMap<ViewLayout, Readability>();

/** Says what `layout` measures, so that measuring it does not read its geometry. */
export function knowReadability(layout: ViewLayout, readability: Readability): void {
  KNOWN.set(layout, readability);
}

/** How readable `layout` is; measured once per layout object. */
export function measureReadability(layout: ViewLayout): Readability {
  let readability = KNOWN.get(layout);
  if (!readability) KNOWN.set(layout, (readability = measured(layout)));
  return readability;
}

function measured(layout: ViewLayout): Readability {
  const width = Math.max(layout.width, 1);
  const height = Math.max(layout.height, 1);
  const routes = layout.edges.map((placed) => placed.points);
  const edges = routes.length;
  const crossings = countCrossings(layout);
  const bends = routes.reduce((sum, points) => sum + bendsOf(points), 0);
  return {
    width,
    height,
    aspect: Math.max(width / height, height / width),
    edges,
    edgesThroughNodes: countEdgesThroughNodes(layout),
    crossings,
    crossingsPerEdge: edges === 0 ? 0 : crossings / edges,
    bendsPerEdge: edges === 0 ? 0 : bends / edges,
    smallestTextAtA3: smallestFontSize(layout) * a3Scale(width, height),
  };
}

/** One measure over its limit: `value` above `limit` (below it for the smallest text). */
export interface ReadabilityExcess {
  readonly measure: keyof ReadabilityLimits;
  readonly value: number;
  readonly limit: number;
}

/** What is over its limit, in the order of `ReadabilityLimits`; empty when the view is within every limit. */
export function readabilityExcesses(measures: Readability, limits: ReadabilityLimits = READABILITY_LIMITS): ReadabilityExcess[] {
  const excesses: ReadabilityExcess[] = [];
  const check = (measure: keyof ReadabilityLimits, over: boolean): void => {
    if (over) excesses.push({ measure, value: round(measures[measure]), limit: limits[measure] });
  };
  check('aspect', measures.aspect > limits.aspect);
  check('edgesThroughNodes', measures.edgesThroughNodes > limits.edgesThroughNodes);
  check('crossingsPerEdge', measures.crossingsPerEdge > limits.crossingsPerEdge);
  check('bendsPerEdge', measures.bendsPerEdge > limits.bendsPerEdge);
  check('smallestTextAtA3', measures.smallestTextAtA3 < limits.smallestTextAtA3);
  return excesses;
}

/** What is over its limit, as short English phrases ("aspect 3.1 > 2"; tests, the bench, layout warnings); empty when the view is within every limit. */
export function readabilityProblems(measures: Readability, limits: ReadabilityLimits = READABILITY_LIMITS): string[] {
  return readabilityExcesses(measures, limits).map(wordsFor('en').diagrams.build.readabilityExcess);
}

/** The scale that fits the drawing on an A3 page, landscape or portrait, whichever is larger. */
export function a3Scale(width: number, height: number): number {
  return Math.max(Math.min(A3.long / width, A3.short / height), Math.min(A3.short / width, A3.long / height));
}

/** Points where a route changes direction (points on a straight run are not bends). */
function bendsOf(points: readonly Point[]): number {
  let bends = 0;
  for (let index = 1; index < points.length - 1; index++) {
    if (orientation(points[index - 1]!, points[index]!, points[index + 1]!) !== 0) bends++;
  }
  return bends;
}

function smallestFontSize(layout: ViewLayout): number {
  const sizes = [
    ...layout.nodes.flatMap((placed) => [placed.label.fontSize, ...(placed.detail ? [placed.detail.fontSize] : [])]),
    ...layout.groups.map((placed) => placed.label.fontSize),
    ...layout.edges.flatMap((placed) => (placed.label ? [placed.label.text.fontSize] : [])),
  ];
  // A drawing without text (an empty view) has no text too small to read.
  return sizes.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...sizes);
}

interface Segment {
  readonly a: Point;
  readonly b: Point;
  readonly edge: number;
}

function segmentsOf(layout: ViewLayout): Segment[] {
  return layout.edges.flatMap((placed, edge) => placed.points.slice(1).map((b, index) => ({ a: placed.points[index]!, b, edge })));
}

/** Crossings between segments of different edges, not counting edges that share an end node. */
function countCrossings(layout: ViewLayout): number {
  const segments = segmentsOf(layout);
  const ends = layout.edges.map((placed) => [placed.edge.from, placed.edge.to]);
  let crossings = 0;
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const s = segments[i]!;
      const t = segments[j]!;
      if (s.edge === t.edge) continue;
      const [sFrom, sTo] = ends[s.edge]!;
      const [tFrom, tTo] = ends[t.edge]!;
      if (sFrom === tFrom || sFrom === tTo || sTo === tFrom || sTo === tTo) continue;
      if (segmentsCross(s.a, s.b, t.a, t.b)) crossings++;
    }
  }
  return crossings;
}

/** Segments that pass through the inside of a node that is neither end of their edge. */
function countEdgesThroughNodes(layout: ViewLayout): number {
  let through = 0;
  for (const placed of layout.edges) {
    const passed = new Set<string>();
    for (let index = 1; index < placed.points.length; index++) {
      const a = placed.points[index - 1]!;
      const b = placed.points[index]!;
      for (const node of layout.nodes) {
        const id = node.node.id;
        if (id === placed.edge.from || id === placed.edge.to || passed.has(id)) continue;
        if (segmentEntersBox(a, b, shrinkBox(node, 1))) passed.add(id);
      }
    }
    through += passed.size;
  }
  return through;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * One number to compare candidate layouts of a view by (lower is better): each measure as a share
 * of its limit, with what is over a limit weighing five times as much, so that a layout within
 * every limit beats one that is not, and among those the one furthest inside them wins.
 */
export function readabilityPenalty(measures: Readability, limits: ReadabilityLimits = READABILITY_LIMITS): number {
  const shares = [
    measures.aspect / limits.aspect,
    measures.crossingsPerEdge / limits.crossingsPerEdge,
    measures.bendsPerEdge / limits.bendsPerEdge,
    limits.smallestTextAtA3 / Math.max(measures.smallestTextAtA3, 0.01),
  ];
  const through = measures.edgesThroughNodes - limits.edgesThroughNodes;
  return shares.reduce((sum, share) => sum + share + 4 * Math.max(0, share - 1), 0) + Math.max(0, through);
}
