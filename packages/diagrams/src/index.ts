// Public surface of @gea-arch/diagrams: lay out a ViewGraph and draw it as SVG, PNG, Mermaid or
// PlantUML.
export * from './layout/index.js';
export { renderSvg, type SvgOptions } from './svg/render-svg.js';
export { renderPng, type PngOptions } from './png/render-png.js';
export { renderMermaid } from './text/mermaid.js';
export { renderPlantUml } from './text/plantuml.js';
