// Findings as LSP diagnostics, one for each finding `gea check` reports: the rule id as the code
// with a link to its explanation, the severity of gea.yaml, waived findings as hints.
import type { Finding } from '@gea-arch/core';
import type { FindingData } from '@gea-arch/language';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

const SEVERITY: Readonly<Record<Finding['severity'], DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The diagnostic of a finding; `rulesDoc` is the page explaining each rule by its id as anchor. */
export function findingDiagnostic(finding: Finding, rulesDoc?: string): Diagnostic {
  const data: FindingData = { ...(finding.element !== undefined ? { element: finding.element } : {}), waived: finding.waived };
  return {
    range: { start: { ...finding.source.start }, end: { ...finding.source.end } },
    severity: finding.waived ? DiagnosticSeverity.Hint : SEVERITY[finding.severity],
    code: finding.rule,
    ...(rulesDoc !== undefined ? { codeDescription: { href: `${rulesDoc}#${finding.rule}` } } : {}),
    source: 'gea',
    message: finding.message,
    data,
  };
}
