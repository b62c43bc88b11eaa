// @gea-arch/diagrams/node: the parts that need Node.js — the bundled Noto Sans read from disk,
// laying out many views in worker threads, the layout cache on disk, and PNG through resvg.
export { BUNDLED_FONT_FAMILY, BUNDLED_FONT_FILES, bundledFontFaces, loadBundledFonts } from './bundled-fonts.js';
export { layoutViews, type LayoutViewsOptions, type LayoutViewsResult } from './layout-pool.js';
export { LayoutFailure, type LayoutFailureKind } from './layout-failure.js';
export { LAYOUT_VERSION, layoutCacheKey, pruneLayoutCache } from './layout-cache.js';
export { COMPUTED_KEYS, RememberedKeys, type LayoutKeys } from './remembered-keys.js';
export { LayoutSummaries, type LayoutSummary } from './layout-summaries.js';
export { MermaidSizes } from './mermaid-sizes.js';
export { drawnGraphDigest, graphDigest, knowGraphDigests } from './graph-digests.js';
export { renderPng, type PngOptions } from './render-png.js';
export { PngPool, type PngPoolOptions } from './png-pool.js';
