// Edges between two agencies laid out as if they all ran the way most of them run: which edges are
// turned round for ELK, and that, drawn, each still runs from its source to its target, straight across.
import { describe, expect, it } from 'vitest';
import type { ViewEdge, ViewGraph, ViewGroup, ViewNode } from '@gea-arch/core';
import { resolveGroupTree } from '../../src/layout/group-tree.js';
import { layoutWithPlan } from '../../src/layout/layout-view.js';
import { againstTheFlow } from '../../src/layout/one-way.js';
import { FONTS } from '../fonts.js';
import { edge as fixtureEdge, group as fixtureGroup, node as fixtureNode, viewAsGiven } from './fixtures.js';
import { layoutProblems } from './geometry-checks.js';
import { attachGraph } from '../../src/layout/layout-geometry.js';

const node = (id: string, inGroup?: string): ViewNode => fixtureNode(id, 'system', `Систем ${id}`, inGroup ? { group: inGroup } : {});
const group = (id: string): ViewGroup => fixtureGroup(id, `Агентлаг ${id}`);
const edge = (from: string, to: string): ViewEdge => fixtureEdge(from, to, 'consumes');
const graph = (nodes: ViewNode[], groups: ViewGroup[], edges: ViewEdge[]): ViewGraph =>
  viewAsGiven('two-ways', nodes, groups, edges, 'landscape');

/** Two agencies of four systems each: three edges from a to b, two back, one inside a. */
function exchangesBothWays(): ViewGraph {
  const nodes = ['a', 'b'].flatMap((agency) => [0, 1, 2, 3].map((index) => node(`${agency}${index}`, agency)));
  const edges = [edge('a0', 'b1'), edge('b0', 'a2'), edge('a1', 'b2'), edge('b3', 'a0'), edge('a3', 'b3'), edge('a1', 'a3')];
  return graph(nodes, [group('a'), group('b')], edges);
}

describe('edges laid out one way', () => {
  it('turns round the edges between two parts that run against most of them, and no other', () => {
    const view = exchangesBothWays();
    expect(againstTheFlow(view, resolveGroupTree(view))).toEqual([false, true, false, true, false, false]);
  });

  it('on a tie, turns round those against the pair’s first edge; top-level nodes are parts of their own', () => {
    const view = graph(
      [node('x'), node('y'), node('z', 'g')],
      [group('g')],
      [edge('y', 'x'), edge('x', 'y'), edge('z', 'x'), edge('x', 'z'), edge('x', 'z')],
    );
    expect(againstTheFlow(view, resolveGroupTree(view))).toEqual([false, true, true, false, false]);
  });

  it('draws every edge from its source to its target, each running straight across from one agency to the other', async () => {
    const view = exchangesBothWays();
    const oneWay = await layoutWithPlan(view, FONTS, { plan: { hierarchy: 'nested', direction: 'RIGHT', labels: 'inline', oneWay: true } });
    expect(oneWay.plan).toBe('nested-RIGHT-inline-oneway');
    expect(layoutProblems(attachGraph(view, oneWay))).toEqual([]);
    const between = oneWay.edges.slice(0, 5);
    const monotonic = (xs: readonly number[]): boolean =>
      xs.every((x, index) => index === 0 || x >= xs[index - 1]!) || xs.every((x, index) => index === 0 || x <= xs[index - 1]!);
    expect(between.map((placed) => monotonic(placed.points.map((point) => point.x)))).toEqual([true, true, true, true, true]);
    // As they point, the two edges back from b to a leave b on its far side and run round the drawing.
    const asTheyPoint = await layoutWithPlan(view, FONTS, { plan: { hierarchy: 'nested', direction: 'RIGHT', labels: 'inline' } });
    expect(asTheyPoint.edges.slice(0, 5).map((placed) => monotonic(placed.points.map((point) => point.x)))).toContain(false);
  });
});
