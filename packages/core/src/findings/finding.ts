// A finding: one distinct problem, where it is, and at which plateaus it holds.
import type { SourceRange } from '../model/types.js';
import type { Severity } from '../rules/catalog.js';

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly source: SourceRange;
  /** Full name of the element at fault, where there is one. */
  readonly element?: string;
  /** Ids of the plateaus at which it holds; empty for parse and link findings. */
  readonly plateaus: readonly string[];
  readonly waived: boolean;
  /** Id of the waiver that covers it. */
  readonly waiver?: string;
  /** The waiver's reason. */
  readonly justification?: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.source.uri, b.source.uri) ||
    a.source.start.line - b.source.start.line ||
    a.source.start.character - b.source.start.character ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
