// What the findings on a node or edge draw: an unwaived error or warning, else a waiver; findings
// of severity info, and elements without findings, draw nothing. The text an edge's label shows.
import type { FindingMark, ViewEdge } from '@gea-arch/core';

export type FindingLevel = 'error' | 'warning' | 'waived';

export const FINDING_LEVELS: readonly FindingLevel[] = ['error', 'warning', 'waived'];

export function findingLevel(mark: FindingMark | undefined): FindingLevel | undefined {
  if (mark === undefined) return undefined;
  if (mark.severity === 'error' || mark.severity === 'warning') return mark.severity;
  return mark.waived ? 'waived' : undefined;
}

/** An edge's label as drawn, with `×N` when it stands for N relations (an aggregate's label already is its count). */
export function edgeLabelText(edge: Pick<ViewEdge, 'label' | 'count'>): string | undefined {
  const label = edge.label === '' ? undefined : edge.label;
  if (edge.count === undefined || edge.count <= 1) return label;
  const count = `×${edge.count}`;
  return label === undefined || label === String(edge.count) ? count : `${label} ${count}`;
}
