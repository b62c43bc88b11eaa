// unused-waiver: a waiver that matches no finding at any plateau where it applies. The engine
// reports it after every other rule has run, since only then is it known which waivers matched.
import type { Finding } from '../findings/finding.js';
import type { Plateau, SemanticModel, Waiver } from '../model/types.js';
import type { RuleWords } from '../words/words.js';
import { isIntegrationRuleId, isRuleId } from './catalog.js';
import { existsAt } from '../model/plateaus.js';
import { rangeContains } from '../model/source-order.js';

export const unusedWaiver = { id: 'unused-waiver', severity: 'warning' } as const;

/**
 * Whether a finding of `unresolved-reference` may hide what a rule would find, so that no waiver can
 * be called unused: one in a view or a waiver cannot (no rule reads views, and a waiver's own target
 * or rule is its own concern). So may a statement that names nothing (`masters` alone, decision 0082).
 */
export function unresolvedMayHideFindings(
  model: Pick<SemanticModel, 'views' | 'waivers' | 'systems' | 'interfaces'>,
  findings: readonly Finding[],
): boolean {
  if ([...model.systems, ...model.interfaces].some((element) => element.namingNothing !== undefined)) return true;
  const inert = [...model.views, ...model.waivers];
  return findings.some(
    (finding) => finding.rule === 'unresolved-reference' && !inert.some((element) => rangeContains(element.source, finding.source)),
  );
}

/**
 * Waivers of rules in `judged` that matched nothing, and waivers of ids that cannot be waived.
 * `judged`: the rules that ran, less those that could not judge all they should (a reference unresolved, a required property left out).
 */
export function unusedWaivers(
  model: SemanticModel,
  plateaus: readonly Plateau[],
  used: ReadonlySet<Waiver>,
  judged: ReadonlySet<string>,
  words: RuleWords['unused-waiver'],
  /** Only some plateaus were evaluated: a waiver that applies at none of them cannot be judged. */
  partial = false,
): Finding[] {
  const findings: Finding[] = [];
  for (const waiver of model.waivers) {
    if (used.has(waiver) || !waiver.rule || !waiver.on?.target) continue;
    if (!isRuleId(waiver.rule)) continue; // already an unresolved-reference
    const integration = isIntegrationRuleId(waiver.rule);
    if (integration && !judged.has(waiver.rule)) continue;
    const applying = plateaus.filter((plateau) => existsAt(waiver, plateau));
    // Used, perhaps, at a plateau that was not evaluated: only a check of every plateau can tell.
    if (partial && model.plateaus.some((plateau) => existsAt(waiver, plateau) && !plateaus.includes(plateau))) continue;
    if (partial && applying.length === 0) continue;
    findings.push({
      rule: unusedWaiver.id,
      severity: unusedWaiver.severity,
      message: !integration
        ? waiver.rule === unusedWaiver.id
          ? words.selfWaiver({ waiver: waiver.id })
          : words.notWaivable({ waiver: waiver.id, rule: waiver.rule })
        : applying.length === 0 && waiver.until?.target && waiver.until.target.id === model.plateaus[0]?.id
          ? words.appliesNowhere({ waiver: waiver.id, until: waiver.until.target.id })
          : words.unused({
              waiver: waiver.id,
              rule: waiver.rule,
              on: waiver.on.target.id,
              plateaus: applying.map((p) => p.id),
              everywhere: applying.length === plateaus.length,
            }),
      source: waiver.head,
      element: waiver.id,
      // A waiver that applies nowhere (`until` the first plateau) is unused at every plateau.
      plateaus: (applying.length > 0 ? applying : plateaus).map((p) => p.id),
      waived: false,
    });
  }
  return findings;
}
