// Choosing among candidate layouts, and never being stuck on one view: the first candidate within
// the readability limits wins, else the best; a candidate that throws is skipped; when all fail a
// simpler layout and then a plain grid draw the view, each step a warning naming it.
import { describe, expect, it, vi } from 'vitest';
import type { ViewGraph } from '@gea-arch/core';
import { chooseLayout, ELK_EDGES_MAX, LAYOUT_BUDGET_MS, planName, RIGHT_ONLY_ABOVE_NODES } from '../../src/layout/choose-layout.js';
import { gridLayout } from '../../src/layout/grid-layout.js';
import { attachGraph, type LayoutGeometry } from '../../src/layout/layout-geometry.js';
import { layoutWithPlan, type LayoutPlan } from '../../src/layout/layout-view.js';
import { FONTS } from '../fonts.js';
import { edge, generatedView, group, LONG_LABEL_VIEW, MIXED_VIEW, node } from './fixtures.js';
import { layoutProblems } from './geometry-checks.js';

const grid = () => gridLayout(MIXED_VIEW, FONTS);
const real = (plan: LayoutPlan) => layoutWithPlan(MIXED_VIEW, FONTS, { plan });

/** What `chooseLayout` tries (by plan name) and keeps, when each plan is drawn by `drawn`. */
async function chooseRecording(
  view: ViewGraph,
  drawn: (plan: LayoutPlan, name: string) => LayoutGeometry,
): Promise<{ tried: string[]; chosen: LayoutGeometry }> {
  const tried: string[] = [];
  const chosen = await chooseLayout(
    view,
    async (plan) => {
      tried.push(planName(plan));
      return drawn(plan, planName(plan));
    },
    grid,
  );
  return { tried, chosen };
}

describe('chooseLayout', () => {
  it('tries the candidates in order and keeps the first within every limit', async () => {
    const tried: string[] = [];
    const layoutWith = vi.fn(async (plan: LayoutPlan) => {
      tried.push(planName(plan));
      return layoutWithPlan(LONG_LABEL_VIEW, FONTS, { plan });
    });
    const chosen = await chooseLayout(LONG_LABEL_VIEW, layoutWith, grid);
    expect(tried[0]).toBe('nested-DOWN-inline');
    expect(chosen.plan).toBe(tried[tried.length - 1]);
    expect(chosen.warnings).toBeUndefined();
  });

  it('skips a candidate that throws (an ELK stack overflow) and says so, naming the view', async () => {
    const chosen = await chooseLayout(
      MIXED_VIEW,
      async (plan) => {
        if (plan.direction === 'DOWN') throw new RangeError('Maximum call stack size exceeded');
        return real(plan);
      },
      grid,
    );
    expect(chosen.plan).toMatch(/RIGHT/);
    expect(chosen.warnings?.[0]).toMatch(/view 'mixed': layout nested-DOWN-inline failed \(Maximum call stack size exceeded\)/);
  });

  it('falls back to a simpler layout, then to a grid, when every candidate fails', async () => {
    const fails = async (): Promise<LayoutGeometry> => {
      throw new Error('boom');
    };
    const simpler = await chooseLayout(
      MIXED_VIEW,
      async (plan) => (plan.labels === 'numbered' && plan.hierarchy === 'bundled' ? real(plan) : fails()),
      grid,
    );
    expect(simpler.plan).toBe('bundled-RIGHT-numbered');
    expect(simpler.warnings?.at(-1)).toMatch(/view 'mixed': drawn with the simpler layout bundled-RIGHT-numbered/);
    const gridded = await chooseLayout(MIXED_VIEW, fails, grid);
    expect(gridded.plan).toBe('grid');
    expect(gridded.warnings?.at(-1)).toMatch(/view 'mixed'.*drawn as a plain grid/);
  });

  it('draws a view with more edges than a layout is tried for as a plain grid, at once', async () => {
    // 70 agencies each exchanging with the others: a landscape of agencies with no exchange platform.
    const agencies = Array.from({ length: 70 }, (_, index) => node(`a${index}`, 'agency', `Agency ${index}`));
    const edges = agencies.flatMap((from, i) => agencies.flatMap((to, j) => (i === j ? [] : [edge(from.id, to.id, 'consumes')])));
    const dense: ViewGraph = { ...MIXED_VIEW, id: 'dense', groups: [], nodes: agencies, edges };
    expect(edges.length).toBeGreaterThan(ELK_EDGES_MAX);
    const layoutWith = vi.fn(async (plan: LayoutPlan) => layoutWithPlan(dense, FONTS, { plan }));
    const chosen = await chooseLayout(dense, layoutWith, () => gridLayout(dense, FONTS));
    expect(layoutWith).not.toHaveBeenCalled();
    expect(chosen.plan).toBe('grid');
    expect(chosen.edges).toHaveLength(edges.length);
    expect(chosen.warnings).toEqual([
      `view 'dense': ${edges.length} edges, more than a layout is tried for (${ELK_EDGES_MAX}); drawn as a plain grid`,
    ]);
  });

  it('stops trying more candidates once the time budget is spent, keeping what it has', async () => {
    const tangled = generatedView(20);
    let clock = 0;
    const chosen = await chooseLayout(
      tangled,
      async (plan) => {
        clock += LAYOUT_BUDGET_MS + 1;
        return layoutWithPlan(tangled, FONTS, { plan });
      },
      grid,
      () => clock,
    );
    expect(chosen.plan).toBe('nested-DOWN-inline');
    expect(chosen.warnings?.[0]).toMatch(/view 'generated-20': layout took over \d+ s; kept the best of the 1 layouts/);
  });
});

