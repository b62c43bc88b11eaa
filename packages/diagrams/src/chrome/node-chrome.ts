// What a node's box needs besides its text: room for the shape's features and for the badge
// row. The renderer draws badges inside the box when the layout left this room, else on the border.
import type { Classification, ViewNode } from '@gea-arch/core';
import { type Badge, BADGE_HEIGHT } from './badges.js';
import { findingLevel } from './findings.js';
import { badgeText, diagramWords, type DiagramWords } from './words.js';

/** Gap between the badge row and the label below it. */
export const BADGE_ROW_GAP = 4;

export interface Insets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** The classification a node is coloured by: data assets and interfaces are internal unless stated. */
export function effectiveClassification(node: Pick<ViewNode, 'kind' | 'classification'>): Classification | undefined {
  return node.classification ?? (node.kind === 'data' || node.kind === 'interface' ? 'internal' : undefined);
}

/** Findings mark, status mark, classification mark, then the model's badges. */
export function nodeBadges(
  node: Pick<ViewNode, 'status' | 'kind' | 'classification' | 'badges' | 'findings'>,
  words: DiagramWords,
): Badge[] {
  const badges: Badge[] = [];
  const level = findingLevel(node.findings);
  if (level) badges.push({ text: words.findingBadges[level], className: `badge-f-${level}`, required: true });
  const status = words.statusBadges[node.status];
  if (status) badges.push({ text: status, className: `badge-s-${node.status}`, required: true });
  const classification = effectiveClassification(node);
  const mark = classification ? words.classificationBadges[classification] : undefined;
  if (classification && mark) badges.push({ text: mark, className: `badge-c-${classification}`, required: true });
  for (const tag of node.badges) badges.push({ text: badgeText(tag, words), className: 'badge-tag', required: false });
  return badges;
}

/** Room the shape of each kind takes at most, outside the box its text is centred in. */
const SHAPE_INSETS: Readonly<Record<ViewNode['kind'], Insets>> = {
  agency: { top: 6, right: 0, bottom: 0, left: 0 },
  system: { top: 0, right: 0, bottom: 0, left: 0 },
  data: { top: 18, right: 0, bottom: 9, left: 0 },
  document: { top: 4, right: 0, bottom: 0, left: 0 },
  interface: { top: 0, right: 6, bottom: 0, left: 6 },
  platform: { top: 8, right: 8, bottom: 0, left: 0 },
  trust: { top: 0, right: 0, bottom: 12, left: 0 },
};

/**
 * What a layout should add to a node's padding around its label and detail lines, so that the
 * shape's features and the badge row (when the node has badges) fit inside the box.
 */
export function nodeChrome(node: ViewNode): Insets {
  const shape = SHAPE_INSETS[node.kind];
  // Which marks exist does not depend on the locale, only their words do.
  const badges = nodeBadges(node, diagramWords('en')).length > 0 ? BADGE_HEIGHT + BADGE_ROW_GAP : 0;
  return { ...shape, top: shape.top + badges };
}
