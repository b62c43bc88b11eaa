// What the rest of gea uses from layout: lay out one view with the fonts given, the ViewLayout
// contract, and the sizing constants. (Many views in workers, cached on disk: ../node.)
export type { Box, PlacedEdge, PlacedGroup, PlacedNode, Point, TextBlock, ViewLayout } from './types.js';
export {
  DEFAULT_PLAN,
  layoutView,
  layoutGeometry,
  layoutInput,
  type LayoutInput,
  type LayoutPlan,
  type LayoutViewOptions,
} from './layout-view.js';
export { candidatePlans, LAYOUT_BUDGET_MS, planName } from './choose-layout.js';
export { attachGraph, detachGraph, type LayoutGeometry } from './layout-geometry.js';
export { ELK_LAYOUT_OPTIONS, SMALL_VIEW_NODES, elkOptionsFor } from './elk-options.js';
export { EDGE_LABEL, GROUP_TEXT, NODE_TEXT, textBlockHeight } from './node-sizes.js';
