// A view graph as ELK's JSON graph where every group is laid out on its own, as a compact box with
// ports: an edge that leaves a group goes out through a port on its border, and edges of one kind
// between the same two groups share the ports and the line between them (a bundle). Each edge is
// then a chain of segments, one per level of nesting it crosses, joined again after layout.
import type { ElkExtendedEdge, ElkNode, ElkPort, LayoutOptions } from 'elkjs/lib/elk-api.js';
import type { ViewEdge, ViewGraph } from '@gea-arch/core';
import type { GroupTree } from './group-tree.js';
import { GROUP_TEXT, type ViewSizes } from './node-sizes.js';
import { elkGroupId, elkNodeId } from './elk-graph.js';

/** For each edge of the graph (graph order): the ids of the ELK edges it runs along, in order. */
export type SegmentChains = readonly (readonly string[])[];

/** Where each edge label went: the ELK label id of edge `index` is `l${index}`, on this segment. */
export interface BundledElkGraph {
  readonly root: ElkNode;
  readonly chains: SegmentChains;
}

/** The sides ports go on for a layout direction: edges leave a group downstream and enter it upstream. */
const PORT_SIDES: Readonly<Record<string, { readonly out: string; readonly in: string }>> = {
  RIGHT: { out: 'EAST', in: 'WEST' },
  LEFT: { out: 'WEST', in: 'EAST' },
  DOWN: { out: 'SOUTH', in: 'NORTH' },
  UP: { out: 'NORTH', in: 'SOUTH' },
};

/** A bundle holds edges that are drawn alike: of one kind and one status. */
function bundleStyle(edge: ViewEdge): string {
  return `${edge.kind}/${edge.status}`;
}

export function buildBundledElkGraph(
  graph: ViewGraph,
  sizes: ViewSizes,
  tree: GroupTree,
  options: Readonly<LayoutOptions>,
): BundledElkGraph {
  const sides = PORT_SIDES[options['elk.direction'] ?? 'RIGHT'] ?? PORT_SIDES.RIGHT!;
  const { 'elk.padding': _rootPadding, ...groupOptions } = options;
  const groupNodes: ElkNode[] = graph.groups.map((_, index) => {
    const size = sizes.groups[index]!;
    return {
      id: elkGroupId(index),
      layoutOptions: {
        ...groupOptions,
        'elk.padding': `[top=${size.headerHeight},left=${GROUP_TEXT.padding},bottom=${GROUP_TEXT.padding},right=${GROUP_TEXT.padding}]`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${size.minWidth}, ${size.headerHeight + GROUP_TEXT.padding})`,
        'elk.portConstraints': 'FIXED_SIDE',
        'elk.hierarchyHandling': 'SEPARATE_CHILDREN',
      },
      children: [],
      ports: [],
      edges: [],
    };
  });
  const root: ElkNode = {
    id: 'root',
    layoutOptions: { ...options, 'elk.hierarchyHandling': 'SEPARATE_CHILDREN' },
    children: [],
    edges: [],
  };
  const container = (groupIndex: number): ElkNode => (groupIndex === -1 ? root : groupNodes[groupIndex]!);
  graph.groups.forEach((_, index) => container(tree.groupParent[index]!).children!.push(groupNodes[index]!));
  graph.nodes.forEach((_, index) => {
    const size = sizes.nodes[index]!;
    container(tree.nodeGroup[index]!).children!.push({ id: elkNodeId(index), width: size.width, height: size.height });
  });

  const nodeIndex = new Map<string, number>();
  graph.nodes.forEach((node, index) => {
    if (!nodeIndex.has(node.id)) nodeIndex.set(node.id, index);
  });
  /** The containers from `group` outwards, ending with the root (-1). */
  const chainOf = (group: number): number[] => {
    const chain = [group];
    while (chain[chain.length - 1] !== -1) chain.push(tree.groupParent[chain[chain.length - 1]!]!);
    return chain;
  };

  const ports = new Map<string, string>();
  const portOf = (group: number, direction: 'out' | 'in', key: string): string => {
    const portKey = `${group}|${direction}|${key}`;
    let id = ports.get(portKey);
    if (id === undefined) {
      id = `${elkGroupId(group)}p${groupNodes[group]!.ports!.length}`;
      const port: ElkPort = { id, width: 1, height: 1, layoutOptions: { 'elk.port.side': direction === 'out' ? sides.out : sides.in } };
      groupNodes[group]!.ports!.push(port);
      ports.set(portKey, id);
    }
    return id;
  };
  const segments = new Map<string, ElkExtendedEdge>();
  const segmentOf = (where: number, source: string, target: string): string => {
    const key = `${source}>${target}`;
    let segment = segments.get(key);
    if (segment === undefined) {
      segment = { id: `s${segments.size}`, sources: [source], targets: [target] };
      segments.set(key, segment);
      container(where).edges!.push(segment);
    }
    return segment.id;
  };

  const chains = graph.edges.map((edge): string[] => {
    const from = nodeIndex.get(edge.from);
    const to = nodeIndex.get(edge.to);
    if (from === undefined || to === undefined) {
      const missing = from === undefined ? edge.from : edge.to;
      throw new Error(`view '${graph.id}': edge '${edge.id}' ends at '${missing}', which is not a node of the view`);
    }
    const up = chainOf(tree.nodeGroup[from]!);
    const down = chainOf(tree.nodeGroup[to]!);
    const common = up.find((group) => down.includes(group))!;
    const ups = up.slice(0, up.indexOf(common));
    const downs = down.slice(0, down.indexOf(common)).reverse();
    // At the common level an end is the outermost group the edge leaves or enters, or the node.
    const style = bundleStyle(edge);
    const sourceKey = `${style}|${ups.length > 0 ? elkGroupId(ups[ups.length - 1]!) : elkNodeId(from)}`;
    const targetKey = `${style}|${downs.length > 0 ? elkGroupId(downs[0]!) : elkNodeId(to)}`;
    const chain: string[] = [];
    let at = elkNodeId(from);
    for (const group of ups) {
      const port = portOf(group, 'out', targetKey);
      chain.push(segmentOf(group, at, port));
      at = port;
    }
    for (const group of downs) {
      const port = portOf(group, 'in', sourceKey);
      chain.push(segmentOf(tree.groupParent[group]!, at, port));
      at = port;
    }
    chain.push(segmentOf(tree.nodeGroup[to]!, at, elkNodeId(to)));
    return chain;
  });

  // Each label goes on the first segment of its edge that no other edge runs along, else the first.
  const users = new Map<string, number>();
  for (const chain of chains) for (const id of chain) users.set(id, (users.get(id) ?? 0) + 1);
  const segmentById = new Map([...segments.values()].map((segment) => [segment.id, segment]));
  chains.forEach((chain, index) => {
    const label = sizes.edgeLabels[index];
    if (!label) return;
    const own = chain.find((id) => users.get(id) === 1) ?? chain[0]!;
    const segment = segmentById.get(own)!;
    segment.labels = [
      ...(segment.labels ?? []),
      {
        id: `l${index}`,
        text: label.text.lines.join(' '),
        width: label.width,
        height: label.height,
        layoutOptions: { 'elk.edgeLabels.placement': 'CENTER', 'elk.edgeLabels.inline': 'true' },
      },
    ];
  });
  return { root, chains };
}
