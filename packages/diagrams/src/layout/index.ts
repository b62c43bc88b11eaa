// What the rest of the compiler uses from layout: lay out one view or many (cached, in workers),
// the ViewLayout contract, the cache key, and the sizing constants.
export type { Box, PlacedEdge, PlacedGroup, PlacedNode, Point, TextBlock, ViewLayout } from './types.js';
export { layoutView, layoutGeometry, type LayoutViewOptions } from './layout-view.js';
export { layoutViews, type LayoutViewsOptions, type LayoutViewsResult } from './layout-pool.js';
export { LAYOUT_VERSION, layoutCacheKey, pruneLayoutCache } from './layout-cache.js';
export { ELK_LAYOUT_OPTIONS, SMALL_VIEW_NODES, elkOptionsFor } from './elk-options.js';
export { EDGE_LABEL, GROUP_TEXT, NODE_TEXT, textBlockHeight } from './node-sizes.js';
