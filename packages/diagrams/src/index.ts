// Public surface of @gea-arch/diagrams: lay out a ViewGraph and draw it as SVG, Mermaid, PlantUML or D2,
// with the fonts the caller passes in. Pure: no Node.js, so the CLI, an editor preview and a browser
// share it; reading the bundled font, worker threads, the disk cache and PNG are in `./node`.
export { createFonts, type FontFaces, type Fonts } from './fonts/fonts.js';
export { drawableText, wrapText } from './fonts/wrap-text.js';
export * from './layout/index.js';
export { renderSvg, type SvgOptions } from './svg/render-svg.js';
export { MERMAID_LIMITS, mermaidDrawing, mermaidExcesses, renderMermaid, type MermaidSize } from './text/mermaid.js';
export { renderPlantUml, type PlantUmlOptions } from './text/plantuml.js';
export { renderD2 } from './text/d2.js';
export {
  measureReadability,
  readabilityPenalty,
  readabilityProblems,
  readabilityExcesses,
  a3Scale,
  READABILITY_LIMITS,
  type Readability,
  type ReadabilityLimits,
  type ReadabilityExcess,
} from './quality/readability.js';
