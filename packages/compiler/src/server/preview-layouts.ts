// The layouts the preview drew last, by what each is computed from (the layout cache's key: boxes,
// texts and edges, not tooltips, links or colours). The preview draws again after every edit and
// cursor move, and laying out a view of a national model takes seconds (an agency's context 1.1 s,
// the landscape 7 s): a refresh that leaves the view's layout as it was (most edits, any move
// within the view) draws from here without laying out.
import type { ViewGraph } from '@gea-arch/core';
import { attachGraph, layoutGeometry, type Fonts, type LayoutGeometry, type ViewLayout } from '@gea-arch/diagrams';
import { layoutCacheKey } from '@gea-arch/diagrams/node';

/** Layouts kept: the views one goes back and forth between while editing. */
export const PREVIEW_LAYOUTS_KEPT = 8;

export class PreviewLayouts {
  /** By key, the least recently drawn first. */
  private readonly geometries = new Map<string, LayoutGeometry>();

  constructor(private readonly layOut: (graph: ViewGraph, fonts: Fonts) => Promise<LayoutGeometry> = layoutGeometry) {}

  /** `graph` laid out, from what was kept when a view with the same key was drawn lately. */
  async of(graph: ViewGraph, fonts: Fonts): Promise<ViewLayout> {
    const key = layoutCacheKey(graph, fonts);
    // Taken out and put back: the latest drawn is the last to go.
    const geometry = this.geometries.get(key) ?? (await this.layOut(graph, fonts));
    this.geometries.delete(key);
    this.geometries.set(key, geometry);
    if (this.geometries.size > PREVIEW_LAYOUTS_KEPT) this.geometries.delete(this.geometries.keys().next().value!);
    return attachGraph(graph, geometry);
  }
}