describe('chooseLayout with views over on crossings alone', () => {
  const box = (x: number, y: number) => ({ x, y, width: 40, height: 20, label: { lines: ['x'], fontSize: 12, bold: false, width: 10 } });
  const nodes = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => node(id, 'system', id));
  const view = {
    ...MIXED_VIEW,
    id: 'crossed',
    nodes,
    groups: [],
    edges: [edge('a', 'b', 'consumes'), edge('c', 'd', 'consumes'), edge('e', 'f', 'consumes')],
  };
  /** Two rows and a column through both: two crossings for three edges. */
  const crossed = (plan: string): LayoutGeometry => ({
    width: 400,
    height: 200,
    nodes: [box(0, 30), box(300, 30), box(150, 0), box(150, 100), box(0, 60), box(300, 60)],
    groups: [],
    edges: [
      {
        points: [
          { x: 40, y: 40 },
          { x: 300, y: 40 },
        ],
      },
      {
        points: [
          { x: 170, y: 20 },
          { x: 170, y: 100 },
        ],
      },
      {
        points: [
          { x: 40, y: 70 },
          { x: 300, y: 70 },
        ],
      },
    ],
    plan,
  });
  /** The column moved clear of the rows. */
  const clear = (plan: string): LayoutGeometry => {
    const geometry = crossed(plan);
    return {
      ...geometry,
      nodes: [box(0, 30), box(300, 30), box(350, 0), box(350, 100), box(0, 60), box(300, 60)],
      edges: [
        geometry.edges[0]!,
        {
          points: [
            { x: 370, y: 20 },
            { x: 370, y: 100 },
          ],
        },
        geometry.edges[2]!,
      ],
    };
  };

  it("tries ELK's ordering from other random seeds, in order, until one is within every limit", async () => {
    const { tried, chosen } = await chooseRecording(view, (plan, name) => (plan.randomSeed === 4 ? clear(name) : crossed(name)));
    expect(tried).toEqual([
      'nested-DOWN-inline',
      'nested-RIGHT-inline',
      'nested-DOWN-inline-seed2',
      'nested-DOWN-inline-seed3',
      'nested-DOWN-inline-seed4',
    ]);
    expect(chosen.plan).toBe('nested-DOWN-inline-seed4');
  });

  it('then lays out the edges between parts one way, ordered harder, when no seed brings it within', async () => {
    const { tried, chosen } = await chooseRecording(view, (plan, name) => (plan.oneWay && plan.thorough ? clear(name) : crossed(name)));
    expect(tried.slice(2)).toEqual([
      ...[2, 3, 4, 5, 6].map((seed) => `nested-DOWN-inline-seed${seed}`),
      'nested-DOWN-inline-oneway-thorough',
    ]);
    expect(chosen.plan).toBe('nested-DOWN-inline-oneway-thorough');
  });

  it('tries less room between things for a view too large for its text on A3 alone', async () => {
    /** The three rows spread far apart: 6 pt text would need the drawing no larger than about 2 200 × 1 550. */
    const spread = (plan: string, scale: number): LayoutGeometry => {
      const geometry = clear(plan);
      return {
        ...geometry,
        width: 400 * scale,
        height: 200 * scale,
        nodes: geometry.nodes.map((node) => ({ ...node, x: node.x * scale, y: node.y * scale })),
        edges: geometry.edges.map((placed) => ({ points: placed.points.map((point) => ({ x: point.x * scale, y: point.y * scale })) })),
      };
    };
    const { tried, chosen } = await chooseRecording(view, (plan, name) => spread(name, plan.compact ? 4 : 8));
    expect(tried).toEqual(['nested-DOWN-inline', 'nested-RIGHT-inline', 'nested-DOWN-inline-compact']);
    expect(chosen.plan).toBe('nested-DOWN-inline-compact');
  });

  it('tries no other seeds for a view over on what the order of nodes cannot change', async () => {
    const tooWide = (plan: string): LayoutGeometry => ({ ...crossed(plan), width: 2000 });
    const { tried } = await chooseRecording(view, (plan, name) => tooWide(name));
    expect(tried.some((name) => name.includes('seed'))).toBe(false);
  });
});

