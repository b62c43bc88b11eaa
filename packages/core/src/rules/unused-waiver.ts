// unused-waiver: a waiver that matches no finding at any plateau where it applies. The engine
// reports it after every other rule has run, since only then is it known which waivers matched.
import type { Finding } from '../findings/finding.js';
import type { Plateau, SemanticModel, Waiver } from '../model/types.js';
import { INTEGRATION_RULES, isRuleId } from './catalog.js';
import type { RuleInfo } from './rule.js';

export const unusedWaiver: RuleInfo = {
  id: 'unused-waiver',
  severity: 'warning',
  summary: 'A waiver matches a finding at some plateau where it applies.',
  explanation: `A waiver records an accepted exception: which rule, on which element, why, and from and until
when. It applies at the plateaus its lifecycle allows (\`from P\` reached, \`until Q\` not yet), and
is used when it matches a finding at one of them, even if another waiver matches that finding
too. Once the model is fixed, or when the waiver names the wrong rule, element or plateaus, it
excuses nothing — and an unused waiver would silently excuse the next real problem on that
element. Remove it. Waivers apply to the integration rules only; one naming \`syntax\`,
\`unresolved-reference\`, \`duplicate-name\` or \`plateau-order\` can never match. Reported at the
waiver.

Bad (tax_system has no legacy dependency left):
  waiver direct_db { rule cross-agency-via-platform on tax_system reason "шилжилт" until target }

Good: delete the waiver once the \`depends-on\` is gone.`,
};

/** Waivers of rules that ran and matched nothing, and waivers of ids that cannot be waived. */
export function unusedWaivers(
  model: SemanticModel,
  plateaus: readonly Plateau[],
  used: ReadonlySet<Waiver>,
  ran: ReadonlySet<string>,
  applies: (waiver: Waiver, plateau: Plateau) => boolean,
  /** Only some plateaus were evaluated: a waiver that applies at none of them cannot be judged. */
  partial = false,
): Finding[] {
  const findings: Finding[] = [];
  for (const waiver of model.waivers) {
    if (used.has(waiver) || !waiver.rule || !waiver.on?.target) continue;
    if (!isRuleId(waiver.rule)) continue; // already an unresolved-reference
    const integration = waiver.rule in INTEGRATION_RULES;
    if (integration && !ran.has(waiver.rule)) continue;
    const applying = plateaus.filter((plateau) => applies(waiver, plateau));
    if (partial && applying.length === 0) continue;
    const where =
      applying.length === 0
        ? ' at any plateau where the waiver applies'
        : applying.length < plateaus.length
          ? ` at the plateaus where the waiver applies (${applying.map((p) => `\`${p.id}\``).join(', ')})`
          : '';
    findings.push({
      rule: unusedWaiver.id,
      severity: unusedWaiver.severity,
      message: integration
        ? `waiver \`${waiver.id}\` excuses \`${waiver.rule}\` on \`${waiver.on.target.id}\`, but that rule finds nothing there${where}; remove the waiver`
        : `waiver \`${waiver.id}\` names \`${waiver.rule}\`, which cannot be waived (only integration rules can); remove the waiver and fix the model`,
      source: waiver.head,
      element: waiver.id,
      plateaus: applying.map((p) => p.id),
      waived: false,
    });
  }
  return findings;
}
