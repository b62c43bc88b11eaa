// The ELK options a view is laid out with, chosen by measurement: scripts/bench-layout.mjs
// (synthetic views of 20, 50, 150 nodes) and the 25 distinct views of examples/mongolia.
import type { LayoutOptions } from 'elkjs/lib/elk-api.js';

/** On the root of every view. */
export const ELK_LAYOUT_OPTIONS: Readonly<LayoutOptions> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.json.edgeCoords': 'ROOT',
  'elk.randomSeed': '1',
  'elk.padding': '[top=16,left=16,bottom=16,right=16]',
  'elk.spacing.nodeNode': '24',
  'elk.layered.spacing.nodeNodeBetweenLayers': '48',
  'elk.spacing.edgeNode': '16',
  'elk.layered.spacing.edgeNodeBetweenLayers': '16',
  'elk.spacing.edgeEdge': '10',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
  'elk.spacing.edgeLabel': '4',
  'elk.spacing.componentComponent': '32',
};

/**
 * Views up to this many nodes get the slower, tighter settings. On the example's views,
 * network-simplex node placement takes a fifth to a quarter less area than Brandes-Köpf, and
 * thoroughness 20 has 12 % fewer edge crossings than 7 (495 against 566; 1 gives 693, 40 no
 * better). But network simplex grows steeply (warm: 50 nodes ~0.4 s, 80 ~2 s, 100 ~3 s, 150
 * ~10 s), so larger views keep Brandes-Köpf and thoroughness 7 (150 nodes ~0.5–1 s), where 20
 * costs twice the time for no fewer crossings.
 */
export const SMALL_VIEW_NODES = 60;

const SMALL_VIEW_OPTIONS: Readonly<LayoutOptions> = {
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.thoroughness': '20',
};

const LARGE_VIEW_OPTIONS: Readonly<LayoutOptions> = {
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.thoroughness': '7',
};

/** The root options for a view of `nodeCount` nodes, with `overrides` (benchmarks) laid over them. */
export function elkOptionsFor(nodeCount: number, overrides: Readonly<LayoutOptions> = {}): LayoutOptions {
  return { ...ELK_LAYOUT_OPTIONS, ...(nodeCount <= SMALL_VIEW_NODES ? SMALL_VIEW_OPTIONS : LARGE_VIEW_OPTIONS), ...overrides };
}

/**
 * Laid over the others for a view too large for its text to read on A3 as drawn (`compact`
 * plans): two thirds of the room between nodes, edges and layers. The integration view of ХУР
 * with its consumers folded: 1612 × 2211 px (5.7 pt text at A3) at the usual spacing, 1492 × 2151
 * (6.1 pt) at this.
 */
export const COMPACT_SPACING: Readonly<LayoutOptions> = {
  'elk.spacing.nodeNode': '16',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.spacing.edgeNode': '12',
  'elk.layered.spacing.edgeNodeBetweenLayers': '12',
  'elk.spacing.edgeEdge': '6',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '6',
};

/**
 * Laid over the others for a view still over on crossings (`thorough` plans): more passes of ELK's
 * ordering of nodes within layers. The landscape of three agencies of the 30-agency bench model,
 * its edges laid out one way: 0.52 crossings per edge at the usual 20, 0.24 at 50 (100, 200: no fewer).
 */
export const THOROUGH_ORDERING: Readonly<LayoutOptions> = {
  'elk.layered.thoroughness': '50',
};
