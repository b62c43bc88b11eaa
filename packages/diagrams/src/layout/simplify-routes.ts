// Fewer bends after routing. ELK routes an edge into a nested group in two pieces, outside to the
// group's border and inside from the border to the node, each with its own jog: four bends where
// two would do (the civil registry's context: 12 of 24 edges). A run of three or four jogs is
// replaced by one or two where the shorter route passes no node, no group title and no label,
// runs along no other edge, crosses no more edges and no more group borders than before, and
// leaves and reaches its ends in the same directions.
import { crossingsIfAllowed, crossingsOf, type RouteObstacles } from './route-checks.js';
import type { Point } from './types.js';

/**
 * `routes` with jogs removed where they can be, in edge order (each edge sees the others as they
 * are by then). `ends[i]` holds the node indices of edge i's ends; `fixed[i]` keeps edge i as
 * routed (an inline label sits on it).
 */
export function simplifyRoutes(
  routes: readonly (readonly Point[])[],
  ends: readonly (readonly [number, number])[],
  fixed: readonly boolean[],
  obstacles: RouteObstacles,
): Point[][] {
  const result = routes.map((points) => [...points]);
  const context = { routes: result, ends, obstacles };
  result.forEach((_, edge) => {
    if (fixed[edge]) return;
    let changed = true;
    while (changed) {
      changed = false;
      const points = result[edge]!;
      // What the route crosses now; a shortcut may cross as many, not more.
      const now = crossingsOf(edge, context);
      for (let start = 0; start + 4 <= points.length - 1 && !changed; start++) {
        for (const span of [5, 4]) {
          const shorter = shortcut(points, start, start + span);
          if (!shorter) continue;
          const candidate = [...points.slice(0, start), ...shorter, ...points.slice(start + span + 1)];
          const crossings = crossingsIfAllowed(candidate, points, edge, context);
          if (crossings !== undefined && crossings <= now) {
            result[edge] = candidate;
            changed = true;
            break;
          }
        }
      }
    }
  });
  return result;
}

/**
 * The points from `points[from]` to `points[to]` with fewer bends, keeping the first segment's
 * axis and direction and the last's: one corner for an even number of alternating segments,
 * two for an odd one (the middle segment on the first of the old ones across).
 */
function shortcut(points: readonly Point[], from: number, to: number): Point[] | undefined {
  if (to > points.length - 1) return undefined;
  const run = points.slice(from, to + 1);
  const axes = run.slice(1).map((point, index) => axisOf(run[index]!, point));
  if (axes.some((axis, index) => axis === undefined || (index > 0 && axis === axes[index - 1]))) return undefined;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const horizontalFirst = axes[0] === 'h';
  let shorter: Point[];
  if (axes.length % 2 === 0) {
    shorter = [first, horizontalFirst ? { x: last.x, y: first.y } : { x: first.x, y: last.y }, last];
  } else {
    const across = run[1]!;
    shorter = horizontalFirst
      ? [first, { x: across.x, y: first.y }, { x: across.x, y: last.y }, last]
      : [first, { x: first.x, y: across.y }, { x: last.x, y: across.y }, last];
  }
  const sameWay = (a: Point, b: Point, c: Point, d: Point): boolean =>
    Math.sign(b.x - a.x) === Math.sign(d.x - c.x) && Math.sign(b.y - a.y) === Math.sign(d.y - c.y);
  if (!sameWay(run[0]!, run[1]!, shorter[0]!, shorter[1]!)) return undefined;
  if (!sameWay(run[run.length - 2]!, last, shorter[shorter.length - 2]!, last)) return undefined;
  return shorter;
}

function axisOf(a: Point, b: Point): 'h' | 'v' | undefined {
  if (a.y === b.y && a.x !== b.x) return 'h';
  if (a.x === b.x && a.y !== b.y) return 'v';
  return undefined;
}
