// The counts a gap report opens with, the same in Markdown and HTML: per layer (with totals), per
// kind of potential gap, and the findings resolved, remaining and new by severity (waived apart).
import { LAYERS, POTENTIAL_GAP_KINDS, type Finding, type GapAnalysis, type Layer, type PotentialGapKind } from '@gea-arch/core';
import type { ReportContext } from './report-context.js';

export const GAP_CATEGORIES = ['kept', 'new', 'eliminated', 'changed'] as const;
export const FINDING_KINDS = ['resolved', 'remaining', 'new'] as const;
export type FindingRow = 'error' | 'warning' | 'info' | 'waived';

export interface GapSummary {
  /** Each layer's counts in GAP_CATEGORIES' order. */
  readonly layers: ReadonlyArray<{ readonly layer: Layer; readonly counts: readonly number[] }>;
  readonly totals: readonly number[];
  readonly potentialGaps: ReadonlyArray<{ readonly kind: PotentialGapKind; readonly count: number }>;
  /** Unwaived findings by severity, then the waived ones, each in FINDING_KINDS' order. */
  readonly findings: ReadonlyArray<{ readonly row: FindingRow; readonly counts: readonly number[] }>;
}

export function gapSummary(gap: GapAnalysis): GapSummary {
  const layers = LAYERS.map((layer) => ({ layer, counts: GAP_CATEGORIES.map((category) => gap.layers[layer][category].length) }));
  const totals = GAP_CATEGORIES.map((_, index) => layers.reduce((sum, { counts }) => sum + counts[index]!, 0));
  const findingCounts = (keep: (finding: Finding) => boolean) => FINDING_KINDS.map((kind) => gap.findings[kind].filter(keep).length);
  return {
    layers,
    totals,
    potentialGaps: POTENTIAL_GAP_KINDS.map((kind) => ({
      kind,
      count: gap.potentialGaps.filter((potential) => potential.kind === kind).length,
    })),
    findings: [
      ...(['error', 'warning', 'info'] as const).map((row) => ({
        row,
        counts: findingCounts((finding) => !finding.waived && finding.severity === row),
      })),
      { row: 'waived' as const, counts: findingCounts((finding) => finding.waived) },
    ],
  };
}

/** The label of a row of the findings' counts: the severity (plural), or waived. */
export function findingRowLabel(row: FindingRow, context: ReportContext): string {
  const words = context.words.reports.common;
  return row === 'waived' ? words.waived : words.severitiesPlural[row];
}
