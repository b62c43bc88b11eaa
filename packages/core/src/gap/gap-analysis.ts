// The gap analysis between two plateaus A and B of one model: the gap matrix per layer on the
// model at A and at B (modelAt), the potential gaps with what to do, and the findings the move
// resolves, keeps and brings.
import type { Finding } from '../findings/finding.js';
import { modelAt } from '../model/model-at.js';
import type { Plateau, SemanticModel } from '../model/types.js';
import { wordsFor } from '../words/words.js';
import { compareModels, type ModelComparison } from './compare-models.js';
import { diffFindingsBetween, type FindingsDiff } from './findings-diff.js';
import { LAYERS } from './layers.js';
import { potentialGaps, POTENTIAL_GAP_KINDS, type PotentialGap } from './potential-gaps.js';

export interface GapAnalysis {
  /** The plateaus, as the whole model holds them. */
  readonly from: Plateau;
  readonly to: Plateau;
  readonly layers: ModelComparison;
  /** By kind (in POTENTIAL_GAP_KINDS order), then element, then place. */
  readonly potentialGaps: readonly PotentialGap[];
  readonly findings: FindingsDiff;
}

export interface GapOptions {
  /** The language of the potential gaps' messages; the model's default locale by default. */
  readonly locale?: string;
}

/** `findings` are the whole run's, at every plateau (`analyzeModel` without `plateau`). */
export function analyzeGap(
  model: SemanticModel,
  from: Plateau,
  to: Plateau,
  findings: readonly Finding[],
  options: GapOptions = {},
): GapAnalysis {
  const before = modelAt(model, from);
  const after = modelAt(model, to);
  const layers = compareModels(before, after);
  const eliminated = new Set(LAYERS.flatMap((layer) => layers[layer].eliminated.map((element) => element.id)));
  const words = wordsFor(options.locale ?? model.defaultLocale);
  const gaps = potentialGaps({ from: before, to: after, eliminated, findings, words });
  const rank = (gap: PotentialGap) => POTENTIAL_GAP_KINDS.indexOf(gap.kind);
  gaps.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareText(a.element.id, b.element.id) ||
      compareText(a.source.uri, b.source.uri) ||
      a.source.start.line - b.source.start.line ||
      a.source.start.character - b.source.start.character ||
      compareText(a.message, b.message),
  );
  return { from, to, layers, potentialGaps: gaps, findings: diffFindingsBetween(findings, from.id, to.id) };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
