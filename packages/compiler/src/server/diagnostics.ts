// Findings as LSP diagnostics, one for each finding `gea check` reports: the rule id as the code
// with a link to its explanation, the severity of gea.yaml, waived findings as hints.
import { partialPlateaus, type Finding, type SemanticModel } from '@gea-arch/core';
import type { FindingData } from '@gea-arch/language/lsp';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

const SEVERITY: Readonly<Record<Finding['severity'], DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * The diagnostic of a finding; `rulesDoc` is the page explaining each rule by its id as anchor.
 * Its message is the one `gea check` prints; a finding that holds at some of the model's declared
 * plateaus only carries them in its data (RULES.md: a finding names the plateaus at which it
 * holds), which the hover shows.
 */
export function findingDiagnostic(finding: Finding, rulesDoc?: string, model?: SemanticModel): Diagnostic {
  const plateaus = model && partialPlateaus(finding, model);
  const data: FindingData = {
    ...(finding.element !== undefined ? { element: finding.element } : {}),
    waived: finding.waived,
    ...(plateaus ? { plateaus } : {}),
  };
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
