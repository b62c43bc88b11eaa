// Choosing among candidate layouts, and never being stuck on one view: the first candidate within
// the readability limits wins, else the best; a candidate that throws is skipped; when all fail a
// simpler layout and then a plain grid draw the view, each step a warning naming it.
import { describe, expect, it, vi } from 'vitest';
import { chooseLayout, LAYOUT_BUDGET_MS, planName } from '../../src/layout/choose-layout.js';
import { gridLayout } from '../../src/layout/grid-layout.js';
import { attachGraph, type LayoutGeometry } from '../../src/layout/layout-geometry.js';
import { layoutWithPlan, type LayoutPlan } from '../../src/layout/layout-view.js';
import { FONTS } from '../fonts.js';
import { generatedView, LONG_LABEL_VIEW, MIXED_VIEW } from './fixtures.js';
import { layoutProblems } from './geometry-checks.js';

const grid = () => gridLayout(MIXED_VIEW, FONTS);
const real = (plan: LayoutPlan) => layoutWithPlan(MIXED_VIEW, FONTS, { plan });

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

describe('gridLayout', () => {
  it('draws every node inside its group, without overlaps, every edge from border to border, labels numbered', () => {
    const layout = attachGraph(MIXED_VIEW, gridLayout(MIXED_VIEW, FONTS));
    // The last resort routes straight across, so a label may lie on a node it passes.
    expect(layoutProblems(layout).filter((problem) => !problem.startsWith('label of edge'))).toEqual([]);
    const labelled = layout.edges.filter((placed) => placed.edge.label !== undefined);
    for (const placed of labelled) expect(placed.label?.key).toBeGreaterThan(0);
  });
});
