import { describe, expect, it } from 'vitest';
import { resolveGroupTree } from '../../src/layout/group-tree.js';
import { agencyGroup, systemNode } from '@gea-arch/fixtures';

describe('resolveGroupTree', () => {
  it('nests groups under their parents and nodes in their groups, with depths', () => {
    const tree = resolveGroupTree({
      groups: [agencyGroup('a'), agencyGroup('b', 'a'), agencyGroup('c', 'b')],
      nodes: [systemNode('x', 'c'), systemNode('y')],
    });
    expect(tree.groupParent).toEqual([-1, 0, 1]);
    expect(tree.groupDepth).toEqual([0, 1, 2]);
    expect(tree.nodeGroup).toEqual([2, -1]);
  });

  it('puts groups with a missing parent, themselves as parent, or in a cycle at the top level', () => {
    const tree = resolveGroupTree({
      groups: [agencyGroup('a', 'b'), agencyGroup('b', 'c'), agencyGroup('c', 'b'), agencyGroup('d', 'nowhere'), agencyGroup('e', 'e')],
      nodes: [systemNode('x', 'nowhere')],
    });
    // a keeps its parent b; the cycle b ⇄ c is broken by lifting both.
    expect(tree.groupParent).toEqual([1, -1, -1, -1, -1]);
    expect(tree.groupDepth).toEqual([1, 0, 0, 0, 0]);
    expect(tree.nodeGroup).toEqual([-1]);
  });
});