/** Nine systems that each consume from ХУР. */
const SPOKES = Array.from({ length: 9 }, (_, index) => `s${index}`);

/** A `width` × `height` drawing of `view`'s nodes in a row with 12 pt labels, its edges left out of the measure. */
function rowDrawing(view: ViewGraph, plan: string, width: number, height: number): LayoutGeometry {
  const label = { lines: ['x'], fontSize: 12, bold: false, width: 10 };
  return {
    width,
    height,
    nodes: view.nodes.map((_, index) => ({ x: index * 60, y: 0, width: 40, height: 20, label })),
    groups: view.groups.map(() => ({ x: 0, y: 0, width: 600, height: 40, label })),
    edges: view.edges.map(() => ({ points: [] })),
    plan,
  };
}

describe('chooseLayout around a hub', () => {
  const view = {
    ...MIXED_VIEW,
    id: 'spokes',
    groups: [],
    nodes: ['khur', ...SPOKES].map((id) => node(id, 'system', id)),
    edges: SPOKES.map((id) => edge(id, 'khur', 'consumes')),
  };
  /** A drawing `width` wide and 600 high. */
  const drawing = (plan: string, width: number): LayoutGeometry => rowDrawing(view, plan, width, 600);

  it('tries each side of the hub in two layers for a view over on its shape alone', async () => {
    const { tried, chosen } = await chooseRecording(view, (plan, name) => drawing(name, plan.wideHub ? 900 : 1500));
    expect(tried.slice(0, 2)).toEqual(['nested-DOWN-inline-hub', 'nested-RIGHT-inline-hub']);
    expect(tried.at(-1)).toBe('nested-DOWN-inline-widehub');
    expect(chosen.plan).toBe('nested-DOWN-inline-widehub');
  });
});

