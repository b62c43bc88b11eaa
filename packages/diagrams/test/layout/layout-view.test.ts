import { describe, expect, it } from 'vitest';
import { layoutView } from '../../src/layout/layout-view.js';
import { NODE_TEXT } from '../../src/layout/node-sizes.js';
import type { ViewLayout } from '../../src/layout/types.js';
import { nodeChrome } from '../../src/chrome/node-chrome.js';
import type { ViewGraph } from '@gea-arch/core';
import { FONTS } from '../fonts.js';
import { AGGREGATED_VIEW, generatedView, LONG_LABEL_VIEW, MIXED_VIEW } from './fixtures.js';
import { contains, distanceToBorder, layoutProblems, overlappingPairs } from './geometry-checks.js';

const VIEWS: readonly ViewGraph[] = [
  MIXED_VIEW,
  LONG_LABEL_VIEW,
  AGGREGATED_VIEW,
  generatedView(20),
  generatedView(60),
  generatedView(90, 7),
];

const layouts = new Map<string, Promise<ViewLayout>>();
function laidOut(graph: ViewGraph): Promise<ViewLayout> {
  if (!layouts.has(graph.id)) layouts.set(graph.id, layoutView(graph, FONTS));
  return layouts.get(graph.id)!;
}

describe.each(VIEWS.map((graph) => [graph.id, graph] as const))('layout of %s', (_, graph) => {
  it('keeps the graph order of nodes and edges and puts parent groups before their children', async () => {
    const layout = await laidOut(graph);
    expect(layout.graph).toBe(graph);
    expect(layout.nodes.map((placed) => placed.node)).toEqual(graph.nodes);
    expect(layout.edges.map((placed) => placed.edge)).toEqual(graph.edges);
    expect(new Set(layout.groups.map((placed) => placed.group))).toEqual(new Set(graph.groups));
    const drawn = layout.groups.map((placed) => placed.group.id);
    for (const group of graph.groups) {
      if (group.parent) expect(drawn.indexOf(group.parent)).toBeLessThan(drawn.indexOf(group.id));
    }
  });

  it('overlaps no two node boxes, within or across groups, and no node with a group it is not in', async () => {
    const layout = await laidOut(graph);
    expect(overlappingPairs(layout.nodes.map((placed) => ({ ...placed, name: placed.node.id })))).toEqual([]);
    expect(layoutProblems(layout).filter((problem) => problem.includes('overlap'))).toEqual([]);
  });

  it('makes every node box hold its measured label and detail with padding', async () => {
    const layout = await laidOut(graph);
    for (const placed of layout.nodes) {
      const chrome = nodeChrome(placed.node);
      const room = placed.width - 2 * NODE_TEXT.paddingX - chrome.left - chrome.right;
      expect(placed.label.width, placed.node.id).toBeLessThanOrEqual(room);
      expect(placed.detail?.width ?? 0, placed.node.id).toBeLessThanOrEqual(room);
    }
  });

  it('puts every group box around its nodes and child groups', async () => {
    const layout = await laidOut(graph);
    expect(layoutProblems(layout).filter((problem) => problem.includes('contain'))).toEqual([]);
    for (const placed of layout.groups) {
      expect(placed.width).toBeGreaterThanOrEqual(placed.label.width);
    }
  });

  it('routes every edge orthogonally from the border of its source box to the border of its target box', async () => {
    const layout = await laidOut(graph);
    const box = new Map(layout.nodes.map((placed) => [placed.node.id, placed]));
    for (const placed of layout.edges) {
      expect(placed.points.length).toBeGreaterThanOrEqual(2);
      expect(distanceToBorder(placed.points[0]!, box.get(placed.edge.from)!)).toBeLessThanOrEqual(1);
      expect(distanceToBorder(placed.points.at(-1)!, box.get(placed.edge.to)!)).toBeLessThanOrEqual(1);
    }
    expect(layoutProblems(layout)).toEqual([]);
  });

  it('places each edge label as measured: its text, or a number per distinct text (1, 2, … as first met) for the key', async () => {
    const layout = await laidOut(graph);
    const keys = new Map<string, number>();
    for (const placed of layout.edges) {
      expect(placed.label !== undefined, placed.edge.id).toBe(placed.edge.label !== undefined);
      if (placed.label) {
        expect(placed.label.width).toBeGreaterThanOrEqual(placed.label.text.width);
        if (placed.label.key === undefined) expect(placed.label.text.lines.join(' ')).toBe(placed.edge.label);
        else {
          const key = keys.get(placed.edge.label!) ?? keys.size + 1;
          keys.set(placed.edge.label!, key);
          expect([placed.label.key, placed.label.text.lines.join(' ')]).toEqual([key, String(key)]);
        }
      }
    }
  });

  it('fits everything inside the diagram and rounds every number to 0.1 px', async () => {
    const layout = await laidOut(graph);
    const whole = { x: 0, y: 0, width: layout.width, height: layout.height };
    const numbers: number[] = [layout.width, layout.height];
    for (const placed of [...layout.nodes, ...layout.groups]) {
      expect(contains(whole, placed)).toBe(true);
      numbers.push(placed.x, placed.y, placed.width, placed.height);
    }
    for (const placed of layout.edges) {
      for (const point of placed.points) {
        expect(contains(whole, { ...point, width: 0, height: 0 })).toBe(true);
        numbers.push(point.x, point.y);
      }
      if (placed.label) numbers.push(placed.label.x, placed.label.y);
    }
    for (const value of numbers) expect(Math.round(value * 10) / 10).toBe(value);
  });
});

