// Which findings a move from one plateau to another resolves, keeps and brings. A finding is the
// same at two plateaus when its rule, element and place are (whether a waiver covers it or not).
import type { Finding } from '../findings/finding.js';

export interface FindingsDiff {
  /** At the earlier plateau, not at the later one. */
  readonly resolved: readonly Finding[];
  /** At both (as found at the later one). */
  readonly remaining: readonly Finding[];
  /** At the later plateau, not at the earlier one. */
  readonly new: readonly Finding[];
}

/** Whether a finding holds at a plateau; parse and link findings (no plateaus) hold at every one. */
export function holdsAt(finding: Finding, plateau: string): boolean {
  return finding.plateaus.length === 0 || finding.plateaus.includes(plateau);
}

/** What makes a finding the same problem at two plateaus: its rule, element and source range. */
export function findingIdentity(finding: Finding): string {
  const { uri, start, end } = finding.source;
  return `${finding.rule}\u0000${finding.element ?? ''}\u0000${uri}\u0000${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** `findings` are a whole run's (every plateau), in their order. */
export function diffFindingsBetween(findings: readonly Finding[], from: string, to: string): FindingsDiff {
  const atFrom = findings.filter((finding) => holdsAt(finding, from));
  const atTo = findings.filter((finding) => holdsAt(finding, to));
  const fromIds = new Set(atFrom.map(findingIdentity));
  const toIds = new Set(atTo.map(findingIdentity));
  return {
    resolved: atFrom.filter((finding) => !toIds.has(findingIdentity(finding))),
    remaining: atTo.filter((finding) => fromIds.has(findingIdentity(finding))),
    new: atTo.filter((finding) => !fromIds.has(findingIdentity(finding))),
  };
}