describe('chooseLayout with a view of more than 60 nodes', () => {
  /** ХУР and `count` systems that consume it. */
  const hubView = (count: number): ViewGraph => {
    const spokes = Array.from({ length: count }, (_, index) => `s${index}`);
    return {
      ...MIXED_VIEW,
      id: `spokes-${count}`,
      groups: [],
      nodes: ['khur', ...spokes].map((id) => node(id, 'system', id)),
      edges: spokes.map((id) => edge(id, 'khur', 'consumes')),
    };
  };

  it('lays it out rightwards only, also when it is over on its shape alone', async () => {
    const view = hubView(RIGHT_ONLY_ABOVE_NODES);
    expect(view.nodes.length).toBe(RIGHT_ONLY_ABOVE_NODES + 1);
    const { tried, chosen } = await chooseRecording(view, (plan, name) => rowDrawing(view, name, plan.wideHub ? 900 : 1500, 600));
    expect(tried).toEqual(['nested-RIGHT-inline-hub', 'nested-RIGHT-inline', 'nested-RIGHT-inline-widehub']);
    expect(chosen.plan).toBe('nested-RIGHT-inline-widehub');
  });

  it('tries down first for a view of 60 nodes', async () => {
    const view = hubView(RIGHT_ONLY_ABOVE_NODES - 1);
    const { tried } = await chooseRecording(view, (plan, name) => rowDrawing(view, name, plan.wideHub ? 900 : 1500, 600));
    expect(tried.slice(0, 2)).toEqual(['nested-DOWN-inline-hub', 'nested-RIGHT-inline-hub']);
    expect(tried.at(-1)).toBe('nested-DOWN-inline-widehub');
  });
});

describe('chooseLayout with a view too large for A3 whichever way it goes', () => {
  // An agency's systems and ХУР, as the national model's agency views are (about 90 nodes there).
  const view = {
    ...MIXED_VIEW,
    id: 'agency',
    groups: [group('home', 'Гэр')],
    nodes: [node('khur', 'platform', 'khur'), ...SPOKES.map((id) => node(id, 'system', id, { group: 'home' }))],
    edges: SPOKES.map((id) => edge(id, 'khur', 'consumes')),
  };
  /** 12 pt text scaled to fit A3. */
  const drawing = (plan: string, width: number, height: number): LayoutGeometry => rowDrawing(view, plan, width, height);

  it('keeps to the better direction once the first two layouts show it, and seeds no order the text is too small for', async () => {
    // Down: 6 : 1 and 2.4 pt at A3; right: 2 : 1 and 3.6 pt, over on its text alone (60 % of 6 pt).
    const { tried, chosen } = await chooseRecording(view, (plan, name) =>
      plan.direction === 'DOWN' ? drawing(name, 6000, 1000) : drawing(name, 2000, 4000),
    );
    expect(tried).toEqual(['nested-DOWN-inline', 'nested-RIGHT-inline', 'bundled-RIGHT-inline', 'nested-RIGHT-inline-compact']);
    expect(chosen.plan).toBe('nested-RIGHT-inline');
  });

  it('seeds the order of a view whose text is near its limit, which another order may bring within', async () => {
    // Right: 5.1 pt at A3 (84 % of 6 pt); the seeded order makes it a little smaller, within.
    const { tried, chosen } = await chooseRecording(view, (plan, name) =>
      plan.direction === 'DOWN' ? drawing(name, 6000, 1000) : plan.seeded ? drawing(name, 2000, 1400) : drawing(name, 2800, 2000),
    );
    expect(tried).toEqual(['nested-DOWN-inline', 'nested-RIGHT-inline', 'bundled-RIGHT-inline', 'nested-RIGHT-inline-seeded']);
    expect(chosen.plan).toBe('nested-RIGHT-inline-seeded');
  });

  it('tries both directions again while neither is clearly worse', async () => {
    const { tried } = await chooseRecording(view, (plan, name) =>
      plan.direction === 'DOWN' ? drawing(name, 4000, 2000) : drawing(name, 2000, 4000),
    );
    expect(tried.slice(0, 4)).toEqual(['nested-DOWN-inline', 'nested-RIGHT-inline', 'bundled-DOWN-inline', 'bundled-RIGHT-inline']);
  });
});

describe('gridLayout', () => {
  it('draws every node inside its group, without overlaps, every edge from border to border, labels numbered', () => {
    const layout = attachGraph(MIXED_VIEW, gridLayout(MIXED_VIEW, FONTS));
    // The last resort routes straight across, so a label may lie on a node it passes.
    expect(layoutProblems(layout).filter((problem) => !problem.startsWith('label of edge'))).toEqual([]);
    const labelled = layout.edges.filter((placed) => placed.edge.label !== undefined);
    for (const placed of labelled) expect(placed.label?.key).toBeGreaterThan(0);
  });
});
