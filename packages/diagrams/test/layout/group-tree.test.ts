import { describe, expect, it } from 'vitest';
import { resolveGroupTree } from '../../src/layout/group-tree.js';
import type { ViewGroup, ViewNode } from '@gea-arch/core';

const group = (id: string, parent?: string): ViewGroup => ({
  id,
  kind: 'agency',
  label: id,
  status: 'active',
  tooltip: id,
  href: '',
  ...(parent ? { parent } : {}),
});
const node = (id: string, inGroup?: string): ViewNode => ({
  id,
  kind: 'system',
  label: id,
  status: 'active',
  badges: [],
  tooltip: id,
  href: '',
  ...(inGroup ? { group: inGroup } : {}),
});

describe('resolveGroupTree', () => {
  it('nests groups under their parents and nodes in their groups, with depths', () => {
    const tree = resolveGroupTree({ groups: [group('a'), group('b', 'a'), group('c', 'b')], nodes: [node('x', 'c'), node('y')] });
    expect(tree.groupParent).toEqual([-1, 0, 1]);
    expect(tree.groupDepth).toEqual([0, 1, 2]);
    expect(tree.nodeGroup).toEqual([2, -1]);
  });

  it('puts groups with a missing parent, themselves as parent, or in a cycle at the top level', () => {
    const tree = resolveGroupTree({
      groups: [group('a', 'b'), group('b', 'c'), group('c', 'b'), group('d', 'nowhere'), group('e', 'e')],
      nodes: [node('x', 'nowhere')],
    });
    // a keeps its parent b; the cycle b ⇄ c is broken by lifting both.
    expect(tree.groupParent).toEqual([1, -1, -1, -1, -1]);
    expect(tree.groupDepth).toEqual([1, 0, 0, 0, 0]);
    expect(tree.nodeGroup).toEqual([-1]);
  });
});
