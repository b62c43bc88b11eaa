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

/**
 * `findings` are the whole run's, at every plateau (`analyzeModel` without `plateau`). Made once per
 * model, findings, pair of plateaus and locale, and shared: a build analyses the same gap for its
 * report and for the site.
 */
export function analyzeGap(
  model: SemanticModel,
  from: Plateau,
  to: Plateau,
  findings: readonly Finding[],
  options: GapOptions = {},
): GapAnalysis {
  const locale = options.locale ?? model.defaultLocale;
  let made = ANALYSES.get(model)?.get(findings);
  if (!made) {
    const byFindings = ANALYSES.get(model) ?? new WeakMap<readonly Finding[], Map<string, GapAnalysis>>();
    ANALYSES.set(model, byFindings);
    byFindings.set(findings, (made = new Map()));
  }
  const key = `${from.id}\n${to.id}\n${locale}`;
  let analysis = made.get(key);
  if (!analysis) made.set(key, (analysis = analyze(model, from, to, findings, locale)));
  return analysis;
}

const ANALYSES = new WeakMap<SemanticModel, WeakMap<readonly Finding[], Map<string, GapAnalysis>>>();

function analyze(model: SemanticModel, from: Plateau, to: Plateau, findings: readonly Finding[], locale: string): GapAnalysis {
  const before = modelAt(model, from);
  const after = modelAt(model, to);
  const layers = compareModels(before, after);
  const eliminated = new Set(LAYERS.flatMap((layer) => layers[layer].eliminated.map((element) => element.id)));
  const words = wordsFor(locale);
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
  return Object.freeze({ from, to, layers, potentialGaps: Object.freeze(gaps), findings: diffFindingsBetween(findings, from.id, to.id) });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
