// The readability measures on hand-made layouts whose answers are known.
import { describe, expect, it } from 'vitest';
import type { ViewEdge, ViewGraph, ViewNode } from '@gea-arch/core';
import { a3Scale, measureReadability, readabilityProblems, READABILITY_LIMITS } from '../../src/quality/readability.js';
import type { PlacedEdge, PlacedNode, Point, ViewLayout } from '../../src/layout/types.js';

const text = (fontSize = 13) => ({ lines: ['x'], fontSize, bold: false, width: 10 });

function node(id: string, x: number, y: number, width = 40, height = 20): PlacedNode {
  const viewNode: ViewNode = { id, kind: 'system', label: id, status: 'active', badges: [], tooltip: id, href: '' };
  return { node: viewNode, x, y, width, height, label: text() };
}

function edge(id: string, from: string, to: string, points: Point[]): PlacedEdge {
  const viewEdge: ViewEdge = { id, from, to, kind: 'consumes', status: 'active', tooltip: id };
  return { edge: viewEdge, points };
}

function layout(width: number, height: number, nodes: PlacedNode[], edges: PlacedEdge[]): ViewLayout {
  const graph = {
    id: 'v',
    kind: 'landscape',
    title: 'v',
    locale: 'en',
    declared: false,
    aggregated: false,
    nodes: nodes.map((n) => n.node),
    groups: [],
    edges: edges.map((e) => e.edge),
  } as ViewGraph;
  return { graph, width, height, nodes, groups: [], edges };
}

describe('measureReadability', () => {
  it('reads the shape as the longer side over the shorter, in either orientation', () => {
    expect(measureReadability(layout(400, 100, [], [])).aspect).toBe(4);
    expect(measureReadability(layout(100, 400, [], [])).aspect).toBe(4);
  });

  it('counts a crossing of two edges, but not edges meeting at a shared node', () => {
    const nodes = [node('a', 0, 40), node('b', 200, 40), node('c', 100, 0), node('d', 100, 200)];
    const across = edge('ab', 'a', 'b', [
      { x: 40, y: 50 },
      { x: 200, y: 50 },
    ]);
    const down = edge('cd', 'c', 'd', [
      { x: 110, y: 20 },
      { x: 110, y: 200 },
    ]);
    const fromA = edge('ad', 'a', 'd', [
      { x: 20, y: 60 },
      { x: 20, y: 210 },
      { x: 100, y: 210 },
    ]);
    const measures = measureReadability(layout(300, 300, nodes, [across, down, fromA]));
    expect(measures.crossings).toBe(1);
    expect(measures.crossingsPerEdge).toBeCloseTo(1 / 3);
  });

  it('counts bends where a route turns, not points on a straight run', () => {
    const route = edge('e', 'a', 'b', [
      { x: 0, y: 0 },
      { x: 50, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 50 },
      { x: 150, y: 50 },
    ]);
    expect(measureReadability(layout(200, 100, [node('a', -40, -10), node('b', 150, 40)], [route])).bendsPerEdge).toBe(2);
  });

  it('finds an edge passing through a node that is not one of its ends', () => {
    const nodes = [node('a', 0, 0), node('b', 200, 0), node('middle', 100, 0)];
    const measures = measureReadability(
      layout(300, 40, nodes, [
        edge('ab', 'a', 'b', [
          { x: 40, y: 10 },
          { x: 200, y: 10 },
        ]),
      ]),
    );
    expect(measures.edgesThroughNodes).toBe(1);
  });

  it('scales the drawing to A3 in its better orientation to find the smallest text', () => {
    expect(a3Scale(1190.55, 841.89)).toBeCloseTo(1);
    expect(a3Scale(841.89, 1190.55)).toBeCloseTo(1);
    const wide = measureReadability(layout(2381.1, 1683.78, [node('a', 0, 0)], []));
    expect(wide.smallestTextAtA3).toBeCloseTo(6.5);
  });

  it('names what is over its limit', () => {
    const measures = measureReadability(layout(500, 100, [node('a', 0, 0)], []));
    expect(readabilityProblems(measures)).toEqual([`aspect 5 > ${READABILITY_LIMITS.aspect}`]);
  });
});
