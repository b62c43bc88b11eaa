// A view's two digests (node/graph-digests.ts): all the graph says, and what a picture of it shows.
// A build keeps a PNG, Mermaid or PlantUML file whose drawn digest is unchanged, so these formats
// must show nothing of the tooltips and links the drawn digest leaves out — checked here by drawing
// a view with every tooltip and link changed.
import { describe, expect, it } from 'vitest';
import type { ViewGraph } from '@gea-arch/core';
import type { ViewLayout } from '../src/layout/types.js';
import { drawnGraphDigest, graphDigest } from '../src/node/graph-digests.js';
import { renderPng } from '../src/node/render-png.js';
import { renderSvg } from '../src/svg/render-svg.js';
import { renderMermaid } from '../src/text/mermaid.js';
import { renderPlantUml } from '../src/text/plantuml.js';
import { FONTS } from './fonts.js';
import { gapLayout, landscapeLayout } from './svg/fixtures.js';

/** Every tooltip and link of the graph changed. */
function relinked(graph: ViewGraph): ViewGraph {
  return {
    ...graph,
    nodes: graph.nodes.map((node) => ({ ...node, tooltip: `${node.tooltip} — өөр`, href: `other/${node.href}` })),
    groups: graph.groups.map((group) => ({ ...group, tooltip: `${group.tooltip} — өөр`, href: `other/${group.href}` })),
    edges: graph.edges.map((edge) => ({ ...edge, tooltip: `${edge.tooltip} — өөр` })),
  };
}

/** The same layout, its graph's (and placed nodes', groups' and edges') tooltips and links changed. */
function relinkedLayout(layout: ViewLayout): ViewLayout {
  const graph = relinked(layout.graph);
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  const nodes = byId(graph.nodes);
  const groups = byId(graph.groups);
  const edges = byId(graph.edges);
  return {
    ...layout,
    graph,
    nodes: layout.nodes.map((placed) => ({ ...placed, node: nodes.get(placed.node.id)! })),
    groups: layout.groups.map((placed) => ({ ...placed, group: groups.get(placed.group.id)! })),
    edges: layout.edges.map((placed) => ({ ...placed, edge: edges.get(placed.edge.id)! })),
  };
}

describe('a view graph’s digests', () => {
  const layout = landscapeLayout();
  const graph = layout.graph;

  it('tell every change apart, and the drawn one ignores only tooltips and links', () => {
    const other = relinked(graph);
    expect(graphDigest(other)).not.toBe(graphDigest(graph));
    expect(drawnGraphDigest(other)).toBe(drawnGraphDigest(graph));
    const relabelled = { ...graph, nodes: graph.nodes.map((node, index) => (index === 0 ? { ...node, label: `${node.label}!` } : node)) };
    expect(graphDigest(relabelled)).not.toBe(graphDigest(graph));
    expect(drawnGraphDigest(relabelled)).not.toBe(drawnGraphDigest(graph));
    const one = graph.edges[0]!;
    const moved = { ...graph, edges: [{ ...one, tooltip: graph.nodes[0]!.tooltip }, ...graph.edges.slice(1)] };
    expect(graphDigest(moved)).not.toBe(graphDigest(graph));
    // Equal graphs made apart have equal digests.
    expect(graphDigest(structuredClone(graph))).toBe(graphDigest(graph));
    expect(drawnGraphDigest(structuredClone(graph))).toBe(drawnGraphDigest(graph));
  });

  it('drawn: a PNG, a Mermaid and a PlantUML file show no tooltip or link, an SVG does', async () => {
    for (const original of [landscapeLayout(), gapLayout()]) {
      const other = relinkedLayout(original);
      expect(renderSvg(other, FONTS)).not.toBe(renderSvg(original, FONTS));
      expect(renderMermaid(other.graph)).toBe(renderMermaid(original.graph));
      expect(renderPlantUml(other.graph)).toBe(renderPlantUml(original.graph));
      expect(
        Buffer.from(await renderPng(renderSvg(other, FONTS), { scale: 1 })).equals(
          await renderPng(renderSvg(original, FONTS), { scale: 1 }),
        ),
      ).toBe(true);
    }
  });
});
