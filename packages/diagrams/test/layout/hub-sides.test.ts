import { describe, expect, it } from 'vitest';
import type { ViewEdge, ViewGraph, ViewGroup, ViewNode } from '@gea-arch/core';
import { findHub, hubSides } from '../../src/layout/hub-sides.js';
import { resolveGroupTree } from '../../src/layout/group-tree.js';
import { edge as fixtureEdge, group as fixtureGroup, node as fixtureNode, viewAsGiven } from './fixtures.js';

const node = (id: string, inGroup?: string): ViewNode => fixtureNode(id, 'system', id, inGroup ? { group: inGroup } : {});
const group = (id: string): ViewGroup => fixtureGroup(id, id);
const edge = (from: string, to: string): ViewEdge => fixtureEdge(from, to, 'consumes');
const graph = (nodes: ViewNode[], groups: ViewGroup[], edges: ViewEdge[]): ViewGraph => viewAsGiven('hub', nodes, groups, edges);

/** An agency's context: ten agencies around `a.home`, six consuming from it, four it consumes from. */
function contextOfAgency(): ViewGraph {
  const others = Array.from({ length: 10 }, (_, index) => `a${index}`);
  const nodes = [node('home.one', 'home'), node('home.two', 'home'), ...others.map((id) => node(`${id}.system`, id))];
  const edges = others.map((id, index) => (index < 6 ? edge(`${id}.system`, 'home.one') : edge('home.two', `${id}.system`)));
  return graph(nodes, [group('home'), ...others.map(group)], [...edges, edge('home.two', 'home.one')]);
}

describe('hub sides', () => {
  it('finds a group that every edge between top-level parts meets, and the part each node is in', () => {
    const view = contextOfAgency();
    const hub = findHub(view, resolveGroupTree(view));
    expect(hub?.id).toBe('g0');
    expect(hub?.partOf.slice(0, 3)).toEqual(['g0', 'g0', 'g1']);
  });

  it('puts what sends to the hub before it and what it sends to after it, evenly', () => {
    const view = contextOfAgency();
    const sides = hubSides(view, findHub(view, resolveGroupTree(view))!);
    expect(sides.get('g0')).toBe(1);
    const before = [...sides].filter(([, band]) => band === 0).map(([id]) => id);
    const after = [...sides].filter(([, band]) => band === 2).map(([id]) => id);
    expect(before).toHaveLength(5);
    expect(after).toHaveLength(5);
    // The four the hub sends to are after it.
    expect(after).toEqual(expect.arrayContaining(['g7', 'g8', 'g9', 'g10']));
  });

  it('puts each side in two bands when asked, outer and inner, the hub between', () => {
    const view = contextOfAgency();
    const sides = hubSides(view, findHub(view, resolveGroupTree(view))!, 2);
    expect(sides.get('g0')).toBe(2);
    const count = (band: number) => [...sides.values()].filter((value) => value === band).length;
    expect([0, 1, 3, 4].map(count)).toEqual([3, 2, 3, 2]);
    expect(['g7', 'g8', 'g9', 'g10'].every((id) => sides.get(id)! > 2)).toBe(true);
  });

  it('finds a node hub in a view without groups, and none in a view with too few parts', () => {
    const spokes = Array.from({ length: 9 }, (_, index) => node(`s${index}`));
    const flat = graph(
      [node('khur'), ...spokes],
      [],
      spokes.map((spoke) => edge(spoke.id, 'khur')),
    );
    expect(findHub(flat, resolveGroupTree(flat))?.id).toBe('n0');
    const small = graph(flat.nodes.slice(0, 5), [], flat.edges.slice(0, 4));
    expect(findHub(small, resolveGroupTree(small))).toBeUndefined();
  });

  it('finds no hub when the edges spread over the parts', () => {
    const nodes = Array.from({ length: 10 }, (_, index) => node(`s${index}`));
    const ring = graph(
      nodes,
      [],
      nodes.map((from, index) => edge(from.id, nodes[(index + 1) % nodes.length]!.id)),
    );
    expect(findHub(ring, resolveGroupTree(ring))).toBeUndefined();
  });
});
