// Whether a changed route may replace ELK's: it passes no node, no group title and no label,
// runs along no other edge and crosses no group border more often than before; and how many
// edges it crosses, for the route simplification to compare with ELK's route.
import { segmentEntersBox as entersBox, segmentsCross, shrinkBox as shrink } from './segment-geometry.js';
import type { Box, Point } from './types.js';

export interface RouteObstacles {
  /** Node boxes, in graph order (the edge's own ends are found among them by `ends`). */
  readonly nodes: readonly Box[];
  /** Group boxes: a route crosses no group border more often than ELK's route did. */
  readonly groups: readonly Box[];
  /** Group titles and inline labels: nothing runs over them. */
  readonly other: readonly Box[];
}

/** The routes of a drawing, the node indices of each edge's ends, and what routes keep clear of. */
export interface RouteContext {
  readonly routes: readonly (readonly Point[])[];
  readonly ends: readonly (readonly [number, number])[];
  readonly obstacles: RouteObstacles;
}

/** Clear room kept between a moved segment and any node or title it passes. */
const CLEARANCE = 8;

/** Closer than this, two parallel segments read as one line. */
const PARALLEL_GAP = 4;

/**
 * How many edges `candidate`, in place of edge `edge`'s route `original`, crosses (edges that
 * share an end with it do not count, as in the readability measures); undefined when it may not
 * replace it.
 */
export function crossingsIfAllowed(
  candidate: readonly Point[],
  original: readonly Point[],
  edge: number,
  context: RouteContext,
): number | undefined {
  const { routes, ends, obstacles } = context;
  const [from, to] = ends[edge]!;
  const segments = segmentsOf(candidate);
  for (const [index, box] of obstacles.nodes.entries()) {
    const own = index === from || index === to;
    const room = own ? shrink(box, 1) : grow(box, CLEARANCE);
    if (segments.some(([a, b]) => entersBox(a, b, room))) return undefined;
  }
  if (obstacles.other.some((box) => segments.some(([a, b]) => entersBox(a, b, grow(box, 2))))) return undefined;
  for (const box of obstacles.groups) if (borderCrossings(candidate, box) > borderCrossings(original, box)) return undefined;
  let crossings = 0;
  for (const [other, route] of routes.entries()) {
    if (other === edge) continue;
    const theirs = segmentsOf(route);
    if (segments.some((segment) => theirs.some((their) => runAlong(segment, their)))) return undefined;
    const [otherFrom, otherTo] = ends[other]!;
    if (otherFrom === from || otherFrom === to || otherTo === from || otherTo === to) continue;
    crossings += crossingsBetween(segments, theirs);
  }
  return crossings;
}

/** How many edges the route of `edge` crosses as it is. */
export function crossingsOf(edge: number, context: RouteContext): number {
  const { routes, ends } = context;
  const [from, to] = ends[edge]!;
  const segments = segmentsOf(routes[edge]!);
  let crossings = 0;
  for (const [other, route] of routes.entries()) {
    const [otherFrom, otherTo] = ends[other]!;
    if (other === edge || otherFrom === from || otherFrom === to || otherTo === from || otherTo === to) continue;
    crossings += crossingsBetween(segments, segmentsOf(route));
  }
  return crossings;
}

type Segment = readonly [Point, Point];

function segmentsOf(points: readonly Point[]): Segment[] {
  return points.slice(1).map((point, index): Segment => [points[index]!, point]);
}

/** Two axis-parallel segments on (nearly) one line whose extents overlap. */
function runAlong([a, b]: Segment, [c, d]: Segment): boolean {
  const overlaps = (p: number, q: number, r: number, s: number): boolean =>
    Math.min(Math.max(p, q), Math.max(r, s)) - Math.max(Math.min(p, q), Math.min(r, s)) > 0;
  if (a.y === b.y && c.y === d.y) return Math.abs(a.y - c.y) < PARALLEL_GAP && overlaps(a.x, b.x, c.x, d.x);
  if (a.x === b.x && c.x === d.x) return Math.abs(a.x - c.x) < PARALLEL_GAP && overlaps(a.y, b.y, c.y, d.y);
  return false;
}

function crossingsBetween(ours: readonly Segment[], theirs: readonly Segment[]): number {
  let crossings = 0;
  for (const s of ours) for (const t of theirs) if (segmentsCross(s[0], s[1], t[0], t[1])) crossings++;
  return crossings;
}

/** How often the route passes from inside `box` to outside or back. */
function borderCrossings(points: readonly Point[], box: Box): number {
  let crossings = 0;
  for (const [a, b] of segmentsOf(points)) {
    const inA = inside(a, box);
    const inB = inside(b, box);
    if (inA !== inB) crossings++;
    else if (!inA && entersBox(a, b, box)) crossings += 2;
  }
  return crossings;
}

function inside(point: Point, box: Box): boolean {
  return point.x > box.x && point.x < box.x + box.width && point.y > box.y && point.y < box.y + box.height;
}

function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}
