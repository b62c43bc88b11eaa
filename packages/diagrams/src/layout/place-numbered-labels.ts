// Numbered edge labels placed after routing, on their edge's longest free stretch. Given to ELK,
// a label box becomes a node of its own layer that every labelled edge detours through: two more
// bends per edge (context-mn.gasr: 4.08 bends per edge with them, fewer without). A number is a
// small box, so a straight run of its own edge always has room for it.
import type { EdgeLabelSize } from './node-sizes.js';
import type { Box, Point } from './types.js';

export type PlacedLabel = Box & { readonly text: EdgeLabelSize['text']; readonly key?: number };

/** Between spots tried along a segment, out from its middle. */
const STEP = 6;

/** Clear room kept around a label. */
const MARGIN = 2;

/**
 * A box for each edge with a label size: centred on its route, on the longest segment where it
 * overlaps no node and no label placed before it; else on the middle of the longest segment.
 */
export function placeNumberedLabels(
  routes: readonly (readonly Point[])[],
  labels: readonly (EdgeLabelSize | undefined)[],
  obstacles: readonly Box[],
): (PlacedLabel | undefined)[] {
  const placed: Box[] = [];
  return routes.map((points, index) => {
    const size = labels[index];
    if (!size) return undefined;
    const spots = candidateSpots(points);
    const at = (point: Point): Box => ({
      x: point.x - size.width / 2,
      y: point.y - size.height / 2,
      width: size.width,
      height: size.height,
    });
    const free = spots.map(at).find((box) => ![...obstacles, ...placed].some((other) => overlap(box, other, MARGIN)));
    const box = roundBox(free ?? at(spots[0]!));
    placed.push(box);
    return { ...box, text: size.text, ...(size.key !== undefined ? { key: size.key } : {}) };
  });
}

/** Points along the route: longest segment first (earlier ones win ties), on each from its middle outwards. */
function candidateSpots(points: readonly Point[]): Point[] {
  const segments = points
    .slice(1)
    .map((b, index) => ({ a: points[index]!, b, length: Math.hypot(b.x - points[index]!.x, b.y - points[index]!.y) }));
  const ordered = segments.map((segment, index) => ({ ...segment, index })).sort((s, t) => t.length - s.length || s.index - t.index);
  return ordered.flatMap(({ a, b, length }) => {
    const shares = [0.5];
    for (let offset = STEP; offset < length / 2; offset += STEP) shares.push(0.5 - offset / length, 0.5 + offset / length);
    return shares.map((share) => ({ x: a.x + (b.x - a.x) * share, y: a.y + (b.y - a.y) * share }));
  });
}

function overlap(s: Box, t: Box, margin: number): boolean {
  return s.x < t.x + t.width + margin && t.x < s.x + s.width + margin && s.y < t.y + t.height + margin && t.y < s.y + s.height + margin;
}

function roundBox(box: Box): Box {
  const round = (value: number): number => Math.round(value * 10) / 10 || 0;
  return { x: round(box.x), y: round(box.y), width: box.width, height: box.height };
}
