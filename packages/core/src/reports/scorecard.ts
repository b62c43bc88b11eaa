// The agency scorecard: per agency, its elements by kind (declared at any plateau), the findings on
// them by severity, the waivers on them, and the share of the rules in force that report no error
// or warning there. Worst first: most errors, then most warnings, then the lowest share.
import type { Finding } from '../findings/finding.js';
import { owningAgency } from '../gap/owning-agency.js';
import { summarizeElement, type ElementSummary } from '../gap/compare-models.js';
import type { SemanticModel, SourceRange } from '../model/types.js';
import type { Severity } from '../rules/catalog.js';

export const SCORED_KINDS = ['system', 'data', 'interface', 'platform', 'trust'] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly waived: number;
}

export interface WaiverEntry {
  readonly id: string;
  readonly rule?: string;
  readonly on?: string;
  /** The plateau it ends at. */
  readonly until?: string;
  readonly reason?: string;
  readonly source: SourceRange;
  /** How many findings it covers. */
  readonly findings: number;
}

export interface AgencyScorecard {
  readonly agency: ElementSummary;
  readonly elements: Readonly<Record<ScoredKind, number>>;
  readonly findings: SeverityCounts;
  readonly waivers: readonly WaiverEntry[];
  /** The rules in force that report an unwaived error or warning on its elements, sorted. */
  readonly failingRules: readonly string[];
  readonly rulesPassed: number;
  /** `rulesPassed` / the rules in force, 1 when none are. */
  readonly share: number;
}

export interface Scorecard {
  /** How many rules are in force. */
  readonly rules: number;
  readonly agencies: readonly AgencyScorecard[];
  /** Findings on no agency's elements (laws, plateaus, views, elements without an owner). */
  readonly unassigned: SeverityCounts;
}

/** `findings` are the whole run's; `rules` the ids of the rules in force (not switched off). */
export function agencyScorecards(model: SemanticModel, findings: readonly Finding[], rules: readonly string[]): Scorecard {
  const inForce = new Set(rules);
  const agencyIds = new Set(model.agencies.map((agency) => agency.id));
  const elementsOf = new Map<string, Record<ScoredKind, number>>();
  for (const id of agencyIds) elementsOf.set(id, { system: 0, data: 0, interface: 0, platform: 0, trust: 0 });
  for (const element of model.elements) {
    const agency = owningAgency(element)?.id;
    const counts = agency !== undefined ? elementsOf.get(agency) : undefined;
    if (counts && (SCORED_KINDS as readonly string[]).includes(element.kind)) counts[element.kind as ScoredKind]++;
  }

  const tally = () => ({ error: 0, warning: 0, info: 0, waived: 0 });
  const findingsOf = new Map<string, ReturnType<typeof tally>>([...agencyIds].map((id) => [id, tally()]));
  const failing = new Map<string, Set<string>>([...agencyIds].map((id) => [id, new Set<string>()]));
  const unassigned = tally();
  for (const finding of findings) {
    const element = finding.element !== undefined ? model.byId.get(finding.element) : undefined;
    const agency = element && owningAgency(element)?.id;
    const counts = (agency !== undefined && findingsOf.get(agency)) || unassigned;
    if (finding.waived) counts.waived++;
    else counts[finding.severity as Severity]++;
    if (agency !== undefined && !finding.waived && finding.severity !== 'info' && inForce.has(finding.rule))
      failing.get(agency)?.add(finding.rule);
  }

  const waiversOf = new Map<string, WaiverEntry[]>([...agencyIds].map((id) => [id, []]));
  for (const waiver of model.waivers) {
    const agency = owningAgency(waiver)?.id;
    const list = agency !== undefined ? waiversOf.get(agency) : undefined;
    if (!list) continue;
    list.push({
      id: waiver.id,
      ...(waiver.rule !== undefined ? { rule: waiver.rule } : {}),
      ...(waiver.on ? { on: waiver.on.declared?.id ?? waiver.on.text } : {}),
      ...(waiver.until ? { until: waiver.until.declared?.id ?? waiver.until.text } : {}),
      ...(waiver.reason !== undefined ? { reason: waiver.reason } : {}),
      source: waiver.head,
      findings: findings.filter((finding) => finding.waiver === waiver.id).length,
    });
  }

  const seen = new Set<string>();
  const agencies: AgencyScorecard[] = [];
  for (const agency of model.agencies) {
    if (seen.has(agency.id) || model.byId.get(agency.id) !== agency) continue;
    seen.add(agency.id);
    const failingRules = [...failing.get(agency.id)!].sort(compareText);
    const passed = inForce.size - failingRules.length;
    agencies.push({
      agency: summarizeElement(agency),
      elements: elementsOf.get(agency.id)!,
      findings: findingsOf.get(agency.id)!,
      waivers: waiversOf.get(agency.id)!.sort((a, b) => compareText(a.id, b.id)),
      failingRules,
      rulesPassed: passed,
      share: inForce.size === 0 ? 1 : passed / inForce.size,
    });
  }
  agencies.sort(
    (a, b) =>
      b.findings.error - a.findings.error ||
      b.findings.warning - a.findings.warning ||
      a.share - b.share ||
      b.findings.info - a.findings.info ||
      compareText(a.agency.id, b.agency.id),
  );
  return { rules: inForce.size, agencies, unassigned };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
