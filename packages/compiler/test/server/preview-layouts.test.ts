// The preview lays out a view again only when what its layout is computed from changed.
import { describe, expect, it } from 'vitest';
import { computeViews, type ViewGraph } from '@gea-arch/core';
import { layoutGeometry, layoutView, renderSvg, type Fonts } from '@gea-arch/diagrams';
import { loadBundledFonts } from '@gea-arch/diagrams/node';
import { analyze } from '@gea-arch/fixtures';
import { PREVIEW_LAYOUTS_KEPT, PreviewLayouts } from '../../src/server/preview-layouts.js';
import { PARTNER_AGENCIES } from '../partner-agencies.js';

const fonts = loadBundledFonts();

/** Layouts that count the views they lay out. */
function countingLayouts(): { layouts: PreviewLayouts; laidOut: string[] } {
  const laidOut: string[] = [];
  const layouts = new PreviewLayouts((graph: ViewGraph, with_: Fonts) => {
    laidOut.push(graph.id);
    return layoutGeometry(graph, with_);
  });
  return { layouts, laidOut };
}

describe('the layouts the preview keeps', () => {
  it('draw a view again without laying it out while its boxes and texts are as they were', async () => {
    const { model } = await analyze(PARTNER_AGENCIES);
    const view = computeViews(model).find((graph) => graph.id === 'context-home')!;
    const { layouts, laidOut } = countingLayouts();
    await layouts.of(view, fonts);
    // A tooltip is no part of the layout: the view is drawn from the one kept, with its new tooltip.
    const retold: ViewGraph = {
      ...view,
      nodes: view.nodes.map((node, index) => (index === 0 ? { ...node, tooltip: 'told again' } : node)),
    };
    const again = await layouts.of(retold, fonts);
    expect(laidOut).toEqual(['context-home']);
    expect(again.graph).toBe(retold);
    expect(renderSvg(again, fonts)).toContain('told again');
    expect(renderSvg(again, fonts)).toBe(renderSvg(await layoutView(retold, fonts), fonts));
    // A new label is: laid out again.
    const renamed: ViewGraph = {
      ...view,
      nodes: view.nodes.map((node, index) => (index === 0 ? { ...node, label: `${node.label} 2` } : node)),
    };
    await layouts.of(renamed, fonts);
    expect(laidOut).toEqual(['context-home', 'context-home']);
  });

  it(`keep the ${PREVIEW_LAYOUTS_KEPT} drawn last`, async () => {
    const { model } = await analyze(PARTNER_AGENCIES);
    const view = computeViews(model).find((graph) => graph.id === 'context-home')!;
    const titled = (index: number): ViewGraph => ({
      ...view,
      id: `v${index}`,
      nodes: view.nodes.map((node) => ({ ...node, label: `${node.label} ${index}` })),
    });
    const { layouts, laidOut } = countingLayouts();
    for (let index = 0; index <= PREVIEW_LAYOUTS_KEPT; index++) await layouts.of(titled(index), fonts);
    laidOut.length = 0;
    // v0 went when the last came; v1, drawn again, is the latest, so v2 goes next.
    await layouts.of(titled(1), fonts);
    await layouts.of(titled(0), fonts);
    await layouts.of(titled(1), fonts);
    await layouts.of(titled(2), fonts);
    expect(laidOut).toEqual(['v0', 'v2']);
  });
});
