import { describe, expect, it } from 'vitest';
import type { RouteObstacles } from '../../src/layout/route-checks.js';
import { simplifyRoutes } from '../../src/layout/simplify-routes.js';
import type { Box, Point } from '../../src/layout/types.js';

const p = (x: number, y: number): Point => ({ x, y });
const box = (x: number, y: number, width: number, height: number): Box => ({ x, y, width, height });

/** A source node on the left, a target on the right; the route jogs twice on its way (four bends). */
const SOURCE = box(0, 0, 100, 40);
const TARGET = box(400, 100, 100, 40);
const TWO_JOGS = [p(100, 20), p(200, 20), p(200, 60), p(300, 60), p(300, 120), p(400, 120)];
const NOTHING: RouteObstacles = { nodes: [SOURCE, TARGET], groups: [], other: [] };

/** Into the top of a target below and to the right: one jog too many, and one way to lose it. */
const TOP_TARGET = box(250, 120, 100, 40);
const INTO_TOP = [p(100, 20), p(200, 20), p(200, 60), p(300, 60), p(300, 120)];
const TOP: RouteObstacles = { nodes: [SOURCE, TOP_TARGET], groups: [], other: [] };

function simplifyOne(route: Point[], obstacles: RouteObstacles = NOTHING, others: Point[][] = []): Point[] {
  const ends = [[0, 1] as const, ...others.map(() => [2, 3] as const)];
  const nodes = [...obstacles.nodes, box(-500, -500, 1, 1), box(-500, 500, 1, 1)];
  return simplifyRoutes([route, ...others], ends, [false, ...others.map(() => false)], { ...obstacles, nodes })[0]!;
}

describe('route simplification', () => {
  it('replaces two jogs by one, leaving and reaching the ends as before', () => {
    expect(simplifyOne(TWO_JOGS)).toEqual([p(100, 20), p(200, 20), p(200, 120), p(400, 120)]);
  });

  it('keeps the jogs where the shorter route would pass a node', () => {
    expect(simplifyOne(INTO_TOP, { ...TOP, nodes: [SOURCE, TOP_TARGET, box(240, 10, 30, 20)] })).toEqual(INTO_TOP);
    expect(simplifyOne(INTO_TOP, { ...TOP, other: [box(240, 15, 20, 10)] }), 'a group title or label').toEqual(INTO_TOP);
    expect(simplifyOne(INTO_TOP, TOP)).toEqual([p(100, 20), p(300, 20), p(300, 120)]);
  });

  it('keeps the jogs where the shorter route would cross another edge that the old one did not', () => {
    expect(simplifyOne(INTO_TOP, TOP, [[p(250, 0), p(250, 40)]])).toEqual(INTO_TOP);
  });

  it('keeps the jogs where the shorter route would run along another edge', () => {
    expect(simplifyOne(INTO_TOP, TOP, [[p(302, 30), p(302, 50)]])).toEqual(INTO_TOP);
  });

  it('keeps the jogs where the shorter route would cross a group border the old one did not', () => {
    expect(simplifyOne(INTO_TOP, { ...TOP, groups: [box(260, 0, 30, 45)] })).toEqual(INTO_TOP);
  });

  it('never turns the first or last segment back towards its node', () => {
    // Leaves to the right, then the target lies to the left: a single corner would leave leftwards.
    const backwards = [p(100, 20), p(140, 20), p(140, 200), p(60, 200), p(60, 260)];
    expect(simplifyOne(backwards, { ...NOTHING, nodes: [SOURCE, box(10, 260, 100, 40)] })).toEqual(backwards);
  });

  it('leaves an edge with an inline label as routed', () => {
    const routes = simplifyRoutes([TWO_JOGS], [[0, 1]], [true], NOTHING);
    expect(routes[0]).toEqual(TWO_JOGS);
  });
});
