// A view graph as ELK's JSON graph: measured nodes inside nested group nodes, every edge declared
// at the root (coordinates in root space), edge labels sized so ELK places them clear of the rest.
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api.js';
import type { ViewGraph } from '@gea-arch/core';
import type { GroupTree } from './group-tree.js';
import { GROUP_TEXT, type ViewSizes } from './node-sizes.js';

/** ELK ids are positional (`n3`, `g0`, `e7`), so no model name can clash with another or confuse ELK. */
export const elkNodeId = (index: number): string => `n${index}`;
export const elkGroupId = (index: number): string => `g${index}`;
export const elkEdgeId = (index: number): string => `e${index}`;

export function buildElkGraph(graph: ViewGraph, sizes: ViewSizes, tree: GroupTree, options: Readonly<LayoutOptions>): ElkNode {
  // ELK reads a compound node's minimum size across the flow when it lays out across hierarchy
  // levels downwards (elkjs 0.12), so a group with something in it is given it the other way round there.
  const across = options['elk.direction'] === 'DOWN' || options['elk.direction'] === 'UP';
  const filled = new Set([...tree.nodeGroup, ...tree.groupParent]);
  const groupNodes: ElkNode[] = graph.groups.map((_, index) => {
    const size = sizes.groups[index]!;
    const minimum = [size.minWidth, size.headerHeight + GROUP_TEXT.padding];
    if (across && filled.has(index)) minimum.reverse();
    return {
      id: elkGroupId(index),
      layoutOptions: {
        'elk.padding': `[top=${size.headerHeight},left=${GROUP_TEXT.padding},bottom=${GROUP_TEXT.padding},right=${GROUP_TEXT.padding}]`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${minimum[0]}, ${minimum[1]})`,
      },
      children: [],
    };
  });
  const root: ElkNode = { id: 'root', layoutOptions: { ...options }, children: [] };
  const containerOf = (groupIndex: number): ElkNode => (groupIndex === -1 ? root : groupNodes[groupIndex]!);

  // Groups first, then nodes, each in graph order, so ELK sees the same model order every run.
  graph.groups.forEach((_, index) => containerOf(tree.groupParent[index]!).children!.push(groupNodes[index]!));
  graph.nodes.forEach((_, index) => {
    const size = sizes.nodes[index]!;
    containerOf(tree.nodeGroup[index]!).children!.push({ id: elkNodeId(index), width: size.width, height: size.height });
  });

  const nodeIndex = new Map<string, number>();
  graph.nodes.forEach((node, index) => {
    if (!nodeIndex.has(node.id)) nodeIndex.set(node.id, index);
  });
  root.edges = graph.edges.map((edge, index): ElkExtendedEdge => {
    const from = nodeIndex.get(edge.from);
    const to = nodeIndex.get(edge.to);
    if (from === undefined || to === undefined) {
      const missing = from === undefined ? edge.from : edge.to;
      throw new Error(`view '${graph.id}': edge '${edge.id}' ends at '${missing}', which is not a node of the view`);
    }
    const label = sizes.edgeLabels[index];
    return {
      id: elkEdgeId(index),
      sources: [elkNodeId(from)],
      targets: [elkNodeId(to)],
      ...(label
        ? {
            labels: [
              {
                id: `l${index}`,
                // ELK ignores a label without text; the text itself plays no part in the layout.
                text: label.text.lines.join(' '),
                width: label.width,
                height: label.height,
                // On the line (the renderer paints the label's box over it), so it reads as the edge's.
                layoutOptions: { 'elk.edgeLabels.placement': 'CENTER', 'elk.edgeLabels.inline': 'true' },
              },
            ],
          }
        : {}),
    };
  });
  return root;
}