describe('layoutView', () => {
  it('gives identical results for two runs', async () => {
    for (const graph of [MIXED_VIEW, generatedView(25, 3)]) {
      const first = JSON.stringify(await layoutView(graph, FONTS));
      const second = JSON.stringify(await layoutView(structuredClone(graph), FONTS));
      expect(second).toBe(first);
    }
  });

  it('keeps labels holding `<script>` and `&` as they are (escaping is the renderer’s job)', async () => {
    const layout = await laidOut(MIXED_VIEW);
    const placed = layout.nodes.find((p) => p.node.id === 'mn.sia.insurance')!;
    expect(placed.label.lines.join(' ')).toBe('Нийгмийн даатгалын систем <script>alert(1)</script> & co');
  });

  it('draws nodes of a missing group at the top level and breaks a cycle of parents', async () => {
    const graph: ViewGraph = {
      ...LONG_LABEL_VIEW,
      id: 'odd-groups',
      nodes: LONG_LABEL_VIEW.nodes.map((node) => (node.id === 'c' ? { ...node, group: 'nowhere' } : node)),
      groups: [
        { ...LONG_LABEL_VIEW.groups[0]!, id: 'g', parent: 'h' },
        { ...LONG_LABEL_VIEW.groups[0]!, id: 'h', label: 'Х', parent: 'g' },
      ],
    };
    const layout = await layoutView(graph, FONTS);
    expect(layoutProblems(layout).filter((problem) => !problem.includes('does not contain group'))).toEqual([]);
  });

  it('lays out an empty view and a view with only an empty group', async () => {
    const empty: ViewGraph = { ...MIXED_VIEW, id: 'empty', nodes: [], groups: [], edges: [] };
    expect((await layoutView(empty, FONTS)).nodes).toEqual([]);
    const lonely = await layoutView({ ...empty, groups: [MIXED_VIEW.groups[0]!] }, FONTS);
    expect(lonely.groups[0]!.width).toBeGreaterThanOrEqual(lonely.groups[0]!.label.width);
  });

  it('names the view and the edge when an edge ends at a node the view does not have', async () => {
    const graph: ViewGraph = { ...MIXED_VIEW, edges: [{ ...MIXED_VIEW.edges[0]!, to: 'mn.nowhere' }] };
    await expect(layoutView(graph, FONTS)).rejects.toThrow(/view 'mixed'.*mn\.nowhere/);
  });
});
