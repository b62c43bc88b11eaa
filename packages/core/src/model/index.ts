// The semantic model: plain immutable objects (a batch keeps its source ranges as numbers), lifecycles and the plateau projection, fixed values.
export * from './types.js';
export * from './plateaus.js';
export * from './model-at.js';
export * from './model-change.js';
export type { Touched } from './projection-history.js';
export { reverseListsOf } from './reverse-lists.js';
export * from './durations.js';
export { exactWholeNumber } from './exact-numbers.js';
export * from './source-order.js';
export * from './document-paths.js';
export * from './vocabulary.js';
export { carriedPrivacy, fieldPrivacy, heldPrivacy } from './held-privacy.js';
export * from './property-sources.js';
export { NumberedRange } from './numbered-range.js';
export * from './kind-lists.js';
export { declarationsById, isRepeat } from './declarations-by-id.js';
export { withBorrowedPlateau } from './borrowed-plateau.js';
