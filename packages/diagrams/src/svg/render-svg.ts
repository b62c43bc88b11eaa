// Renders a laid-out view as one self-contained SVG document: title bar, groups, nodes, edges
// and legend, styled by an embedded style sheet with a dark variant, its text set in the fonts it
// was laid out with. Same layout and fonts, same bytes.
import type { EdgeKind } from '@gea-arch/core';
import { diagramWords } from '../chrome/words.js';
import type { Fonts } from '../fonts/fonts.js';
import type { ViewLayout } from '../layout/types.js';
import { layoutBounds } from './bounds.js';
import { markerDefinitions, renderEdge } from './edges.js';
import { escapeXml } from './escape.js';
import { num } from './format.js';
import { renderGroup, renderGroupHeader } from './groups.js';
import { renderLegend } from './legend.js';
import { renderNode } from './nodes.js';
import { diagramCss, ROOT_CLASS } from './palette.js';
import { renderTitleBar, titleBarHeight, titleBarWidth, titleLines, titleText } from './title-bar.js';

export interface SvgOptions {
  /** Prefix for node and group links: where the site's root is, seen from the SVG. Default `../site/`. */
  readonly siteRoot?: string;
}

/** Space around the diagram body and the legend. */
const MARGIN = 24;
/** The legend and the title never wrap narrower than this, however narrow the diagram. */
const MIN_TEXT_WIDTH = 520;

/** `layout` as SVG, with text measured by `fonts` (those the layout was made with). */
export function renderSvg(layout: ViewLayout, fonts: Fonts, options: SvgOptions = {}): string {
  const siteRoot = options.siteRoot ?? '../site/';
  const { graph } = layout;
  const words = diagramWords(graph.locale);
  const nodesById = new Map(layout.nodes.map((placed) => [placed.node.id, placed]));
  const title = titleText(graph);
  const empty = layout.nodes.length === 0;
  const body = empty ? { x: 0, y: 0, width: Math.ceil(fonts.width(words.emptyView, 14)), height: 40 } : layoutBounds(layout);
  const legend = renderLegend(fonts, layout, words, Math.max(body.width, MIN_TEXT_WIDTH));
  // The title wraps within the drawing: a long one makes the bar taller, not the picture wider.
  const titleBar = titleLines(fonts, title, Math.max(body.width, legend.width, MIN_TEXT_WIDTH));
  const bodyTop = titleBarHeight(fonts, titleBar) + MARGIN;
  const legendTop = bodyTop + body.height + MARGIN;
  const width = Math.ceil(Math.max(body.width, titleBarWidth(fonts, titleBar), legend.width) + 2 * MARGIN);
  const height = Math.ceil(legend.height > 0 ? legendTop + legend.height + MARGIN : legendTop);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="${ROOT_CLASS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
      ` role="img" aria-labelledby="gea-diagram-title" data-view-id="${escapeXml(graph.id)}" data-view-kind="${graph.kind}">`,
    `<title id="gea-diagram-title">${escapeXml(title.title)}</title>`,
    `<style>\n${diagramCss(fonts.faces.family)}\n</style>`,
    `<defs>\n${markerDefinitions(edgeKindsShown(layout))}\n</defs>`,
    `<rect class="bg" x="0" y="0" width="${width}" height="${height}"/>`,
    renderTitleBar(fonts, titleBar, width, MARGIN),
    `<g class="body" transform="translate(${num(MARGIN - body.x)} ${num(bodyTop - body.y)})">`,
    ...(empty ? [`<text class="empty" x="0" y="24" font-size="14">${escapeXml(words.emptyView)}</text>`] : []),
    `<g class="groups">`,
    ...layout.groups.map(renderGroup),
    `</g>`,
    `<g class="nodes">`,
    ...layout.nodes.map((node) => renderNode(fonts, node, words, siteRoot)),
    `</g>`,
    `<g class="edges">`,
    ...layout.edges.map((edge) => renderEdge(fonts, edge, nodesById, words, siteRoot)),
    `</g>`,
    `<g class="group-headers">`,
    ...layout.groups.map((group) => renderGroupHeader(fonts, group, words, siteRoot)),
    `</g>`,
    `</g>`,
    ...(legend.height > 0 ? [legend.at(MARGIN, legendTop)] : []),
    `</svg>\n`,
  ].join('\n');
}

/** Edge kinds in order of first appearance, each once. */
function edgeKindsShown(layout: ViewLayout): EdgeKind[] {
  return [...new Set(layout.edges.map((placed) => placed.edge.kind))];
}
