// View computation: from the semantic model, at the plateaus the views show (modelAt), to one
// ViewGraph per view.
export type * from './view-graph.js';
export { computeView, computeViews, titlesIn, viewSpecs, type ViewDrawing, type ViewOptions } from './compute-views.js';
export type { ViewSpec } from './view-spec.js';
export { PlateauProjections, thingKey, type Projection, type Thing } from './projections.js';
export { elementState } from './element-state.js';
export { AGGREGATE_ABOVE, DENSE_FOLD_ABOVE, FOLD_ABOVE } from './fold.js';
export { DATAFLOWS_PER_AGENCY, LABELLED_EDGES_MAX, SYSTEM_LANDSCAPE_MAX } from './compute-views.js';
export { hrefOf, type DiagramWords } from './element-text.js';
