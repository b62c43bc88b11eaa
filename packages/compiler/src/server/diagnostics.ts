// Findings as LSP diagnostics, one for each finding `gea check` reports: the rule id as the code
// with a link to its explanation, the severity of gea.yaml, waived findings as hints.
import type { Finding } from '@gea-arch/core';
import type { FindingData } from '@gea-arch/language/lsp';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

const SEVERITY: Readonly<Record<Finding['severity'], DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * The diagnostic of a finding; `rulesDoc` is the page explaining each rule by its id as anchor.
 * A finding that holds at some of the model's declared plateaus only names them, as `gea check`
 * does (RULES.md: a finding names the plateaus at which it holds): `… [target]`.
 */
export function findingDiagnostic(finding: Finding, rulesDoc?: string, declaredPlateaus: readonly string[] = []): Diagnostic {
  const some = finding.plateaus.length > 0 && declaredPlateaus.some((plateau) => !finding.plateaus.includes(plateau));
  const data: FindingData = { ...(finding.element !== undefined ? { element: finding.element } : {}), waived: finding.waived };
  return {
    range: { start: { ...finding.source.start }, end: { ...finding.source.end } },
    severity: finding.waived ? DiagnosticSeverity.Hint : SEVERITY[finding.severity],
    code: finding.rule,
    ...(rulesDoc !== undefined ? { codeDescription: { href: `${rulesDoc}#${finding.rule}` } } : {}),
    source: 'gea',
    message: some ? `${finding.message} [${[...new Set(finding.plateaus)].join(', ')}]` : finding.message,
    data,
  };
}
