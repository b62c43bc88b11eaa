// What the text renderings say besides the names: line patterns per relation kind, line styles per
// status, and the marker words (classification, status, badges) that keep colour from being the
// only cue. Words come from the same table as the SVG's, so that every rendering says the same.
import type { Classification, EdgeKind, Status, ViewEdge, ViewGroup, ViewNode } from '@gea-arch/core';
import { badgeText, type DiagramWords } from '../chrome/words.js';

export type LinePattern = 'solid' | 'dotted' | 'thick';

/** Data moving is solid, authority and aggregated traffic thick, everything weaker dotted. */
export const EDGE_LINE: Readonly<Record<EdgeKind, LinePattern>> = {
  consumes: 'solid',
  provides: 'solid',
  carries: 'solid',
  masters: 'thick',
  aggregate: 'thick',
  stores: 'dotted',
  'depends-on': 'dotted',
  uses: 'dotted',
  signs: 'dotted',
  seals: 'dotted',
  verifies: 'dotted',
  with: 'dotted',
  timestamp: 'dotted',
  issuer: 'dotted',
};

/** A border that tells the status without colour; active and kept have the plain border. */
export type StatusBorder = 'dashed' | 'dotted' | 'bold';

export const STATUS_BORDER: Readonly<Record<Status, StatusBorder | undefined>> = {
  active: undefined,
  kept: undefined,
  planned: 'dashed',
  new: 'dashed',
  retiring: 'dotted',
  eliminated: 'dotted',
  changed: 'bold',
};

/** Data assets and interfaces without a stated classification count as internal. */
export function classificationOf(node: ViewNode): Classification | undefined {
  if (node.classification !== undefined) return node.classification;
  return node.kind === 'data' || node.kind === 'interface' ? 'internal' : undefined;
}

/** Classification (internal, the default, says nothing), status (active and kept say nothing), badges. */
export function nodeMarkers(node: ViewNode, words: DiagramWords): string[] {
  const classification = classificationOf(node);
  return present([
    classification === undefined ? undefined : words.classificationBadges[classification],
    words.statusBadges[node.status],
    ...node.badges.map((badge) => badgeText(badge, words)),
  ]);
}

export function groupMarkers(group: ViewGroup, words: DiagramWords): string[] {
  return present([words.statusBadges[group.status]]);
}

/** The edge's own label, else the name of its kind; then its status if it says anything. */
export function edgeLines(edge: ViewEdge, words: DiagramWords): string[] {
  const status = words.statusBadges[edge.status];
  return present([edge.label ?? words.relations[edge.kind], markerLine(status === undefined ? [] : [status])]);
}

/** Markers as one line of text, `«restricted · new»`, or undefined when there are none. */
export function markerLine(markers: readonly string[]): string | undefined {
  return markers.length === 0 ? undefined : `«${markers.join(' · ')}»`;
}

function present(values: readonly (string | undefined)[]): string[] {
  return values.filter((value): value is string => value !== undefined && value.trim() !== '');
}
