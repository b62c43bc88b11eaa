// Draws one placed node: a `<g>` with its data attributes and tooltip, linking to the node's page,
// holding the kind's shape coloured by classification, its status border and badges, and its text.
import type { Box, PlacedNode } from '../layout/types.js';
import type { FindingMark, ViewNode } from '@gea-arch/core';
import { findingLevel } from '../chrome/findings.js';
import type { DiagramWords } from '../chrome/words.js';
import type { Fonts } from '../fonts/fonts.js';
import { BADGE_HEIGHT, fitBadges, rowWidth } from '../chrome/badges.js';
import { badgeRow } from './badge-row.js';
import { escapeXml } from './escape.js';
import { BADGE_ROW_GAP, effectiveClassification, nodeBadges } from '../chrome/node-chrome.js';
import { nodeShape, shapeMetrics } from './shapes.js';
import { blockHeight, strikeThrough, textElement } from './text-lines.js';

/** Space between the label and the detail lines. */
const DETAIL_GAP = 2;
/** Least space between the badge row or text and the shape's edge. */
const INNER_MARGIN = 6;

function nodeClasses(node: ViewNode): string {
  const classification = effectiveClassification(node);
  const level = findingLevel(node.findings);
  return ['node', `k-${node.kind}`, classification ? `c-${classification}` : '', `s-${node.status}`, level ? `f-${level}` : '']
    .filter(Boolean)
    .join(' ');
}

/** The tooltip, and the rules of the node's or edge's findings after it. */
export function tooltipWithRules(tooltip: string, findings: FindingMark | undefined, words: DiagramWords): string {
  return findings && findings.rules.length > 0 ? `${tooltip}\n${words.legend.findingRules({ rules: findings.rules.join(', ') })}` : tooltip;
}

export function renderNode(fonts: Fonts, placed: PlacedNode, words: DiagramWords, siteRoot: string): string {
  const { node } = placed;
  const classification = effectiveClassification(node);
  const attributes = [
    `class="${nodeClasses(node)}"`,
    `data-id="${escapeXml(node.id)}"`,
    `data-kind="${node.kind}"`,
    `data-status="${node.status}"`,
    classification ? `data-classification="${classification}"` : '',
  ].filter(Boolean);
  return (
    `<g ${attributes.join(' ')}>` +
    `<title>${escapeXml(tooltipWithRules(node.tooltip, node.findings, words))}</title>` +
    `<a href="${escapeXml(siteRoot + node.href)}">` +
    findingHalo(placed) +
    shapeElements(placed) +
    contentElements(fonts, placed, words) +
    `</a></g>`
  );
}

/** A wide, pale band around the outline of a node with findings (its colour and pattern say which: see the style sheet). */
export function findingHalo(placed: Box & { readonly node: Pick<ViewNode, 'kind' | 'findings'> }): string {
  return findingLevel(placed.node.findings) ? `<path class="halo" d="${nodeShape(placed.node.kind, placed).outline}"/>` : '';
}

/** The outline, double-border gap, accents and rims of a node's shape (also drawn small in the legend). */
export function shapeElements(placed: Box & { readonly node: Pick<ViewNode, 'kind' | 'status'> }): string {
  const shape = nodeShape(placed.node.kind, placed);
  const parts = [`<path class="shape" d="${shape.outline}"/>`];
  // A changed element's border is doubled: the wide stroke above, split by a thin gap-coloured one.
  if (placed.node.status === 'changed') parts.push(`<path class="double-gap" d="${shape.outline}"/>`);
  for (const accent of shape.accents) parts.push(`<path class="accent" d="${accent}"/>`);
  for (const line of shape.lines) parts.push(`<path class="shape-line" d="${line}"/>`);
  return parts.join('');
}

/**
 * Badges and text. With room in the box, the badge row sits centred above the label and the two
 * are centred together; without, the badges straddle the top border and the text is centred alone.
 */
function contentElements(fonts: Fonts, placed: PlacedNode, words: DiagramWords): string {
  const { content } = nodeShape(placed.node.kind, placed);
  const textHeight = blockHeight(fonts, placed.label) + (placed.detail ? DETAIL_GAP + blockHeight(fonts, placed.detail) : 0);
  const slant = placed.node.kind === 'interface' ? shapeMetrics('interface', placed).point : 0;
  const badgeSpace = content.width - 2 * INNER_MARGIN - slant;
  const badges = fitBadges(fonts, nodeBadges(placed.node, words), badgeSpace);
  const rowHeight = badges.length > 0 ? BADGE_HEIGHT + BADGE_ROW_GAP : 0;
  const inside = badges.length > 0 && textHeight + rowHeight + 2 <= content.height;

  let parts = '';
  let textArea: Box = content;
  if (inside) {
    const top = content.y + (content.height - textHeight - rowHeight) / 2;
    const left = content.x + (content.width - rowWidth(fonts, badges)) / 2;
    parts += badgeRow(fonts, badges, left, top + BADGE_HEIGHT / 2);
    textArea = { ...content, y: top + rowHeight, height: textHeight };
  } else if (badges.length > 0) {
    const onBorder = fitBadges(fonts, nodeBadges(placed.node, words), placed.width - 10 - INNER_MARGIN);
    parts += badgeRow(fonts, onBorder, placed.x + 10, placed.y);
  }
  return textElements(fonts, placed, textArea, textHeight) + parts;
}

function textElements(fonts: Fonts, placed: PlacedNode, area: Box, height: number): string {
  // Centred in the area free for text; in the whole box if the layout left too little.
  const within = height <= area.height ? area : placed;
  const top = Math.max(placed.y, within.y + (within.height - height) / 2);
  const centreX = within.x + within.width / 2;
  let text = textElement(fonts, placed.label, { x: centreX, top, anchor: 'middle', className: 'label' });
  if (placed.node.status === 'eliminated') text += strikeThrough(fonts, placed.label, centreX, top);
  if (placed.detail) {
    const detailTop = top + blockHeight(fonts, placed.label) + DETAIL_GAP;
    text += textElement(fonts, placed.detail, { x: centreX, top: detailTop, anchor: 'middle', className: 'detail muted' });
  }
  return text;
}
