// Draws one placed group: an agency as a container with a title tab, a platform as a dashed
// container; the label (linking to the group's page) sits top left, where the layout left room.
// The frame is drawn under the nodes and edges, the header over them.
import type { PlacedGroup } from '../layout/types.js';
import { fitBadges, rowWidth, type Badge } from '../chrome/badges.js';
import { badgeRow } from './badge-row.js';
import { escapeXml } from './escape.js';
import { num } from './format.js';
import { roundedRect } from './shapes.js';
import { blockHeight, textElement } from './text-lines.js';
import type { Fonts } from '../fonts/fonts.js';
import type { DiagramWords } from '../chrome/words.js';

/** Label inset from the group's left edge and top edge. */
export const GROUP_LABEL_PADDING = { x: 10, y: 5 } as const;
const CORNER = 8;

export function renderGroup(placed: PlacedGroup): string {
  const { group } = placed;
  const frame = roundedRect(placed, CORNER);
  return (
    `<g class="group g-${group.kind} s-${group.status}" data-id="${escapeXml(group.id)}" data-kind="${group.kind}" data-status="${group.status}">` +
    `<title>${escapeXml(group.tooltip)}</title>` +
    `<path class="frame" d="${frame}"/>` +
    (group.status === 'changed' ? `<path class="double-gap" d="${frame}"/>` : '') +
    `</g>`
  );
}

/**
 * The group's header: its tab, label and status mark, drawn over the edges (a line entering the
 * group through its header band passes under the label rather than through its letters).
 */
export function renderGroupHeader(fonts: Fonts, placed: PlacedGroup, words: DiagramWords, siteRoot: string): string {
  const { group } = placed;
  const tabWidth = Math.min(placed.width, placed.label.width + 2 * GROUP_LABEL_PADDING.x);
  const tabHeight = blockHeight(fonts, placed.label) + 2 * GROUP_LABEL_PADDING.y;
  const tab = group.kind === 'agency' ? `<path class="tab" d="${tabPath(placed.x, placed.y, tabWidth, tabHeight)}"/>` : '';
  const label = textElement(fonts, placed.label, {
    x: placed.x + GROUP_LABEL_PADDING.x,
    top: placed.y + GROUP_LABEL_PADDING.y,
    anchor: 'start',
    className: 'group-label',
  });
  const statusMark = words.statusBadges[group.status];
  const badges: Badge[] = statusMark ? [{ text: statusMark, className: `badge-s-${group.status}`, required: true }] : [];
  return (
    `<g class="group-header g-${group.kind}" data-id="${escapeXml(group.id)}">` +
    `<title>${escapeXml(group.tooltip)}</title>` +
    `<a href="${escapeXml(siteRoot + group.href)}">${tab}${label}</a>` +
    statusBadges(fonts, placed, badges, tabWidth, tabHeight) +
    `</g>`
  );
}

/**
 * The group's status mark, right-aligned in the header band beside the tab, where the layout
 * places no nodes; on the top border after the tab if the band is too narrow.
 */
function statusBadges(fonts: Fonts, placed: PlacedGroup, badges: readonly Badge[], tabWidth: number, tabHeight: number): string {
  if (badges.length === 0) return '';
  const fitted = fitBadges(fonts, badges, placed.width - tabWidth - 14);
  const width = rowWidth(fonts, fitted);
  const right = placed.x + placed.width - 8;
  return right - width >= placed.x + tabWidth + 6
    ? badgeRow(fonts, fitted, right - width, placed.y + tabHeight / 2)
    : badgeRow(fonts, fitted, placed.x + tabWidth + 8, placed.y);
}

/** A header tab over the top-left corner, its outer corners following the frame's. */
export function tabPath(x: number, y: number, width: number, height: number): string {
  const r = Math.min(CORNER, width / 2, height / 2);
  return (
    `M${num(x)} ${num(y + height)}V${num(y + r)}Q${num(x)} ${num(y)} ${num(x + r)} ${num(y)}` +
    `H${num(x + width - r)}Q${num(x + width)} ${num(y)} ${num(x + width)} ${num(y + r)}V${num(y + height)}Z`
  );
}
